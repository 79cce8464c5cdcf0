package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CollectionLimitationTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void periodStartsTheDayAfterTheStatutoryDueDate() {
        assertThat(CollectionLimitation.periodStart(d("2020-05-31"))).isEqualTo(d("2020-06-01"));
        assertThat(CollectionLimitation.periodStart(d("2020-12-31"))).isEqualTo(d("2021-01-01"));
        assertThat(CollectionLimitation.periodStart(d("2024-02-28"))).isEqualTo(d("2024-02-29"));
    }

    @Test
    void extinguishedFiveYearsAfterTheStart() {
        // start 6/1/2020 → 5 years end 5/31/2025 → gone from 6/1/2025
        assertThat(CollectionLimitation.extinguishedOn(d("2020-06-01"))).isEqualTo(d("2025-06-01"));
        // start 1/1/2021 → gone from 1/1/2026
        assertThat(CollectionLimitation.extinguishedOn(d("2021-01-01"))).isEqualTo(d("2026-01-01"));
    }

    @Test
    void startOn29FebruaryEndsAtTheEndOfFebruary() {
        // start 2/29/2024: 2029 has no 2/29 → period ends 2/28/2029 (民法143②ただし書) → gone from 3/1/2029
        assertThat(CollectionLimitation.extinguishedOn(d("2024-02-29"))).isEqualTo(d("2029-03-01"));
        // start 2/28/2024 → ends 2/27/2029 → gone from 2/28/2029
        assertThat(CollectionLimitation.extinguishedOn(d("2024-02-28"))).isEqualTo(d("2029-02-28"));
        // start 3/1/2024 → ends 2/28/2029 → gone from 3/1/2029
        assertThat(CollectionLimitation.extinguishedOn(d("2024-03-01"))).isEqualTo(d("2029-03-01"));
    }

    @Test
    void paymentAcceptedUntilTheDayBeforeExtinction() {
        LocalDate gone = CollectionLimitation.extinguishedOn(CollectionLimitation.periodStart(d("2020-05-31")));
        assertThat(gone).isEqualTo(d("2025-06-01"));
        assertThat(CollectionLimitation.acceptsPaymentOn(gone, d("2025-05-30"))).isTrue();
        assertThat(CollectionLimitation.acceptsPaymentOn(gone, d("2025-05-31"))).isTrue();
        assertThat(CollectionLimitation.acceptsPaymentOn(gone, d("2025-06-01"))).isFalse();
        assertThat(CollectionLimitation.acceptsPaymentOn(gone, d("2025-06-02"))).isFalse();
    }

    @Test
    void dunningRestartsAfterTheTenthDay() {
        // issued 6/10/2020: 10th day 6/19 → new period from 6/20/2020 → gone from 6/20/2025
        LocalDate restart = CollectionLimitation.restartAfterDunning(d("2020-06-10"));
        assertThat(restart).isEqualTo(d("2020-06-20"));
        assertThat(CollectionLimitation.extinguishedOn(restart)).isEqualTo(d("2025-06-20"));
    }

    @Test
    void dunningRestartAcrossTheYearEnd() {
        // issued 12/25/2025 → 10th day 1/3/2026 → restart 1/4/2026
        assertThat(CollectionLimitation.restartAfterDunning(d("2025-12-25"))).isEqualTo(d("2026-01-04"));
    }

    @Test
    void acknowledgementRestartsTheNextDay() {
        // pledge on 3/15/2023 → new period from 3/16/2023 → gone from 3/16/2028
        LocalDate restart = CollectionLimitation.restartAfterAcknowledgement(d("2023-03-15"));
        assertThat(restart).isEqualTo(d("2023-03-16"));
        assertThat(CollectionLimitation.extinguishedOn(restart)).isEqualTo(d("2028-03-16"));
    }

    @Test
    void reminderDefersCompletionBySixMonths() {
        // would be gone 6/1/2025; reminder 5/20/2025 → 6 months counted from 5/21 end 11/20 → gone from 11/21/2025
        assertThat(CollectionLimitation.completionDeferredByReminder(d("2025-06-01"), d("2025-05-20")))
                .isEqualTo(d("2025-11-21"));
    }

    @Test
    void reminderOnTheLastDayStillDefers() {
        // last day of the period 5/31/2025 → 6 months from 6/1 end 11/30 → gone from 12/1/2025
        assertThat(CollectionLimitation.completionDeferredByReminder(d("2025-06-01"), d("2025-05-31")))
                .isEqualTo(d("2025-12-01"));
    }

    @Test
    void reminderOnOrAfterExtinctionHasNoEffect() {
        assertThat(CollectionLimitation.completionDeferredByReminder(d("2025-06-01"), d("2025-06-01")))
                .isEqualTo(d("2025-06-01"));
        assertThat(CollectionLimitation.completionDeferredByReminder(d("2025-06-01"), d("2025-09-01")))
                .isEqualTo(d("2025-06-01"));
    }

    @Test
    void earlyReminderDoesNotShortenThePeriod() {
        // reminder 1/10/2023 → 6 months end 7/10/2023, long before 6/1/2025: unchanged
        assertThat(CollectionLimitation.completionDeferredByReminder(d("2025-06-01"), d("2023-01-10")))
                .isEqualTo(d("2025-06-01"));
    }

    @Test
    void reminderDeferralEndsAtTheEndOfAShortMonth() {
        // reminder 8/30/2025 → counted from 8/31 → no 2/31 → ends 2/28/2026 → gone from 3/1/2026
        assertThat(CollectionLimitation.completionDeferredByReminder(d("2025-09-01"), d("2025-08-30")))
                .isEqualTo(d("2026-03-01"));
        // reminder 8/30/2023 → from 8/31 → ends 2/29/2024 (leap) → gone from 3/1/2024
        assertThat(CollectionLimitation.completionDeferredByReminder(d("2023-09-01"), d("2023-08-30")))
                .isEqualTo(d("2024-03-01"));
    }

    @Test
    void nullsAreRejectedByName() {
        assertThatThrownBy(() -> CollectionLimitation.periodStart(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("statutoryDueDate:");
        assertThatThrownBy(() -> CollectionLimitation.extinguishedOn(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("periodStart:");
        assertThatThrownBy(() -> CollectionLimitation.restartAfterDunning(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dunningIssuedOn:");
        assertThatThrownBy(() -> CollectionLimitation.restartAfterAcknowledgement(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("acknowledgedOn:");
        assertThatThrownBy(() -> CollectionLimitation.completionDeferredByReminder(null, d("2025-01-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("extinguishedOn:");
        assertThatThrownBy(() -> CollectionLimitation.completionDeferredByReminder(d("2025-01-01"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reminderOn:");
        assertThatThrownBy(() -> CollectionLimitation.acceptsPaymentOn(d("2025-01-01"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("day:");
    }
}
