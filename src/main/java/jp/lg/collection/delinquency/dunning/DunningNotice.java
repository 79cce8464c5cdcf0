package jp.lg.collection.delinquency.dunning;

import jp.lg.collection.rules.CollectionArticles;
import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.Require;
import org.springframework.stereotype.Component;

/** 督促状 (地方税法329①, and 331① for what follows when it is not paid): the paper of {@link IssueDunningNotice}. */
@Component
public class DunningNotice extends Notice<DunningNotice.Content> {

    /** The sentence of 法331① that the brief and every city's 督促状 carry, word for word. */
    public static final String WARNING =
            "この督促状を発した日から起算して10日を経過した日までに完納されないときは、滞納処分を受けることになります。";

    /** What the 督促状 says: the installments dunned on {@code issuedOn}. */
    public record Content(Addressee to, String caseId, LocalDate issuedOn, List<NoticeLine> lines) {
        public Content {
            Require.notNull("to", to);
            Require.notNull("issuedOn", issuedOn);
            lines = Require.noNullElements("lines", lines);
        }
    }

    public DunningNotice() {
        super(DocumentKind.DUNNING_NOTICE, Content.class);
    }

    @Override
    public byte[] render(Content d, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(d.to(), d.issuedOn(), d.caseId(), true);
            sheet.title("督　促　状", null);
            sheet.body("下記の" + sheet.localTax()
                    + "が納期限までに納付されていませんので、" + NoticeSheet.cite(d.lines(), CollectionArticles::dunning) + "の規定により督促します。");
            sheet.gap(6);
            sheet.installments(d.lines(), d.issuedOn());
            sheet.gap(12);
            sheet.ensure(60);
            float top = sheet.y();
            sheet.gap(4);
            sheet.paragraph(NoticeSheet.MARGIN + 8, NoticeSheet.CONTENT_WIDTH - 16, 10.5f, WARNING);
            sheet.gap(4);
            sheet.box(NoticeSheet.MARGIN, top, NoticeSheet.CONTENT_WIDTH, top - sheet.y());
            sheet.gap(8);
            sheet.lateChargeClause(d.issuedOn(), d.lines());
            sheet.small("・納付が困難な事情があるときは、早めに下記までご相談ください。この督促状と行き違いに納付された場合はご容赦ください。");
            sheet.appealNotice("この督促");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
