package jp.lg.collection.delinquency.auction;

import jp.lg.collection.rules.CollectionArticles;
import static jp.lg.collection.documents.NoticeSheet.BODY;
import static jp.lg.collection.documents.NoticeSheet.SMALL;
import static jp.lg.collection.documents.NoticeSheet.orEmpty;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfSheet.Align;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 公売公告 (国税徴収法95①, applied by 地方税法331⑥): published (掲示) at least 10 days before the auction day, by
 * {@link PublishAuctionNotice}. It names the property, not the delinquent taxpayer.
 */
@Component
public class AuctionNotice extends Notice<AuctionNotice.Content> {

    /**
     * What the 公売公告 says.
     *
     * @param property         公売財産: name, quantity, nature and location as the seizure describes it
     * @param estimatedPrice   見積価額 (徴98; for real estate published by 3 days before, 徴99)
     * @param place            公売の場所; blank: the city hall
     * @param deposit          公売保証金 (徴100)
     * @param saleDecisionDate 売却決定の日 (徴111, 113)
     * @param paymentDeadline  買受代金の納付の期限 (徴115①)
     */
    public record Content(String caseId, LocalDate publishedOn, int round, String assetKind, String property,
            long estimatedPrice, LocalDate auctionDay, String place, long deposit, LocalDate saleDecisionDate,
            LocalDate paymentDeadline, String enforcementArticle) {
        /** A notice of the 市町村民税 (法331⑥); the case's taxes decide the article, {@link CollectionArticles}. */
        public Content(String caseId, LocalDate publishedOn, int round, String assetKind, String property,
                long estimatedPrice, LocalDate auctionDay, String place, long deposit, LocalDate saleDecisionDate,
                LocalDate paymentDeadline) {
            this(caseId, publishedOn, round, assetKind, property, estimatedPrice, auctionDay, place, deposit,
                    saleDecisionDate, paymentDeadline, null);
        }

        public Content {
            Require.notNull("publishedOn", publishedOn);
            Require.notNull("property", property);
            Require.notNegative("estimatedPrice", estimatedPrice);
            Require.notNull("auctionDay", auctionDay);
            Require.notNegative("deposit", deposit);
            Require.notNull("saleDecisionDate", saleDecisionDate);
            Require.notNull("paymentDeadline", paymentDeadline);
            if (!auctionDay.isAfter(publishedOn)) {
                throw new IllegalArgumentException("auctionDay: 公売の日 (" + auctionDay + ") が公告の日 (" + publishedOn
                        + ") より後ではありません");
            }
        }
    }

    public AuctionNotice() {
        super(DocumentKind.AUCTION_NOTICE, Content.class);
    }

    @Override
    public byte[] render(Content a, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.line(NoticeSheet.RIGHT, BODY, WarekiDate.format(a.publishedOn()), Align.RIGHT);
            if (a.caseId() != null) {
                sheet.line(NoticeSheet.RIGHT, SMALL, "案件番号 " + a.caseId(), Align.RIGHT);
            }
            sheet.gap(6);
            sheet.line(NoticeSheet.RIGHT, 11, city.mayor(), Align.RIGHT);
            sheet.title("公　売　公　告", "(第" + a.round() + "回)");
            sheet.body(NoticeSheet.enforcementArticle(a.enforcementArticle()) + "において準用する"
                    + "国税徴収法第95条第1項の規定により、滞納処分により差し押さえた下記の財産を公売に付するので、公告します。");
            sheet.gap(8);
            sheet.fields(List.of(
                    List.of("公売財産の種類", orEmpty(a.assetKind())),
                    List.of("公売財産", a.property()),
                    List.of("見積価額", Yen.of(a.estimatedPrice())),
                    List.of("公売の方法", "入札(期日入札)"),
                    List.of("公売の日", WarekiDate.format(a.auctionDay())),
                    List.of("公売の場所", a.place() == null || a.place().isBlank() ? sheet.cityHall() : a.place()),
                    List.of("公売保証金", Yen.of(a.deposit())),
                    List.of("売却決定の日", WarekiDate.format(a.saleDecisionDate())),
                    List.of("買受代金の納付の期限", WarekiDate.format(a.paymentDeadline()))));
            sheet.gap(10);
            sheet.small("・入札をしようとする者は、入札前に上記の"
                    + "公売保証金を納付してください(国税徴収法第100条)。見積価額に達しない入札は無効です。");
            sheet.small("・最高価申込者に対し、売却決定の日に売却決定を"
                    + "行います。買受人は、買受代金を納付の期限までに全額納付してください。期限までに納付がないときは、"
                    + "売却決定を取り消し、公売保証金は返還しません(国税徴収法第115条第4項、第100条第3項)。");
            sheet.small("・滞納者は、買受人となることができません"
                    + "(国税徴収法第92条)。公売財産に係る権利の移転について制限があるときは、その内容に従います。");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
