package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BreachReportDeadlinesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void preliminaryReportDefaultsToThreeDays() {
        // aware 6/30 + 3 = 7/3
        assertThat(BreachReportDeadlines.preliminaryReportDue(d("2025-06-30"))).isEqualTo(d("2025-07-03"));
        assertThat(BreachReportDeadlines.preliminaryReportDue(d("2025-06-30"), BreachReportDeadlines.DEFAULT_PRELIMINARY_DAYS))
                .isEqualTo(d("2025-07-03"));
    }

    @Test
    void preliminaryReportDaysAreConfigurableFromOneToFive() {
        // 6/30 + 1 = 7/1; 6/30 + 5 = 7/5; 2/27/2024 + 3 = 3/1/2024 (29 Feb counted)
        assertThat(BreachReportDeadlines.preliminaryReportDue(d("2025-06-30"), 1)).isEqualTo(d("2025-07-01"));
        assertThat(BreachReportDeadlines.preliminaryReportDue(d("2025-06-30"), 5)).isEqualTo(d("2025-07-05"));
        assertThat(BreachReportDeadlines.preliminaryReportDue(d("2024-02-27"), 3)).isEqualTo(d("2024-03-01"));
        assertThatThrownBy(() -> BreachReportDeadlines.preliminaryReportDue(d("2025-06-30"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("days: must be between 1 and 5");
        assertThatThrownBy(() -> BreachReportDeadlines.preliminaryReportDue(d("2025-06-30"), 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("days:");
    }

    @Test
    void finalReportOnTheThirtiethDayCountingTheDayOfAwareness() {
        // aware 6/30/2025 is day 1 → day 30 is 7/29/2025 (a Tuesday)
        assertThat(BreachReportDeadlines.finalReportDue(d("2025-06-30"), false)).isEqualTo(d("2025-07-29"));
        // aware 2/1/2024 → day 30 is 3/1/2024 (29 Feb counted), a Friday
        assertThat(BreachReportDeadlines.finalReportDue(d("2024-02-01"), false)).isEqualTo(d("2024-03-01"));
    }

    @Test
    void finalReportOnTheSixtiethDayForUnlawfulPurpose() {
        // aware 6/30/2025 → day 60 is 8/28/2025 (a Thursday)
        assertThat(BreachReportDeadlines.finalReportDue(d("2025-06-30"), true)).isEqualTo(d("2025-08-28"));
    }

    @Test
    void aLastDayOnWhichTheOfficesAreClosedMovesToTheNextOpenDay() {
        // aware 7/2/2025 → day 30 is Thu 7/31; aware 7/4 → day 30 Sat 8/2 → Mon 8/4
        assertThat(BreachReportDeadlines.finalReportDue(d("2025-07-04"), false)).isEqualTo(d("2025-08-04"));
        // aware 11/30/2025 → day 30 is Mon 12/29: the year-end closure runs to 1/3 (Sat), 1/4 is a Sunday → 1/5
        assertThat(BreachReportDeadlines.finalReportDue(d("2025-11-30"), false)).isEqualTo(d("2026-01-05"));
        // a national holiday the city has entered: aware 8/12/2026 → day 30 Thu 9/10 … aware 8/23 → day 30 Mon
        // 9/21 (敬老の日), 9/22 (国民の休日) → Wed 9/23 is 秋分の日 too → Thu 9/24
        java.util.Set<LocalDate> holidays = java.util.Set.of(d("2026-09-21"), d("2026-09-22"), d("2026-09-23"));
        assertThat(BreachReportDeadlines.finalReportDue(d("2026-08-23"), false, true,
                day -> BreachReportDeadlines.closed(day, holidays::contains)))
                .isEqualTo(d("2026-09-24"));
    }

    @Test
    void theCountingConventionIsConfigurable() {
        // not counting the day of awareness (民法140): aware 6/30/2025 → 7/30/2025
        assertThat(BreachReportDeadlines.finalReportDue(d("2025-06-30"), false, false, day -> false))
                .isEqualTo(d("2025-07-30"));
        // and not moving a closed last day: aware 7/4/2025 → Sat 8/2/2025 stays
        assertThat(BreachReportDeadlines.finalReportDue(d("2025-07-04"), false, true, day -> false))
                .isEqualTo(d("2025-08-02"));
    }

    @Test
    void nullIsRejectedByName() {
        assertThatThrownBy(() -> BreachReportDeadlines.preliminaryReportDue(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("awareOn:");
        assertThatThrownBy(() -> BreachReportDeadlines.finalReportDue(null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("awareOn:");
        assertThatThrownBy(() -> BreachReportDeadlines.finalReportDue(d("2025-06-30"), false, true, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("closedDay:");
    }
}
