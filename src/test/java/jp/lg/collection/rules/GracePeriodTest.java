package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GracePeriodTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void collectionGraceLastsAtMostOneYear() {
        // 4/1/2025 + 1 year − 1 day = 3/31/2026
        assertThat(GracePeriod.collectionGraceMaxEnd(d("2025-04-01"))).isEqualTo(d("2026-03-31"));
        // 1/1/2025 → 12/31/2025
        assertThat(GracePeriod.collectionGraceMaxEnd(d("2025-01-01"))).isEqualTo(d("2025-12-31"));
        // 3/1/2023 → 2/29/2024 (leap year end)
        assertThat(GracePeriod.collectionGraceMaxEnd(d("2023-03-01"))).isEqualTo(d("2024-02-29"));
        // 3/1/2024 → 2/28/2025
        assertThat(GracePeriod.collectionGraceMaxEnd(d("2024-03-01"))).isEqualTo(d("2025-02-28"));
    }

    @Test
    void startOn29FebruaryEndsAtTheEndOfFebruary() {
        // no 2/29/2025 → ends at the end of February, 2/28/2025 (民法143②ただし書)
        assertThat(GracePeriod.collectionGraceMaxEnd(d("2024-02-29"))).isEqualTo(d("2025-02-28"));
        assertThat(GracePeriod.realizationGraceMaxEnd(d("2024-02-29"))).isEqualTo(d("2025-02-28"));
    }

    @Test
    void extendedCollectionGraceLastsAtMostTwoYears() {
        // 4/1/2025 + 2 years − 1 day = 3/31/2027
        assertThat(GracePeriod.collectionGraceMaxExtendedEnd(d("2025-04-01"))).isEqualTo(d("2027-03-31"));
        // 2/29/2024 → 2/28/2026
        assertThat(GracePeriod.collectionGraceMaxExtendedEnd(d("2024-02-29"))).isEqualTo(d("2026-02-28"));
        // 3/1/2022 → 2/29/2024
        assertThat(GracePeriod.collectionGraceMaxExtendedEnd(d("2022-03-01"))).isEqualTo(d("2024-02-29"));
    }

    @Test
    void realizationGraceLastsAtMostOneYear() {
        assertThat(GracePeriod.realizationGraceMaxEnd(d("2025-07-15"))).isEqualTo(d("2026-07-14"));
    }

    @Test
    void applicationWithinSixMonthsOfTheDueDate() {
        // due 5/31 → counted from 6/1 → 6 months end 11/30
        assertThat(GracePeriod.realizationGraceApplicationInTime(d("2025-05-31"), d("2025-11-29"))).isTrue();
        assertThat(GracePeriod.realizationGraceApplicationInTime(d("2025-05-31"), d("2025-11-30"))).isTrue();
        assertThat(GracePeriod.realizationGraceApplicationInTime(d("2025-05-31"), d("2025-12-01"))).isFalse();
    }

    @Test
    void applicationDeadlineInFebruary() {
        // due 8/31/2025 → from 9/1 → ends 2/28/2026
        assertThat(GracePeriod.realizationGraceApplicationInTime(d("2025-08-31"), d("2026-02-28"))).isTrue();
        assertThat(GracePeriod.realizationGraceApplicationInTime(d("2025-08-31"), d("2026-03-01"))).isFalse();
        // due 8/30/2023 → from 8/31 → no 2/31 → ends 2/29/2024
        assertThat(GracePeriod.realizationGraceApplicationInTime(d("2023-08-30"), d("2024-02-29"))).isTrue();
        assertThat(GracePeriod.realizationGraceApplicationInTime(d("2023-08-30"), d("2024-03-01"))).isFalse();
    }

    @Test
    void applicationOnOrBeforeTheDueDateIsInTime() {
        assertThat(GracePeriod.realizationGraceApplicationInTime(d("2025-05-31"), d("2025-05-31"))).isTrue();
        assertThat(GracePeriod.realizationGraceApplicationInTime(d("2025-05-31"), d("2025-05-01"))).isTrue();
    }

    @Test
    void shorterOrdinancePeriod() {
        // 3 months: due 5/31 → from 6/1 → ends 8/31
        assertThat(GracePeriod.realizationGraceApplicationInTime(d("2025-05-31"), d("2025-08-31"), 3)).isTrue();
        assertThat(GracePeriod.realizationGraceApplicationInTime(d("2025-05-31"), d("2025-09-01"), 3)).isFalse();
        // the 2-argument form is the 6-month default
        assertThat(GracePeriod.realizationGraceApplicationInTime(d("2025-05-31"), d("2025-12-01")))
                .isEqualTo(GracePeriod.realizationGraceApplicationInTime(d("2025-05-31"), d("2025-12-01"), 6))
                .isFalse();
    }

    @Test
    void ordinanceMonthsMustBeOneToSix() {
        assertThatThrownBy(() -> GracePeriod.realizationGraceApplicationInTime(d("2025-05-31"), d("2025-06-01"), 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ordinanceMonths: must be between 1 and 6");
        assertThatThrownBy(() -> GracePeriod.realizationGraceApplicationInTime(d("2025-05-31"), d("2025-06-01"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ordinanceMonths:");
    }

    @Test
    void nullsAreRejectedByName() {
        assertThatThrownBy(() -> GracePeriod.collectionGraceMaxEnd(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("start:");
        assertThatThrownBy(() -> GracePeriod.collectionGraceMaxExtendedEnd(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("start:");
        assertThatThrownBy(() -> GracePeriod.realizationGraceMaxEnd(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("start:");
        assertThatThrownBy(() -> GracePeriod.realizationGraceApplicationInTime(null, d("2025-06-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dueDate:");
        assertThatThrownBy(() -> GracePeriod.realizationGraceApplicationInTime(d("2025-05-31"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("appliedOn:");
    }

    @Test
    void extendedRealizationGraceLastsAtMostTwoYears() {
        // 6/20/2026 + 2 years − 1 day = 6/19/2028 (法15の6③ applying 法15④)
        assertThat(GracePeriod.realizationGraceMaxExtendedEnd(d("2026-06-20"))).isEqualTo(d("2028-06-19"));
        assertThat(GracePeriod.realizationGraceMaxExtendedEnd(d("2024-02-29"))).isEqualTo(d("2026-02-28"));
    }
}
