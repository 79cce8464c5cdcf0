package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DunningDeadlineTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void latestIssueDateIsTwentyDaysAfterTheDueDate() {
        // 5/31 + 20 days = 6/20 (the rules document's example)
        assertThat(DunningDeadline.latestIssueDate(d("2025-05-31"))).isEqualTo(d("2025-06-20"));
    }

    @Test
    void latestIssueDateCrossesMonthAndYearEnds() {
        // 12/25 + 20 = 1/14 of the next year
        assertThat(DunningDeadline.latestIssueDate(d("2025-12-25"))).isEqualTo(d("2026-01-14"));
        // 2/9/2024 + 20 = 2/29/2024 (leap year)
        assertThat(DunningDeadline.latestIssueDate(d("2024-02-09"))).isEqualTo(d("2024-02-29"));
        // 2/9/2025 + 20 = 3/1/2025
        assertThat(DunningDeadline.latestIssueDate(d("2025-02-09"))).isEqualTo(d("2025-03-01"));
    }

    @Test
    void onTheDayBeforeAndOnTheLastDayIsOnTime() {
        assertThat(DunningDeadline.isLate(d("2025-05-31"), d("2025-06-19"))).isFalse();
        assertThat(DunningDeadline.isLate(d("2025-05-31"), d("2025-06-20"))).isFalse();
    }

    @Test
    void theDayAfterTheLastDayIsLate() {
        // still a valid notice (directory limit): only flagged
        assertThat(DunningDeadline.isLate(d("2025-05-31"), d("2025-06-21"))).isTrue();
    }

    @Test
    void theDayAfterTheDueDateIsTheEarliestNotice() {
        assertThat(DunningDeadline.isLate(d("2025-05-31"), d("2025-06-01"))).isFalse();
    }

    @Test
    void noticeOnOrBeforeTheDueDateIsRejected() {
        assertThatThrownBy(() -> DunningDeadline.isLate(d("2025-05-31"), d("2025-05-31")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("issuedOn:");
        assertThatThrownBy(() -> DunningDeadline.isLate(d("2025-05-31"), d("2025-05-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("issuedOn:");
    }

    @Test
    void nullsAreRejectedByName() {
        assertThatThrownBy(() -> DunningDeadline.latestIssueDate(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("dueDate: must not be null");
        assertThatThrownBy(() -> DunningDeadline.isLate(null, d("2025-06-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dueDate:");
        assertThatThrownBy(() -> DunningDeadline.isLate(d("2025-05-31"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("issuedOn:");
    }
}
