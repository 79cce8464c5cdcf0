package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WageSeizureLimitTest {

    @Test
    void typicalMonthWithOneHouseholdMember() {
        // living = 100,000 + 45,000 × 1 = 145,000
        // rest = 300,000 − (6,000 + 12,000 + 45,000) − 145,000 = 92,000 → 20 % = 18,400 (cap 290,000)
        // exempt = 63,000 + 145,000 + 18,400 = 226,400; seizable = 300,000 − 226,400 = 73,600
        WageSeizureResult r = WageSeizureLimit.compute(new MonthlyWage(300_000, 6_000, 12_000, 45_000, 1));
        assertThat(r).isEqualTo(new WageSeizureResult(226_400, 73_600, 145_000, 18_400));
    }

    @ParameterizedTest(name = "{0} members → living allowance {1}")
    @CsvSource({"0, 100000", "1, 145000", "2, 190000", "3, 235000", "10, 550000"})
    void livingAllowanceIs100000Plus45000PerMember(int members, long living) {
        // 100,000 + 45,000 × members
        assertThat(WageSeizureLimit.compute(new MonthlyWage(0, 0, 0, 0, members)).livingAllowance()).isEqualTo(living);
    }

    @Test
    void twentyPercentPartIsTruncatedToTheYen() {
        // as the typical month but gross 300,003: rest 92,003 × 20 % = 18,400.6 → 18,400
        // exempt 226,400; seizable 300,003 − 226,400 = 73,603
        WageSeizureResult r = WageSeizureLimit.compute(new MonthlyWage(300_003, 6_000, 12_000, 45_000, 1));
        assertThat(r.twentyPercentPart()).isEqualTo(18_400);
        assertThat(r.seizable()).isEqualTo(73_603);
    }

    @Test
    void twentyPercentPartAtTheCapBoundary() {
        // no members: living 100,000, cap 2 × 100,000 = 200,000
        // rest = 1,100,000 − 100,000 = 1,000,000 → 20 % = 200,000 = cap exactly
        WageSeizureResult atCap = WageSeizureLimit.compute(new MonthlyWage(1_100_000, 0, 0, 0, 0));
        assertThat(atCap).isEqualTo(new WageSeizureResult(300_000, 800_000, 100_000, 200_000));
        // rest 1,000,005 → 200,001 → capped at 200,000; exempt 300,000; seizable 800,005
        WageSeizureResult over = WageSeizureLimit.compute(new MonthlyWage(1_100_005, 0, 0, 0, 0));
        assertThat(over).isEqualTo(new WageSeizureResult(300_000, 800_005, 100_000, 200_000));
        // rest 999,995 → 199,999 (below the cap); exempt 299,999; seizable 799,996
        WageSeizureResult under = WageSeizureLimit.compute(new MonthlyWage(1_099_995, 0, 0, 0, 0));
        assertThat(under).isEqualTo(new WageSeizureResult(299_999, 799_996, 100_000, 199_999));
    }

    @Test
    void highEarnerIsCapped() {
        // taxes + SI = 300,000 + 100,000 + 150,000 = 550,000; living 100,000
        // rest = 2,000,000 − 550,000 − 100,000 = 1,350,000 → 20 % = 270,000 → cap 200,000
        // exempt = 550,000 + 100,000 + 200,000 = 850,000; seizable = 1,150,000
        WageSeizureResult r = WageSeizureLimit.compute(new MonthlyWage(2_000_000, 300_000, 100_000, 150_000, 0));
        assertThat(r).isEqualTo(new WageSeizureResult(850_000, 1_150_000, 100_000, 200_000));
    }

    @Test
    void lowWageLeavesNothingToSeize() {
        // rest = 100,000 − 10,000 − 100,000 = −10,000 → 0; exempt 110,000 > gross → seizable 0
        WageSeizureResult r = WageSeizureLimit.compute(new MonthlyWage(100_000, 0, 0, 10_000, 0));
        assertThat(r).isEqualTo(new WageSeizureResult(110_000, 0, 100_000, 0));
    }

    @Test
    void grossExactlyAtTheExemptLevel() {
        // rest = 115,000 − 15,000 − 100,000 = 0 → exempt 115,000 → seizable 0
        assertThat(WageSeizureLimit.compute(new MonthlyWage(115_000, 0, 0, 15_000, 0)).seizable()).isZero();
        // one yen more: rest 1 → 20 % = 0.2 → 0; exempt 115,000 → seizable 1
        assertThat(WageSeizureLimit.compute(new MonthlyWage(115_001, 0, 0, 15_000, 0)).seizable()).isEqualTo(1);
    }

    @Test
    void severalPayersAreTotalledBeforeTheLimit() {
        // A: 200,000 / 3,000 / 8,000 / 30,000; B: 100,000 / 3,000 / 4,000 / 15,000; 1 member
        // total 300,000 / 6,000 / 12,000 / 45,000 → as the typical month: seizable 73,600
        List<MonthlyWage> payers = List.of(
                new MonthlyWage(200_000, 3_000, 8_000, 30_000, 1),
                new MonthlyWage(100_000, 3_000, 4_000, 15_000, 1));
        assertThat(WageSeizureLimit.compute(payers)).isEqualTo(new WageSeizureResult(226_400, 73_600, 145_000, 18_400));
        // separately the living allowance would be counted twice: A 11,200 + B 0 = 11,200 only
        // (A: rest 200,000 − 41,000 − 145,000 = 14,000 → 2,800; exempt 188,800; seizable 11,200)
        assertThat(WageSeizureLimit.compute(payers.get(0)).seizable()
                + WageSeizureLimit.compute(payers.get(1)).seizable()).isEqualTo(11_200);
    }

    @Test
    void singlePayerListEqualsSingleCompute() {
        MonthlyWage w = new MonthlyWage(412_345, 9_870, 21_500, 60_321, 2);
        assertThat(WageSeizureLimit.compute(List.of(w))).isEqualTo(WageSeizureLimit.compute(w));
    }

    @Test
    void payersMustAgreeOnTheHousehold() {
        assertThatThrownBy(() -> WageSeizureLimit.compute(List.of(
                new MonthlyWage(1, 0, 0, 0, 1), new MonthlyWage(1, 0, 0, 0, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("payers: householdMembers");
    }

    @Test
    void emptyOrNullInputIsRejected() {
        assertThatThrownBy(() -> WageSeizureLimit.compute(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("payers: must not be empty");
        assertThatThrownBy(() -> WageSeizureLimit.compute((List<MonthlyWage>) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("payers:");
        assertThatThrownBy(() -> WageSeizureLimit.compute((MonthlyWage) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("wage:");
    }

    @Test
    void negativeAmountsAreRejectedByName() {
        assertThatThrownBy(() -> new MonthlyWage(-1, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("gross: must not be negative");
        assertThatThrownBy(() -> new MonthlyWage(0, -1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("incomeTax:");
        assertThatThrownBy(() -> new MonthlyWage(0, 0, -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("residentTax:");
        assertThatThrownBy(() -> new MonthlyWage(0, 0, 0, -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("socialInsurance:");
        assertThatThrownBy(() -> new MonthlyWage(0, 0, 0, 0, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("householdMembers:");
    }
}
