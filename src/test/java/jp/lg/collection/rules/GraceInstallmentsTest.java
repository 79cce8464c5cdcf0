package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.rules.GraceInstallments.Part;
import org.junit.jupiter.api.Test;

/** 分割納付 within a grace (法15③⑤) and the revocation ground of a missed part (法15の3①二). */
class GraceInstallmentsTest {

    static final LocalDate FROM = LocalDate.of(2026, 6, 20);
    static final LocalDate TO = LocalDate.of(2026, 12, 19);
    static final List<Part> PLAN = List.of(new Part(LocalDate.of(2026, 7, 31), 500_000),
            new Part(LocalDate.of(2026, 9, 30), 500_000), new Part(LocalDate.of(2026, 11, 30), 500_100));

    @Test
    void aPlanLiesWithinTheGraceAndAddsUpToTheAmount() {
        assertThat(GraceInstallments.check(FROM, TO, 1_500_100, PLAN)).isEqualTo(PLAN);
        assertThat(GraceInstallments.check(FROM, TO, 1_500_100, List.of())).isEmpty();
        // the last day of the grace is within it; the day after is not
        assertThat(GraceInstallments.check(FROM, TO, 10, List.of(new Part(TO, 10)))).hasSize(1);
        assertThatThrownBy(() -> GraceInstallments.check(FROM, TO, 10, List.of(new Part(TO.plusDays(1), 10))))
                .hasMessageStartingWith("parts: 1回目の納付期限 令和8年12月20日 が猶予期間");
        assertThatThrownBy(() -> GraceInstallments.check(FROM, TO, 1_500_000, PLAN))
                .hasMessage("parts: 分割納付の合計 1,500,100円が猶予に係る金額 1,500,000円と一致しません");
        assertThatThrownBy(() -> GraceInstallments.check(FROM, TO, 20, List.of(new Part(LocalDate.of(2026, 8, 1), 10),
                new Part(LocalDate.of(2026, 8, 1), 10)))).hasMessageStartingWith("parts: 2回目の納付期限");
        assertThatThrownBy(() -> new Part(FROM, 0)).hasMessageStartingWith("amount:");
    }

    @Test
    void aPartIsPaidInTimeOnItsDayAndMissedTheDayAfter() {
        // the 7/31 part: checked at the start of 8/1 — 500,000 paid since the grace began keeps it
        assertThat(GraceInstallments.dueBy(PLAN, LocalDate.of(2026, 7, 30))).isZero();
        assertThat(GraceInstallments.dueBy(PLAN, LocalDate.of(2026, 7, 31))).isEqualTo(500_000);
        assertThat(GraceInstallments.kept(PLAN, 0, LocalDate.of(2026, 7, 31))).isTrue();
        assertThat(GraceInstallments.kept(PLAN, 499_999, LocalDate.of(2026, 8, 1))).isFalse();
        assertThat(GraceInstallments.kept(PLAN, 500_000, LocalDate.of(2026, 8, 1))).isTrue();
        // on 10/1 the 9/30 part is due too: 1,000,000 in all
        assertThat(GraceInstallments.kept(PLAN, 500_000, LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(GraceInstallments.kept(PLAN, 1_000_000, LocalDate.of(2026, 10, 1))).isTrue();
    }

    @Test
    void theNextPartFromADay() {
        assertThat(GraceInstallments.nextDue(PLAN, LocalDate.of(2026, 6, 20))).contains(LocalDate.of(2026, 7, 31));
        assertThat(GraceInstallments.nextDue(PLAN, LocalDate.of(2026, 7, 31))).contains(LocalDate.of(2026, 7, 31));
        assertThat(GraceInstallments.nextDue(PLAN, LocalDate.of(2026, 8, 1))).contains(LocalDate.of(2026, 9, 30));
        assertThat(GraceInstallments.nextDue(PLAN, LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void revocationGroundsAreTheItemsOfArticle15no3() {
        assertThat(GraceRevocationGround.INSTALLMENT_MISSED.article()).isEqualTo("地方税法第15条の3第1項第2号");
        assertThat(GraceRevocationGround.CIRCUMSTANCES_CHANGED.item()).isEqualTo(6);
        // 15の3②: the explanation is heard first, except on a fact of 繰上徴収
        assertThat(GraceRevocationGround.ACCELERATION.explanationHeardFirst()).isFalse();
        assertThat(GraceRevocationGround.NEW_ARREARS.explanationHeardFirst()).isTrue();
    }
}
