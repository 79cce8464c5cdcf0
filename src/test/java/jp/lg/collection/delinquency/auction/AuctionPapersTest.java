package jp.lg.collection.delinquency.auction;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static jp.lg.collection.documents.NoticeFixtures.assertSnapshotPrintsTheSame;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static jp.lg.collection.documents.NoticeFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.PdfText;
import org.junit.jupiter.api.Test;

/** The 公売通知書 (徴96①) to the taxpayer and an interested party, and the 売却決定通知書 (徴118) to the buyer. */
class AuctionPapersTest {

    static final String LAND = "熊谷市宮町二丁目47番1 宅地 165.29㎡";
    static final Addressee BANK = new Addressee(null, null, "埼玉県熊谷市筑波二丁目1番地", "株式会社熊谷銀行");

    final AuctionNotification notification = new AuctionNotification();
    final SaleDecisionNotice saleDecision = new SaleDecisionNotice();
    final AuctionNotice.Content auction = new AuctionNotice.Content("D2026-000001", LocalDate.of(2026, 7, 1), 1,
            "不動産", LAND, 2_345_000, LocalDate.of(2026, 7, 12), null, 234_500, LocalDate.of(2026, 7, 19),
            LocalDate.of(2026, 7, 19), "地方税法第331条第6項");

    @Test
    void theTaxpayerIsToldOfTheAuctionAndTheTaxItIsFor() {
        byte[] pdf = notification.render(new AuctionNotification.Content(TARO, true, TARO, auction, lines()), CITY);
        keep(pdf, "auction-notification");
        String text = PdfText.of(pdf);
        assertThat(text).contains("公　売　通　知　書").contains("(第1回)").contains("熊谷 太郎　様").contains(LAND)
                .contains("2,345,000円").contains("令和8年7月12日").contains("234,500円").contains("令和8年7月19日")
                .contains("熊谷市役所").contains("1,234,500");
        assertThat(PdfText.joined(pdf)).contains("地方税法第331条第6項において準用する国税徴収法第96条第1項の規定により通知します")
                .contains("公売に係る滞納金額").contains("この公売処分(公売公告)に不服があるときは");
    }

    @Test
    void anInterestedPartyIsToldTooAndAskedForItsClaim() {
        byte[] pdf = notification.render(new AuctionNotification.Content(BANK, false, TARO, auction, lines()), CITY);
        String text = PdfText.of(pdf);
        assertThat(text).contains("株式会社熊谷銀行　御中").contains("熊谷 太郎").contains(LAND);
        assertThat(PdfText.joined(pdf)).contains("下記の滞納者の").contains("国税徴収法第130条第1項")
                .doesNotContain("審査請求");
    }

    @Test
    void theBuyerReceivesTheSaleDecisionOncePaid() {
        byte[] pdf = saleDecision.render(new SaleDecisionNotice.Content(new Addressee(null, null, null, "山田商事株式会社"),
                TARO, "D2026-000001", LocalDate.of(2026, 7, 19), 1, "不動産", LAND, 2_500_000, LocalDate.of(2026, 7, 19),
                LocalDate.of(2026, 7, 18), true, null), CITY);
        keep(pdf, "sale-decision");
        String text = PdfText.of(pdf);
        assertThat(text).contains("売　却　決　定　通　知　書").contains("山田商事株式会社　様").contains(LAND)
                .contains("2,500,000円").contains("令和8年7月19日").contains("令和8年7月18日").contains("熊谷 太郎");
        assertThat(PdfText.joined(pdf)).contains("国税徴収法第118条の規定により売却決定通知書を交付します")
                .contains("国税徴収法第116条第1項").contains("同法第121条");
    }

    @Test
    void theSnapshotsGoThereAndBackAndPrintTheSame() {
        assertSnapshotPrintsTheSame(notification, new AuctionNotification.Content(BANK, false, TARO, auction, lines()));
        assertSnapshotPrintsTheSame(saleDecision, new SaleDecisionNotice.Content(new Addressee(null, null, null, "鈴木"),
                TARO, null, LocalDate.of(2026, 7, 12), 2, "動産", "日本画 掛軸 1幅", 820_000, LocalDate.of(2026, 7, 12),
                LocalDate.of(2026, 7, 12), false, null));
    }
}
