package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeSheet;
import org.springframework.stereotype.Component;

/**
 * 交付要求書 to the authority executing against the taxpayer's property (国税徴収法82①): the city claims its share
 * of the proceeds of that execution (強制換価手続). Issued by {@link ExecuteSeizure} with its notice to the taxpayer
 * ({@link DeliveryDemandNotice}).
 */
@Component
public class DeliveryDemandDocument extends Notice<ClaimOnExecution> {

    public DeliveryDemandDocument() {
        super(DocumentKind.DELIVERY_DEMAND, ClaimOnExecution.class);
    }

    @Override
    public byte[] render(ClaimOnExecution c, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(new Addressee(null, null, null, c.authority()), c.issuedOn(), c.caseId(), false);
            sheet.title("交　付　要　求　書", null);
            sheet.body("下記の滞納者の財産について貴庁で強制換価手続が行われているので、" + c.byExample()
                    + "において準用する国税徴収法第82条第1項の規定により、下記の" + sheet.localTax() + "について交付を要求します。");
            c.facts(sheet, false, "交付を要求する滞納金額");
            sheet.gap(8);
            sheet.small("・延滞金は、納付の日までの額を計算して交付を受けます。配当の期日が定まったときは、お知らせください。");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
