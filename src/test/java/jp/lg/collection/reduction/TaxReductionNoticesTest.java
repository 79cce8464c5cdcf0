package jp.lg.collection.reduction;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static jp.lg.collection.documents.NoticeFixtures.assertSnapshotPrintsTheSame;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.lg.collection.documents.PdfText;
import org.junit.jupiter.api.Test;

/** The 減免決定通知書 and the 減免申請却下通知書 as printed. */
class TaxReductionNoticesTest {

    final TaxReductionDecisionNotice decision = new TaxReductionDecisionNotice();
    final TaxReductionDecisionNotice.Content granted = new TaxReductionDecisionNotice.Content(TARO, null,
            LocalDate.of(2026, 5, 25), "RD2026-000001", LocalDate.of(2026, 5, 20), "身体障害者等が使用する軽自動車等",
            "地方税法第463条の23及び熊谷市税条例", "令和8年度 軽自動車税(種別割) 第1期", "R8-0000007",
            LocalDate.of(2026, 6, 1), 10_800, 10_800, 0);
    final TaxReductionRejectionNotice rejection = new TaxReductionRejectionNotice();
    final TaxReductionRejectionNotice.Content late = new TaxReductionRejectionNotice.Content(TARO, null,
            LocalDate.of(2026, 6, 5), "RD2026-000002", LocalDate.of(2026, 6, 2), "身体障害者等が使用する軽自動車等",
            "令和8年度 軽自動車税(種別割) 第1期", LocalDate.of(2026, 6, 1), 10_800, "条例の定める特別の事情はありません。",
            LocalDate.of(2026, 6, 1));

    @Test
    void theDecisionShowsTheTaxBeforeTheReductionAndAfter() {
        byte[] pdf = decision.render(granted, CITY);
        keep(pdf, "tax-reduction-decision");
        assertThat(PdfText.joined(pdf)).contains("減免決定通知書").contains("令和8年5月20日に申請のあった")
                .contains("地方税法第463条の23及び熊谷市税条例の規定により").contains("減免することに決定")
                .contains("減免前の税額10,800円").contains("減免額10,800円").contains("減免後の税額0円")
                .contains("全額を減免しましたので、納付の必要はありません").contains("審査請求").contains("RD2026-000001");
        assertThatThrownBy(() -> new TaxReductionDecisionNotice.Content(TARO, null, LocalDate.of(2026, 5, 25), "x",
                LocalDate.of(2026, 5, 20), "g", "b", "i", null, LocalDate.of(2026, 6, 1), 10_800, 5_000, 0))
                .hasMessageStartingWith("principalAfter:");
    }

    @Test
    void theRejectionStatesItsReasonAndTheMissedDeadline() {
        byte[] pdf = rejection.render(late, CITY);
        keep(pdf, "tax-reduction-rejection");
        assertThat(PdfText.joined(pdf)).contains("減免申請却下通知書").contains("令和8年6月2日に申請のあった")
                .contains("却下したので通知します")
                .contains("申請期限(令和8年6月1日)を過ぎた申請であるため。条例の定める特別の事情はありません。")
                .contains("税額は変わりません").contains("審査請求");
    }

    @Test
    void theSnapshotsGoThereAndBackAndPrintTheSame() {
        assertSnapshotPrintsTheSame(decision, granted);
        assertSnapshotPrintsTheSame(rejection, late);
    }
}
