package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DistributionScheduleTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void statementWithinThreeDaysOfPayment() {
        // received 7/30 → by 8/2
        assertThat(DistributionSchedule.statementDeadline(d("2025-07-30"))).isEqualTo(d("2025-08-02"));
        // received 12/30/2025 → by 1/2/2026
        assertThat(DistributionSchedule.statementDeadline(d("2025-12-30"))).isEqualTo(d("2026-01-02"));
        // received 2/27/2024 → by 3/1/2024 (29 Feb counted)
        assertThat(DistributionSchedule.statementDeadline(d("2024-02-27"))).isEqualTo(d("2024-03-01"));
    }

    @Test
    void payoutOnTheDayOnWhichSevenDaysHavePassedFromSending() {
        // the rules file's example: sent 4/4 is day 1 → day 7 is 4/10 → 7 days have passed on 4/11
        assertThat(DistributionSchedule.payoutDate(d("2026-04-04"))).isEqualTo(d("2026-04-11"));
        // sent 8/2 → 8/9
        assertThat(DistributionSchedule.payoutDate(d("2025-08-02"))).isEqualTo(d("2025-08-09"));
        // sent 12/28/2025 → 1/4/2026
        assertThat(DistributionSchedule.payoutDate(d("2025-12-28"))).isEqualTo(d("2026-01-04"));
        // sent 2/24/2024 → 3/2/2024 (29 Feb counted); 2/24/2025 → 3/3/2025
        assertThat(DistributionSchedule.payoutDate(d("2024-02-24"))).isEqualTo(d("2024-03-02"));
        assertThat(DistributionSchedule.payoutDate(d("2025-02-24"))).isEqualTo(d("2025-03-03"));
    }

    @Test
    void nullsAreRejectedByName() {
        assertThatThrownBy(() -> DistributionSchedule.statementDeadline(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("paymentReceivedOn:");
        assertThatThrownBy(() -> DistributionSchedule.payoutDate(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("statementSentOn:");
    }
}
