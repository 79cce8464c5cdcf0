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
    void finalReportWithin30Days() {
        // 6/30 + 30 = 7/30; 12/15/2025 + 30 = 1/14/2026; 2/1/2024 + 30 = 3/2/2024
        assertThat(BreachReportDeadlines.finalReportDue(d("2025-06-30"), false)).isEqualTo(d("2025-07-30"));
        assertThat(BreachReportDeadlines.finalReportDue(d("2025-12-15"), false)).isEqualTo(d("2026-01-14"));
        assertThat(BreachReportDeadlines.finalReportDue(d("2024-02-01"), false)).isEqualTo(d("2024-03-02"));
    }

    @Test
    void finalReportWithin60DaysForUnlawfulPurpose() {
        // 6/30 + 60 = 8/29
        assertThat(BreachReportDeadlines.finalReportDue(d("2025-06-30"), true)).isEqualTo(d("2025-08-29"));
    }

    @Test
    void nullIsRejectedByName() {
        assertThatThrownBy(() -> BreachReportDeadlines.preliminaryReportDue(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("awareOn:");
        assertThatThrownBy(() -> BreachReportDeadlines.finalReportDue(null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("awareOn:");
    }
}
