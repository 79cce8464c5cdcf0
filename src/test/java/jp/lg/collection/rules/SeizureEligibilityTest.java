package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SeizureEligibilityTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void tenthDayCountsTheIssueDayAsDayOne() {
        // issued 6/1: 6/1 is day 1 → day 10 is 6/1 + 9 = 6/10
        assertThat(SeizureEligibility.tenthDay(d("2025-06-01"))).isEqualTo(d("2025-06-10"));
    }

    @Test
    void theDayOnWhichTenDaysHavePassedIsTheLastDayToPay() {
        // the rules file's example: issued 6/1 → day 10 is 6/10 → 10 days have passed on 6/11 (issue + 10)
        assertThat(SeizureEligibility.lastDayToPay(d("2025-06-01"))).isEqualTo(d("2025-06-11"));
    }

    @Test
    void seizureIsLawfulFromTheDayAfterTheLastDayToPay() {
        // issued 6/1 → pay by 6/11 → seizure lawful from 6/12 (issue + 11)
        assertThat(SeizureEligibility.eligibleFrom(d("2025-06-01"))).isEqualTo(d("2025-06-12"));
    }

    @Test
    void boundaryAroundTheLastDayToPay() {
        LocalDate issued = d("2025-06-01");
        assertThat(SeizureEligibility.allowsSeizureOn(issued, d("2025-06-10"))).isFalse(); // the 10th day
        assertThat(SeizureEligibility.allowsSeizureOn(issued, d("2025-06-11"))).isFalse(); // 10 days have passed: still payable
        assertThat(SeizureEligibility.allowsSeizureOn(issued, d("2025-06-12"))).isTrue();
        assertThat(SeizureEligibility.allowsSeizureOn(issued, d("2026-06-12"))).isTrue();
    }

    @Test
    void issueDayItselfDoesNotAllowSeizure() {
        assertThat(SeizureEligibility.allowsSeizureOn(d("2025-06-01"), d("2025-06-01"))).isFalse();
    }

    @Test
    void acrossFebruaryOfALeapYear() {
        // issued 2/25/2024: day 10 = 2/25 + 9 = 3/5 (29 Feb counted); pay by 3/6; seizure from 3/7
        assertThat(SeizureEligibility.tenthDay(d("2024-02-25"))).isEqualTo(d("2024-03-05"));
        assertThat(SeizureEligibility.lastDayToPay(d("2024-02-25"))).isEqualTo(d("2024-03-06"));
        assertThat(SeizureEligibility.eligibleFrom(d("2024-02-25"))).isEqualTo(d("2024-03-07"));
        // non-leap: 2/25/2025 + 9 = 3/6; from 3/7
        assertThat(SeizureEligibility.tenthDay(d("2025-02-25"))).isEqualTo(d("2025-03-06"));
    }

    @Test
    void acrossTheYearEnd() {
        // issued 12/25/2025: day 10 = 1/3/2026; pay by 1/4; seizure from 1/5/2026
        assertThat(SeizureEligibility.tenthDay(d("2025-12-25"))).isEqualTo(d("2026-01-03"));
        assertThat(SeizureEligibility.eligibleFrom(d("2025-12-25"))).isEqualTo(d("2026-01-05"));
    }

    @Test
    void noDunningNoSeizure() {
        assertThat(SeizureEligibility.allowsSeizureOn(null, d("2030-01-01"))).isFalse();
    }

    @Test
    void nullsAreRejectedByName() {
        assertThatThrownBy(() -> SeizureEligibility.tenthDay(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dunningIssuedOn:");
        assertThatThrownBy(() -> SeizureEligibility.lastDayToPay(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dunningIssuedOn:");
        assertThatThrownBy(() -> SeizureEligibility.eligibleFrom(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dunningIssuedOn:");
        assertThatThrownBy(() -> SeizureEligibility.allowsSeizureOn(d("2025-06-01"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("day:");
    }
}
