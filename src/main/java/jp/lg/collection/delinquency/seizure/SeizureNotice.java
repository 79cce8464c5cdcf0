package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.rules.CollectionArticles;
import static jp.lg.collection.documents.NoticeSheet.BODY;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfSheet.Align;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 債権差押通知書 to the third-party debtor (国税徴収法62①: the seizure of a claim takes effect when this reaches
 * the debtor; 62②: the debtor may no longer pay the delinquent taxpayer; 67: the city collects). Issued by
 * {@link ExecuteSeizure}.
 */
@Component
public class SeizureNotice extends Notice<SeizureNotice.Content> {

    /** What the 債権差押通知書 says: the seized claim, its amount and the day the debtor pays the city by. */
    public record Content(Addressee thirdPartyDebtor, Addressee delinquent, String caseId, LocalDate issuedOn,
            String seizedClaim, long seizedAmount, LocalDate payBy, List<NoticeLine> lines) {
        public Content {
            Require.notNull("thirdPartyDebtor", thirdPartyDebtor);
            Require.notNull("delinquent", delinquent);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("seizedClaim", seizedClaim);
            Require.notNull("payBy", payBy);
            lines = Require.noNullElements("lines", lines);
        }
    }

    public SeizureNotice() {
        super(DocumentKind.SEIZURE_NOTICE, Content.class);
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(n.thirdPartyDebtor(), n.issuedOn(), n.caseId(), false);
            sheet.title("債　権　差　押　通　知　書", null);
            sheet.body("下記の滞納者の滞納金額を徴収するため、"
                    + "国税徴収法第62条第1項(" + NoticeSheet.cite(n.lines(), CollectionArticles::enforcementByExample) + "において準用)の規定により、下記の債権を差し押さえたので通知します。");
            sheet.body("この通知書が送達された時から、"
                    + "差し押さえた債権について滞納者への弁済は禁止されます(同条第2項)。差し押さえた債権の額を、"
                    + "下記の履行期限までに" + city.name() + "に支払ってください(同法第67条)。");
            sheet.gap(8);
            sheet.fields(List.of(
                    List.of("滞納者 住所", n.delinquent().address()),
                    List.of("滞納者 氏名", n.delinquent().name()),
                    List.of("差押債権", n.seizedClaim()),
                    List.of("差押債権の額", Yen.of(n.seizedAmount())),
                    List.of("履行期限", WarekiDate.format(n.payBy()))));
            sheet.gap(10);
            sheet.line(NoticeSheet.MARGIN, BODY, "滞納金額", Align.LEFT);
            sheet.installments(n.lines(), n.issuedOn());
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
