package jp.lg.collection.delinquency.auction;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.ISSUED;
import static jp.lg.collection.documents.NoticeFixtures.assertSnapshotPrintsTheSame;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.lg.collection.documents.PdfText;
import org.junit.jupiter.api.Test;

/** The 公売公告 as printed: the items of 徴95①, the property and not the taxpayer. */
class AuctionNoticeTest {

    final AuctionNotice paper = new AuctionNotice();
    final AuctionNotice.Content second = new AuctionNotice.Content("D2026-000001", LocalDate.of(2026, 7, 1), 2,
            "不動産", "熊谷市宮町二丁目47番1 宅地 165.29㎡", 2_345_000, LocalDate.of(2026, 7, 11), null, 234_500,
            LocalDate.of(2026, 7, 17), LocalDate.of(2026, 7, 17));

    @Test
    void auctionNoticeCarriesTheItemsOfArticle95() {
        byte[] pdf = paper.render(second, CITY);
        keep(pdf, "auction-notice");
        String text = PdfText.of(pdf);
        assertThat(text).contains("公　売　公　告").contains("(第2回)").contains("令和8年7月1日")
                .contains("熊谷市宮町二丁目47番1 宅地 165.29㎡").contains("2,345,000円").contains("令和8年7月11日")
                .contains("熊谷市役所 (埼玉県熊谷市宮町二丁目47番地1)").contains("234,500円").contains("令和8年7月17日")
                .contains("熊谷市長 熊谷 一郎").doesNotContain("熊谷 太郎");
        assertThat(PdfText.joined(pdf)).contains("国税徴収法第95条第1項の規定により").contains("国税徴収法第100条")
                .contains("国税徴収法第92条");
        assertThatThrownBy(() -> new AuctionNotice.Content(null, ISSUED, 1, null, "x", 1, ISSUED, null, 0, ISSUED,
                ISSUED)).hasMessageStartingWith("auctionDay:");
    }

    @Test
    void theSnapshotGoesThereAndBackAndPrintsTheSame() {
        assertSnapshotPrintsTheSame(paper, second);
    }
}
