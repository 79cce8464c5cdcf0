package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeSheet;
import org.springframework.stereotype.Component;

/**
 * 交付要求通知書 to the taxpayer (国税徴収法82②): the city claimed from another authority's execution against the
 * taxpayer's property. Carries the 教示. Issued by {@link ExecuteSeizure}.
 */
@Component
public class DeliveryDemandNotice extends Notice<ClaimOnExecution> {

    public DeliveryDemandNotice() {
        super(DocumentKind.DELIVERY_DEMAND_NOTICE, ClaimOnExecution.class);
    }

    @Override
    public byte[] render(ClaimOnExecution c, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(c.delinquent(), c.issuedOn(), c.caseId(), true);
            sheet.title("交付要求通知書", null);
            sheet.body("あなたが滞納している下記の" + sheet.localTax() + "について、" + c.authority()
                    + "が行っている強制換価手続に対して交付要求をしたので、" + c.byExample()
                    + "において準用する国税徴収法第82条第2項の規定により通知します。");
            c.facts(sheet, true, "交付を要求した滞納金額");
            sheet.appealNotice("この交付要求");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
