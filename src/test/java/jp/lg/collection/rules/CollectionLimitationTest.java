package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

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
    void dunningRestartsTheDayAfterTenDaysHavePassed() {
        // the example: issued 2020-06-15 → 10 days have passed on 6/25 (issue + 10) → the new 5 years
        // run 2020-06-26 … 2025-06-25 → still collectable on 2025-06-25, extinguished from 2025-06-26
        LocalDate restart = CollectionLimitation.restartAfterDunning(d("2020-06-15"));
        assertThat(restart).isEqualTo(d("2020-06-26"));
        LocalDate gone = CollectionLimitation.extinguishedOn(restart);
        assertThat(gone).isEqualTo(d("2025-06-26"));
        assertThat(CollectionLimitation.acceptsPaymentOn(gone, d("2025-06-25"))).isTrue();
        assertThat(CollectionLimitation.acceptsPaymentOn(gone, d("2025-06-26"))).isFalse();
        // issued 6/10/2020 → restart 6/21/2020 → gone from 6/21/2025
        assertThat(CollectionLimitation.restartAfterDunning(d("2020-06-10"))).isEqualTo(d("2020-06-21"));
    }

    @Test
    void dunningRestartAcrossTheYearEnd() {
        // issued 12/25/2025 → 10 days have passed on 1/4/2026 → restart 1/5/2026
        assertThat(CollectionLimitation.restartAfterDunning(d("2025-12-25"))).isEqualTo(d("2026-01-05"));
    }

    @Test
    void ofTwoRestartsTheLaterWins() {
        // dunned 2020-06-15 → period from 6/26; an acknowledgement on 6/20 would restart it on 6/21: it does not
        LocalDate afterDunning = CollectionLimitation.restartAfterDunning(d("2020-06-15"));
        LocalDate afterPledge = CollectionLimitation.restartAfterAcknowledgement(d("2020-06-20"));
        assertThat(CollectionLimitation.restarts(afterDunning, afterPledge)).isFalse();
        assertThat(CollectionLimitation.restarts(afterDunning, afterDunning)).isFalse();
        // a pledge on 2021-03-01 does: 3/2/2021 is later
        assertThat(CollectionLimitation.restarts(afterDunning, d("2021-03-02"))).isTrue();
        assertThat(CollectionLimitation.restarts(null, d("2021-03-02"))).isTrue();
    }

    @Test
    void aHistoryWithoutEventsEndsFiveYearsFromItsStart() {
        assertThat(CollectionLimitation.extinguishedOn(LimitationHistory.startingOn(d("2020-06-26"))))
                .contains(d("2025-06-26"));
    }

    @Test
    void aStandingSeizureNeverLetsTheDebtLapse() {
        // real estate seized 2022-01-10 and never released: not extinguished, however long it stands
        LimitationHistory h = new LimitationHistory(d("2020-06-01"),
                List.of(new LimitationHistory.Enforcement(d("2022-01-10"), null)), List.of(), List.of());
        assertThat(CollectionLimitation.extinguishedOn(h)).isEmpty();
    }

    @Test
    void anEndedSeizureRestartsThePeriodTheNextDay() {
        // start 2020-06-01 (would end 2025-06-01); seized 2021-03-01, released 2023-09-30 → new period from
        // 2023-10-01 → extinguished from 2028-10-01
        LimitationHistory h = new LimitationHistory(d("2020-06-01"),
                List.of(new LimitationHistory.Enforcement(d("2021-03-01"), d("2023-09-30"))), List.of(), List.of());
        assertThat(CollectionLimitation.extinguishedOn(h)).contains(d("2028-10-01"));
        // a 交付要求 served 2024-02-01 and satisfied by a distribution on 2024-05-15 → from 2024-05-16 → 2029-05-16
        LimitationHistory demand = new LimitationHistory(d("2020-06-01"),
                List.of(new LimitationHistory.Enforcement(d("2024-02-01"), d("2024-05-15"))), List.of(), List.of());
        assertThat(CollectionLimitation.extinguishedOn(demand)).contains(d("2029-05-16"));
    }

    @Test
    void anEnforcementEndedBeforeALaterRestartChangesNothing() {
        // seizure 2020-07-01 … 2020-08-31 would restart on 9/1/2020; the recorded start 2021-03-02 (a pledge) is later
        LimitationHistory h = new LimitationHistory(d("2021-03-02"),
                List.of(new LimitationHistory.Enforcement(d("2020-07-01"), d("2020-08-31"))), List.of(), List.of());
        assertThat(CollectionLimitation.extinguishedOn(h)).contains(d("2026-03-02"));
    }

    @Test
    void anEnforcementAfterTheExtinctionRevivesNothing() {
        LimitationHistory standing = new LimitationHistory(d("2020-06-01"),
                List.of(new LimitationHistory.Enforcement(d("2025-06-01"), null)), List.of(), List.of());
        assertThat(CollectionLimitation.extinguishedOn(standing)).contains(d("2025-06-01"));
    }

    @Test
    void thePeriodDoesNotRunDuringAGrace() {
        // start 2020-06-01; 徴収猶予 2021-01-01 … 2021-12-31 (365 days) → 2025-06-01 + 365 days = 2026-06-01
        LimitationHistory h = new LimitationHistory(d("2020-06-01"), List.of(),
                List.of(new LimitationHistory.Grace(d("2021-01-01"), d("2021-12-31"))), List.of());
        assertThat(CollectionLimitation.extinguishedOn(h)).contains(d("2026-06-01"));
        // a grace begun before the start counts from the start: 6/1 … 6/30 = 30 days → 2025-07-01
        LimitationHistory early = new LimitationHistory(d("2020-06-01"), List.of(),
                List.of(new LimitationHistory.Grace(d("2020-05-01"), d("2020-06-30"))), List.of());
        assertThat(CollectionLimitation.extinguishedOn(early)).contains(d("2025-07-01"));
        // two overlapping graces count each day once: 1/1 … 3/31 and 3/1 … 4/30/2021 = 120 days → 2025-09-29
        LimitationHistory overlapping = new LimitationHistory(d("2020-06-01"), List.of(),
                List.of(new LimitationHistory.Grace(d("2021-01-01"), d("2021-03-31")),
                        new LimitationHistory.Grace(d("2021-03-01"), d("2021-04-30"))), List.of());
        assertThat(CollectionLimitation.extinguishedOn(overlapping)).contains(d("2025-09-29"));
    }

    @Test
    void aReminderInTheLastSixMonthsDefersCompletionOnce() {
        // would be gone 2025-06-01; a reminder 2025-05-20 → gone from 2025-11-21
        LimitationHistory h = new LimitationHistory(d("2020-06-01"), List.of(), List.of(), List.of(d("2025-05-20")));
        assertThat(CollectionLimitation.extinguishedOn(h)).contains(d("2025-11-21"));
    }

    @Test
    void aReminderDuringAnotherReminderDeferralHasNoEffect() {
        // 2025-01-10 defers until 2025-07-10 (gone 7/11); 2025-05-20 falls in that deferral: no effect (民法150②)
        assertThat(CollectionLimitation.completionDeferredByReminders(d("2025-06-01"), d("2020-06-01"),
                List.of(d("2025-05-20"), d("2025-01-10")))).isEqualTo(d("2025-07-11"));
        // 2024-10-01's deferral ended 2025-04-01; 2025-05-20 is outside it and defers to 2025-11-20 → gone 11/21
        assertThat(CollectionLimitation.completionDeferredByReminders(d("2025-06-01"), d("2020-06-01"),
                List.of(d("2024-10-01"), d("2025-05-20")))).isEqualTo(d("2025-11-21"));
        // a reminder before the present period's start belongs to an earlier period
        assertThat(CollectionLimitation.completionDeferredByReminders(d("2025-06-01"), d("2025-05-21"),
                List.of(d("2025-05-20")))).isEqualTo(d("2025-06-01"));
        // none: unchanged
        assertThat(CollectionLimitation.completionDeferredByReminders(d("2025-06-01"), d("2020-06-01"), List.of()))
                .isEqualTo(d("2025-06-01"));
    }

    @Test
    void graceThenReminder() {
        // start 2020-06-01, grace 2021-01-01 … 2021-01-31 (31 days) → gone 2025-07-02; reminder 2025-06-15 → from
        // 6/16 six months end 12/15 → gone from 2025-12-16
        LimitationHistory h = new LimitationHistory(d("2020-06-01"), List.of(),
                List.of(new LimitationHistory.Grace(d("2021-01-01"), d("2021-01-31"))), List.of(d("2025-06-15")));
        assertThat(CollectionLimitation.extinguishedOn(h)).contains(d("2025-12-16"));
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
        assertThatThrownBy(() -> CollectionLimitation.extinguishedOn((LocalDate) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("periodStart:");
        assertThatThrownBy(() -> CollectionLimitation.restartAfterDunning(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dunningIssuedOn:");
        assertThatThrownBy(() -> CollectionLimitation.restartAfterAcknowledgement(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("acknowledgedOn:");
        assertThatThrownBy(() -> CollectionLimitation.completionDeferredByReminder(null, d("2025-01-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("extinguishedOn:");
        assertThatThrownBy(() -> CollectionLimitation.completionDeferredByReminder(d("2025-01-01"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reminderOn:");
        assertThatThrownBy(() -> CollectionLimitation.extinguishedOn((LimitationHistory) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("history:");
        assertThatThrownBy(() -> new LimitationHistory.Enforcement(d("2025-01-02"), d("2025-01-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("endedOn:");
        assertThatThrownBy(() -> CollectionLimitation.acceptsPaymentOn(d("2025-01-01"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("day:");
    }
}
