package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeSheet;
import org.springframework.stereotype.Component;

/**
 * 参加差押通知書 to the taxpayer (国税徴収法86②): the city joined another authority's seizure of the taxpayer's
 * property. A disposition, so it carries the 教示. Issued by {@link ExecuteSeizure}.
 */
@Component
public class JoinderSeizureNotice extends Notice<ClaimOnExecution> {

    public JoinderSeizureNotice() {
        super(DocumentKind.JOINDER_SEIZURE_NOTICE, ClaimOnExecution.class);
    }

    @Override
    public byte[] render(ClaimOnExecution c, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(c.delinquent(), c.issuedOn(), c.caseId(), true);
            sheet.title("参加差押通知書", null);
            sheet.body("あなたが滞納している下記の" + sheet.localTax() + "を徴収するため、" + c.authority()
                    + "が差し押さえているあなたの下記の財産について参加差押えをしたので、" + c.byExample()
                    + "において準用する国税徴収法第86条第2項の規定により通知します。");
            c.facts(sheet, true, "滞納金額");
            sheet.gap(8);
            sheet.small("・先に行われた差押えが解除されたときは、この参加差押えは差押えの効力を生じます(国税徴収法第87条第1項)。"
                    + "滞納金額を納付されたときは、参加差押えを解除します。");
            sheet.appealNotice("この参加差押処分");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
