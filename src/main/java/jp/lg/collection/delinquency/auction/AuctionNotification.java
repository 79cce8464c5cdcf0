package jp.lg.collection.delinquency.auction;

import static jp.lg.collection.documents.NoticeSheet.BODY;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * 公売通知書 (国税徴収法96①, applied by 地方税法331⑥ and its like): when the 公売公告 is published, the taxpayer and
 * the interested parties the city knows of (those holding a pledge, mortgage or other right on the property, and
 * those who made a delivery demand) are told what the notice says and the amount of the tax the sale is for. The
 * taxpayer's copy carries the 教示 (the 公売公告 is a disposition). Issued by {@link PublishAuctionNotice}.
 */
@Component
public class AuctionNotification extends Notice<AuctionNotification.Content> {

    /**
     * What the 公売通知書 says: the items of the 公売公告 ({@link AuctionNotice.Content}) and, for the taxpayer, the
     * installments the sale is for.
     *
     * @param to         the taxpayer or an interested party
     * @param toTaxpayer whether {@code to} is the taxpayer
     * @param delinquent the taxpayer (named on an interested party's copy)
     */
    public record Content(Addressee to, boolean toTaxpayer, Addressee delinquent, AuctionNotice.Content auction,
            List<NoticeLine> lines) {
        public Content {
            Require.notNull("to", to);
            Require.notNull("delinquent", delinquent);
            Require.notNull("auction", auction);
            lines = Require.noNullElements("lines", lines);
        }
    }

    public AuctionNotification() {
        super(DocumentKind.AUCTION_NOTIFICATION, Content.class);
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        AuctionNotice.Content a = n.auction();
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(n.to(), a.publishedOn(), a.caseId(), n.toTaxpayer());
            sheet.title("公　売　通　知　書", "(第" + a.round() + "回)");
            sheet.body((n.toTaxpayer() ? "あなたの" : "下記の滞納者の") + sheet.localTax()
                    + "を徴収するため差し押さえた下記の財産を公売に付することとし、公売公告をしたので、"
                    + NoticeSheet.enforcementArticle(a.enforcementArticle()) + "において準用する国税徴収法第96条第1項の規定により"
                    + "通知します。");
            sheet.gap(8);
            List<List<String>> rows = new ArrayList<>();
            if (!n.toTaxpayer()) {
                rows.add(List.of("滞納者 住所", NoticeSheet.orEmpty(n.delinquent().address())));
                rows.add(List.of("滞納者 氏名", NoticeSheet.orEmpty(n.delinquent().name())));
            }
            rows.add(List.of("公売財産の種類", NoticeSheet.orEmpty(a.assetKind())));
            rows.add(List.of("公売財産", a.property()));
            rows.add(List.of("見積価額", Yen.of(a.estimatedPrice())));
            rows.add(List.of("公売の方法", "入札(期日入札)"));
            rows.add(List.of("公売の日", WarekiDate.format(a.auctionDay())));
            rows.add(List.of("公売の場所", a.place() == null || a.place().isBlank() ? sheet.cityHall() : a.place()));
            rows.add(List.of("公売保証金", Yen.of(a.deposit())));
            rows.add(List.of("売却決定の日", WarekiDate.format(a.saleDecisionDate())));
            rows.add(List.of("買受代金の納付の期限", WarekiDate.format(a.paymentDeadline())));
            sheet.fields(rows);
            sheet.gap(10);
            sheet.line(NoticeSheet.MARGIN, BODY, "公売に係る滞納金額", Align.LEFT);
            sheet.installments(n.lines(), a.publishedOn());
            sheet.gap(8);
            if (n.toTaxpayer()) {
                sheet.small("・売却決定の日の前日までに滞納金額の全額を納付されたときは、公売を中止します。"
                        + "滞納者は買受人となることができません(国税徴収法第92条)。");
                sheet.appealNotice("この公売処分(公売公告)");
            } else {
                sheet.small("・公売財産の上に有する権利の内容を証明して、配当を受けることができる債権の額を売却決定の日の前日までに"
                        + "申し出てください(国税徴収法第130条第1項)。");
            }
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
