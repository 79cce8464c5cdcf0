package jp.lg.collection.delinquency.auction;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 売却決定通知書 (国税徴収法118, applied by 地方税法331⑥ and its like): once the buyer has paid the price, the city
 * hands the buyer this notice of the sale decision; ownership passed on payment (徴116①), and for real estate
 * the city requests the transfer registration (徴121). Issued by {@link RegisterSaleProceeds}.
 */
@Component
public class SaleDecisionNotice extends Notice<SaleDecisionNotice.Content> {

    /**
     * What the 売却決定通知書 says.
     *
     * @param buyer      the buyer (買受人)
     * @param delinquent the taxpayer whose property was sold
     */
    public record Content(Addressee buyer, Addressee delinquent, String caseId, LocalDate issuedOn, int round,
            String assetKind, String property, long price, LocalDate saleDecisionOn, LocalDate paidOn,
            boolean realEstate, String enforcementArticle) {
        public Content {
            Require.notNull("buyer", buyer);
            Require.notNull("delinquent", delinquent);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("property", property);
            Require.notNegative("price", price);
            Require.notNull("saleDecisionOn", saleDecisionOn);
            Require.notNull("paidOn", paidOn);
        }
    }

    public SaleDecisionNotice() {
        super(DocumentKind.SALE_DECISION_NOTICE, Content.class);
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(n.buyer(), n.issuedOn(), n.caseId(), true);
            sheet.title("売　却　決　定　通　知　書", "(第" + n.round() + "回公売)");
            sheet.body("下記の公売財産について、あなたに売却決定をし、買受代金の全額の納付を受けたので、"
                    + NoticeSheet.enforcementArticle(n.enforcementArticle()) + "において準用する国税徴収法第118条の規定により"
                    + "売却決定通知書を交付します。");
            sheet.gap(8);
            sheet.fields(List.of(
                    List.of("買受人", NoticeSheet.orEmpty(n.buyer().name())),
                    List.of("滞納者", NoticeSheet.orEmpty(n.delinquent().name())),
                    List.of("公売財産の種類", NoticeSheet.orEmpty(n.assetKind())),
                    List.of("公売財産", n.property()),
                    List.of("売却価額(買受代金)", Yen.of(n.price())),
                    List.of("売却決定の日", WarekiDate.format(n.saleDecisionOn())),
                    List.of("買受代金の納付の日", WarekiDate.format(n.paidOn()))));
            sheet.gap(10);
            sheet.small("・公売財産は、買受代金の全額を納付した時に、あなたが取得しました(国税徴収法第116条第1項)。"
                    + (n.realEstate() ? "権利の移転の登記は、" + city.name() + "が関係機関に嘱託します(同法第121条)。"
                            : "財産の引渡しは、担当者の案内に従って受けてください(同法第119条)。"));
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
