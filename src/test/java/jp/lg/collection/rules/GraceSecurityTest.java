package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 担保 for a grace (地方税法16): required over 100万円 and over 3 months under the common ordinance. */
class GraceSecurityTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void overOneMillionAndOverThreeMonthsNeedsSecurity() {
        // from 4/1 three months end on 6/30 (民法143): 4/1–6/30 is within them, 4/1–7/1 is not
        assertThat(GraceSecurity.required(1_000_001, d("2026-04-01"), d("2026-07-01"))).isTrue();
        assertThat(GraceSecurity.required(1_000_001, d("2026-04-01"), d("2026-06-30"))).isFalse();
        assertThat(GraceSecurity.required(1_000_000, d("2026-04-01"), d("2027-03-31"))).isFalse();
        assertThat(GraceSecurity.required(1_500_100, d("2026-06-20"), d("2026-12-19"))).isTrue();
        // 6/20 + 3 months → 9/19 is the last day within them
        assertThat(GraceSecurity.required(1_500_100, d("2026-06-20"), d("2026-09-19"))).isFalse();
        assertThat(GraceSecurity.required(1_500_100, d("2026-06-20"), d("2026-09-20"))).isTrue();
    }

    @Test
    void aCityWithAnotherOrdinancePassesItsOwnNumbers() {
        assertThat(GraceSecurity.required(600_000, d("2026-04-01"), d("2026-05-01"), 500_000, 0)).isTrue();
        assertThat(GraceSecurity.required(600_000, d("2026-04-01"), d("2026-12-31"), 1_000_000, 3)).isFalse();
        assertThatThrownBy(() -> GraceSecurity.required(1, d("2026-04-02"), d("2026-04-01")))
                .hasMessageStartingWith("to:");
    }

    @Test
    void seizedPropertyReducesTheSecurityNeeded() {
        // 法16②: 1,500,000 graced, land seized estimated at 800,000 → 700,000 (under 100万円: none needed)
        assertThat(GraceSecurity.amountNeeded(1_500_000, 800_000)).isEqualTo(700_000);
        assertThat(GraceSecurity.amountNeeded(1_500_000, 2_000_000)).isZero();
        assertThat(GraceSecurity.required(GraceSecurity.amountNeeded(1_500_000, 800_000), d("2026-04-01"),
                d("2027-03-31"))).isFalse();
    }
}
