package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeSheet;
import org.springframework.stereotype.Component;

/**
 * 参加差押書 to the authority that already seized the property (国税徴収法86①): the city joins that seizure
 * instead of seizing a second time. If the first seizure is released, the joinder takes effect as a seizure of
 * the city's own (87①). Issued by {@link ExecuteSeizure} with its notice to the taxpayer
 * ({@link JoinderSeizureNotice}) and, for registered property, the registration request (86③).
 */
@Component
public class JoinderSeizureDocument extends Notice<ClaimOnExecution> {

    public JoinderSeizureDocument() {
        super(DocumentKind.JOINDER_SEIZURE_DOCUMENT, ClaimOnExecution.class);
    }

    @Override
    public byte[] render(ClaimOnExecution c, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(new Addressee(null, null, null, c.authority()), c.issuedOn(), c.caseId(), false);
            sheet.title("参　加　差　押　書", null);
            sheet.body("下記の滞納者の" + sheet.localTax() + "を徴収するため、貴庁が滞納処分により差し押さえている下記の財産について、"
                    + c.byExample() + "において準用する国税徴収法第86条第1項の規定により、参加差押えをします。");
            c.facts(sheet, false, "参加差押えに係る滞納金額");
            sheet.gap(8);
            sheet.small("・貴庁の差押えが解除されたときは、この参加差押えは、この参加差押書が貴庁に交付された時(登記又は登録を要する財産に"
                    + "ついては参加差押えの登記又は登録がされた時)にさかのぼって差押えの効力を生じます(国税徴収法第87条第1項)。"
                    + "差押えを解除し、又は財産を換価するときは、その旨をお知らせください。");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
