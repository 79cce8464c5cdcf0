package jp.lg.collection.delinquency.distribution;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.ISSUED;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static jp.lg.collection.documents.NoticeFixtures.assertSnapshotPrintsTheSame;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.delinquency.distribution.DistributionStatement.Share;
import jp.lg.collection.documents.PdfText;
import org.junit.jupiter.api.Test;

/** The 配当計算書 as printed: the shares in order of priority, the remainder for the taxpayer, the totals. */
class DistributionStatementTest {

    final DistributionStatement paper = new DistributionStatement();

    @Test
    void distributionStatementTotalsAndRemainder() {
        byte[] pdf = paper.render(new DistributionStatement.Content(TARO, "D2026-000001",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 9), "普通乗用自動車 熊谷 300 あ 12-34", 1_500_000,
                List.of(new Share(1, "熊谷市", "市税(滞納処分費を含む)", 1_303_500, 1_303_500),
                        new Share(2, "株式会社ABCファイナンス", "質権", 400_000, 150_000))), CITY);
        keep(pdf, "distribution");
        String text = PdfText.of(pdf);
        assertThat(text).contains("配　当　計　算　書").contains("1,500,000円").contains("令和8年9月9日")
                .contains("1,303,500").contains("150,000").contains("46,500").contains("1,703,500");
        assertThat(PdfText.joined(pdf)).contains("国税徴収法第131条").contains("国税徴収法第133条");
        assertThatThrownBy(() -> new DistributionStatement.Content(TARO, null, ISSUED, ISSUED, "x", 100,
                List.of(new Share(1, "熊谷市", "市税", 500, 200)))).hasMessageStartingWith("shares:");
    }

    @Test
    void theSnapshotGoesThereAndBackAndPrintsTheSame() {
        assertSnapshotPrintsTheSame(paper, new DistributionStatement.Content(TARO, "D2026-000001",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 9), "普通乗用自動車", 1_500_000,
                List.of(new Share(1, "熊谷市", "市税", 1_303_500, 1_303_500))));
    }
}
