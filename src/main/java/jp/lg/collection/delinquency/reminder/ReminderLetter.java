package jp.lg.collection.delinquency.reminder;

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
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 催告書: a written reminder with a designated payment deadline (practice; not a disposition), the paper of
 * {@link SendReminderLetter}.
 */
@Component
public class ReminderLetter extends Notice<ReminderLetter.Content> {

    /** What the {@code round}-th 催告書 says: the open installments and the deadline {@code payBy}. */
    public record Content(Addressee to, String caseId, LocalDate issuedOn, int round, LocalDate payBy,
            List<NoticeLine> lines) {
        public Content {
            Require.notNull("to", to);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("payBy", payBy);
            lines = Require.noNullElements("lines", lines);
        }
    }

    public ReminderLetter() {
        super(DocumentKind.REMINDER_LETTER, Content.class);
    }

    @Override
    public byte[] render(Content r, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(r.to(), r.issuedOn(), r.caseId(), true);
            sheet.title("催　告　書", "(第" + r.round() + "回)");
            sheet.body("さきに督促状をお送りしましたが、下記の"
                    + sheet.localTax() + "の納付が確認できません。下記の指定納付期限までに必ず納付してください。");
            sheet.gap(8);
            sheet.ensure(40);
            float top = sheet.y();
            sheet.line(NoticeSheet.WIDTH / 2, 13, "指定納付期限　" + WarekiDate.format(r.payBy()), NoticeSheet.Align.CENTER);
            sheet.gap(2);
            sheet.box(NoticeSheet.WIDTH / 2 - 130, top, 260, top - sheet.y());
            sheet.gap(10);
            sheet.installments(r.lines(), r.issuedOn());
            sheet.gap(10);
            sheet.body("指定納付期限までに納付がないときは、"
                    + NoticeSheet.cite(r.lines(), CollectionArticles::seizure) + "の規定により、預貯金・給与などの財産の差押えその他の滞納処分を行います。");
            sheet.gap(4);
            sheet.lateChargeClause(r.issuedOn(), r.lines());
            sheet.small("・一度に納付することが困難な事情があるときは、指定納付期限までに必ず下記までご相談ください。");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
