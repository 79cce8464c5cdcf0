package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LateChargeRuleTest {

    private final LateChargeRule rule = new LateChargeRule(RulesFileRates.TABLE);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** One segment as a readable line: "from..to days base @rate = amount label". */
    private static String line(LateChargeSegment s) {
        return s.from() + ".." + s.to() + " " + s.days() + "d " + s.base() + " @" + s.ratePercent().toPlainString()
                + " = " + s.amount() + " " + s.label();
    }

    private static List<String> lines(List<LateChargeSegment> segments) {
        return segments.stream().map(LateChargeRuleTest::line).toList();
    }

    @Nested
    class FirstMonthEndsPerCivilCode143 {

        @Test
        void dueOn31MayEndsOn30June() {
            // S = 6/1 (the first of a month) → the month ends 6/30 (民法143①)
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-07-15"));
            assertThat(r.segments().get(0).from()).isEqualTo(d("2025-06-01"));
            assertThat(r.segments().get(0).to()).isEqualTo(d("2025-06-30"));
            assertThat(r.segments().get(1).from()).isEqualTo(d("2025-07-01"));
        }

        @Test
        void dueOn2FebruaryEndsOn2March() {
            // S = 2/3 → corresponding day 3/3 → ends the day before, 3/2 (28 days in 2022)
            LateChargeResult r = rule.compute(1_000_000, d("2022-02-02"), d("2022-04-01"));
            assertThat(line(r.segments().get(0)))
                    .startsWith("2022-02-03..2022-03-02 28d");
        }

        @Test
        void dueOn30JuneEndsOn31July() {
            // S = 7/1 → ends 7/31
            LateChargeResult r = rule.compute(1_000_000, d("2025-06-30"), d("2025-09-01"));
            assertThat(line(r.segments().get(0))).startsWith("2025-07-01..2025-07-31 31d");
        }

        @Test
        void dueOn30January2024EndsOn29FebruaryOfTheLeapYear() {
            // S = 1/31 → February has no 31st → ends at the end of February, 2/29 (民法143②ただし書); 30 days
            LateChargeResult r = rule.compute(1_000_000, d("2024-01-30"), d("2024-04-01"));
            assertThat(line(r.segments().get(0))).startsWith("2024-01-31..2024-02-29 30d");
        }

        @Test
        void dueOn28January2023EndsOn28FebruaryWhenThereIsNo29th() {
            // S = 1/29/2023 → no 2/29 in 2023 → ends 2/28 (31 days)
            LateChargeResult r = rule.compute(1_000_000, d("2023-01-28"), d("2023-04-01"));
            assertThat(line(r.segments().get(0))).startsWith("2023-01-29..2023-02-28 31d");
        }

        @Test
        void dueOn28January2024EndsOn28FebruaryWhen29thExists() {
            // S = 1/29/2024 → 2/29 exists → ends the day before, 2/28 (31 days)
            LateChargeResult r = rule.compute(1_000_000, d("2024-01-28"), d("2024-04-01"));
            assertThat(line(r.segments().get(0))).startsWith("2024-01-29..2024-02-28 31d");
        }

        @Test
        void dueOn30MarchEndsOn30April() {
            // S = 3/31 → April has no 31st → ends 4/30
            LateChargeResult r = rule.compute(1_000_000, d("2025-03-30"), d("2025-06-01"));
            assertThat(line(r.segments().get(0))).startsWith("2025-03-31..2025-04-30 31d");
        }

        @Test
        void paidOnTheLastDayOfTheFirstMonthHasOnlyTheFirstMonthSegment() {
            // due 2/2/2022, paid 3/2: 1,000,000 × 2.4% × 28 / 365 = 1,841.09 → 1,841 → 1,800
            LateChargeResult r = rule.compute(1_000_000, d("2022-02-02"), d("2022-03-02"));
            assertThat(lines(r.segments())).containsExactly(
                    "2022-02-03..2022-03-02 28d 1000000 @2.4 = 1841 納期限の翌日から1月");
            assertThat(r.lateCharge()).isEqualTo(1_800);
        }

        @Test
        void paidOnTheDayAfterTheFirstMonthAddsOneDayAtTheLaterRate() {
            // 1,841 (as above) + 1,000,000 × 8.7% × 1 / 365 = 238.35 → 238; 2,079 → 2,000
            LateChargeResult r = rule.compute(1_000_000, d("2022-02-02"), d("2022-03-03"));
            assertThat(lines(r.segments())).containsExactly(
                    "2022-02-03..2022-03-02 28d 1000000 @2.4 = 1841 納期限の翌日から1月",
                    "2022-03-03..2022-03-03 1d 1000000 @8.7 = 238 1月経過後");
            assertThat(r.totalBeforeRounding()).isEqualTo(2_079);
            assertThat(r.lateCharge()).isEqualTo(2_000);
        }

        @Test
        void dueOn30JunePaidOn31JulyAnd1August() {
            // 7/1–7/31: 1,000,000 × 2.4% × 31 / 365 = 2,038.35 → 2,038 → 2,000
            assertThat(rule.compute(1_000_000, d("2025-06-30"), d("2025-07-31")).lateCharge()).isEqualTo(2_000);
            // + 8/1: 1,000,000 × 8.7% × 1 / 365 = 238.35 → 238; 2,276 → 2,200
            LateChargeResult r = rule.compute(1_000_000, d("2025-06-30"), d("2025-08-01"));
            assertThat(r.totalBeforeRounding()).isEqualTo(2_276);
            assertThat(r.lateCharge()).isEqualTo(2_200);
        }
    }

    @Nested
    class PaymentDayBoundaries {

        @Test
        void paidOnTheDueDateIsOnTime() {
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-05-31"));
            assertThat(r).isEqualTo(new LateChargeResult(0, 0, List.of(), List.of()));
        }

        @Test
        void paidBeforeTheDueDateIsOnTime() {
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-05-30"));
            assertThat(r.lateCharge()).isZero();
            assertThat(r.segments()).isEmpty();
        }

        @Test
        void paidTheDayAfterTheDueDateCountsThatDay() {
            // 6/1 only: 1,000,000 × 2.4% × 1 / 365 = 65.75 → 65 → under 1,000 → 0
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-06-01"));
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-01 1d 1000000 @2.4 = 65 納期限の翌日から1月");
            assertThat(r.totalBeforeRounding()).isEqualTo(65);
            assertThat(r.lateCharge()).isZero();
        }
    }

    @Nested
    class WorkedAmounts {

        @Test
        void oneMonthOnAMillion() {
            // 1,000,000 × 2.4% × 30 / 365 = 1,972.60 → 1,972 → 1,900
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-06-30"));
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-30 30d 1000000 @2.4 = 1972 納期限の翌日から1月");
            assertThat(r.lateCharge()).isEqualTo(1_900);
        }

        @Test
        void fourMonthsLate() {
            // 500,000 × 2.4% × 30 / 365 = 986.30 → 986
            // 500,000 × 8.7% × 92 / 365 = 10,964.38 → 10,964 (7/1–9/30)
            // 986 + 10,964 = 11,950 → 11,900
            LateChargeResult r = rule.compute(500_000, d("2025-05-31"), d("2025-09-30"));
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-30 30d 500000 @2.4 = 986 納期限の翌日から1月",
                    "2025-07-01..2025-09-30 92d 500000 @8.7 = 10964 1月経過後");
            assertThat(r.totalBeforeRounding()).isEqualTo(11_950);
            assertThat(r.lateCharge()).isEqualTo(11_900);
            assertThat(r.exemptions()).isEmpty();
        }

        @Test
        void yearBoundaryInsideTheFirstMonthChangesTheRate() {
            // base 1,234,567 → 1,234,000; due 12/15/2025, S = 12/16, first month to 1/15/2026
            // 12/16–12/31 (2025): 1,234,000 × 2.4% × 16 / 365 = 1,298.23 → 1,298
            // 1/1–1/15   (2026): 1,234,000 × 2.8% × 15 / 365 = 1,419.94 → 1,419
            // 1/16–3/31  (2026): 1,234,000 × 9.1% × 75 / 365 = 23,074.10 → 23,074
            // 1,298 + 1,419 + 23,074 = 25,791 → 25,700
            LateChargeResult r = rule.compute(1_234_567, d("2025-12-15"), d("2026-03-31"));
            assertThat(lines(r.segments())).containsExactly(
                    "2025-12-16..2025-12-31 16d 1234000 @2.4 = 1298 納期限の翌日から1月",
                    "2026-01-01..2026-01-15 15d 1234000 @2.8 = 1419 納期限の翌日から1月",
                    "2026-01-16..2026-03-31 75d 1234000 @9.1 = 23074 1月経過後");
            assertThat(r.totalBeforeRounding()).isEqualTo(25_791);
            assertThat(r.lateCharge()).isEqualTo(25_700);
        }

        @Test
        void leapYearFirstMonthCounts29February() {
            // 1/31–2/29/2024: 300,000 × 2.4% × 30 / 365 = 591.78 → 591
            // 3/1–3/31/2024:  300,000 × 8.7% × 31 / 365 = 2,216.71 → 2,216
            // 591 + 2,216 = 2,807 → 2,800
            LateChargeResult r = rule.compute(300_000, d("2024-01-30"), d("2024-03-31"));
            assertThat(lines(r.segments())).containsExactly(
                    "2024-01-31..2024-02-29 30d 300000 @2.4 = 591 納期限の翌日から1月",
                    "2024-03-01..2024-03-31 31d 300000 @8.7 = 2216 1月経過後");
            assertThat(r.lateCharge()).isEqualTo(2_800);
        }

        @Test
        void twoYearsLateAcrossALeapYearStillDividesBy365() {
            // 2023, 2024 and 2025 share 8.7 %: one line across both 1 Januaries (split only where the rate changes)
            // 100,000 × 2.4% × 30 / 365 = 197.26 → 197           (6/1–6/30/2023)
            // 100,000 × 8.7% × 701 / 365 = 16,708.76 → 16,708   (7/1/2023–5/31/2025: 184 + 366 + 151 days, over 365)
            // 197 + 16,708 = 16,905 → 16,900
            LateChargeResult r = rule.compute(100_000, d("2023-05-31"), d("2025-05-31"));
            assertThat(lines(r.segments())).containsExactly(
                    "2023-06-01..2023-06-30 30d 100000 @2.4 = 197 納期限の翌日から1月",
                    "2023-07-01..2025-05-31 701d 100000 @8.7 = 16708 1月経過後");
            assertThat(r.totalBeforeRounding()).isEqualTo(16_905);
            assertThat(r.lateCharge()).isEqualTo(16_900);
        }

        @Test
        void firstJanuarySplitsOnlyWhereTheRateChanges() {
            // 2015 and 2016 share 2.8 / 9.1; 2017 has 2.7 / 9.0. 1,000,000 due 10/31/2015, paid 3/31/2017:
            // 11/1–11/30/2015      @2.8 30d  = 2,301.36 → 2,301
            // 12/1/2015–12/31/2016 @9.1 397d = 98,978.08 → 98,978 (no split at 1/1/2016: same rate)
            // 1/1–3/31/2017        @9.0 90d  = 22,191.78 → 22,191 (split: the rate changes)
            // 2,301 + 98,978 + 22,191 = 123,470 → 123,400
            LateChargeResult r = rule.compute(1_000_000, d("2015-10-31"), d("2017-03-31"));
            assertThat(lines(r.segments())).containsExactly(
                    "2015-11-01..2015-11-30 30d 1000000 @2.8 = 2301 納期限の翌日から1月",
                    "2015-12-01..2016-12-31 397d 1000000 @9.1 = 98978 1月経過後",
                    "2017-01-01..2017-03-31 90d 1000000 @9.0 = 22191 1月経過後");
            assertThat(r.lateCharge()).isEqualTo(123_400);
        }

        @Test
        void laterRateChangesOn1January2026() {
            // 2,000,000; due 5/31/2025, paid 2/28/2026
            // 6/1–6/30:        2,000,000 × 2.4% × 30 / 365 = 3,945.20 → 3,945
            // 7/1–12/31/2025:  2,000,000 × 8.7% × 184 / 365 = 87,715.06 → 87,715
            // 1/1–2/28/2026:   2,000,000 × 9.1% × 59 / 365 = 29,419.17 → 29,419
            // 3,945 + 87,715 + 29,419 = 121,079 → 121,000
            LateChargeResult r = rule.compute(2_000_000, d("2025-05-31"), d("2026-02-28"));
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-30 30d 2000000 @2.4 = 3945 納期限の翌日から1月",
                    "2025-07-01..2025-12-31 184d 2000000 @8.7 = 87715 1月経過後",
                    "2026-01-01..2026-02-28 59d 2000000 @9.1 = 29419 1月経過後");
            assertThat(r.lateCharge()).isEqualTo(121_000);
        }

        @Test
        void a2014BillUsesThe2014Rates() {
            // 1,000,000; due 4/30/2014, paid 7/31/2014
            // 5/1–5/31: 1,000,000 × 2.9% × 31 / 365 = 2,463.01 → 2,463
            // 6/1–7/31: 1,000,000 × 9.2% × 61 / 365 = 15,375.34 → 15,375
            // 2,463 + 15,375 = 17,838 → 17,800
            LateChargeResult r = rule.compute(1_000_000, d("2014-04-30"), d("2014-07-31"));
            assertThat(lines(r.segments())).containsExactly(
                    "2014-05-01..2014-05-31 31d 1000000 @2.9 = 2463 納期限の翌日から1月",
                    "2014-06-01..2014-07-31 61d 1000000 @9.2 = 15375 1月経過後");
            assertThat(r.lateCharge()).isEqualTo(17_800);
        }
    }

    @Nested
    class Rounding {

        @Test
        void principalUnder2000IsNotCharged() {
            // 1,999 < 2,000 → no late charge at all, even after a year
            LateChargeResult r = rule.compute(1_999, d("2025-05-31"), d("2026-05-31"));
            assertThat(r.lateCharge()).isZero();
            assertThat(r.totalBeforeRounding()).isZero();
            assertThat(r.segments()).isEmpty();
        }

        @Test
        void principalOf2000IsComputedButStaysUnder1000() {
            // 2,000 × 2.4% × 30 / 365 = 3.94 → 3; 2,000 × 8.7% × 184 / 365 = 87.71 → 87;
            // 2,000 × 9.1% × 151 / 365 = 75.29 → 75; 3 + 87 + 75 = 165 → 100 → under 1,000 → 0
            LateChargeResult r = rule.compute(2_000, d("2025-05-31"), d("2026-05-31"));
            assertThat(r.segments()).hasSize(3);
            assertThat(r.totalBeforeRounding()).isEqualTo(165);
            assertThat(r.lateCharge()).isZero();
        }

        @Test
        void principalIsTruncatedTo1000Yen() {
            // 2,999 → base 2,000: same total as a principal of 2,000
            LateChargeResult r = rule.compute(2_999, d("2025-05-31"), d("2026-05-31"));
            assertThat(r.segments()).allSatisfy(s -> assertThat(s.base()).isEqualTo(2_000));
            assertThat(r.totalBeforeRounding()).isEqualTo(165);
        }

        @Test
        void totalOf999IsNotCollected() {
            // 760,000 × 2.4% × 20 / 365 = 999.45 → 999 → 900 → under 1,000 → 0
            LateChargeResult r = rule.compute(760_000, d("2025-05-31"), d("2025-06-20"));
            assertThat(r.totalBeforeRounding()).isEqualTo(999);
            assertThat(r.lateCharge()).isZero();
        }

        @Test
        void baseTruncationDecidesTheThousandYenEdge() {
            // 760,999 → base 760,000 → 999 (as above) → 0
            assertThat(rule.compute(760_999, d("2025-05-31"), d("2025-06-20")).lateCharge()).isZero();
            // 761,000 × 2.4% × 20 / 365 = 1,000.76 → 1,000 → collected
            LateChargeResult r = rule.compute(761_000, d("2025-05-31"), d("2025-06-20"));
            assertThat(r.totalBeforeRounding()).isEqualTo(1_000);
            assertThat(r.lateCharge()).isEqualTo(1_000);
        }

        @Test
        void totalIsTruncatedTo100Yen() {
            // 836,000 × 2.4% × 20 / 365 = 1,099.39 → 1,099 → 1,000
            LateChargeResult low = rule.compute(836_000, d("2025-05-31"), d("2025-06-20"));
            assertThat(low.totalBeforeRounding()).isEqualTo(1_099);
            assertThat(low.lateCharge()).isEqualTo(1_000);
            // 797,000 × 2.4% × 21 / 365 = 1,100.52 → 1,100 → 1,100
            LateChargeResult high = rule.compute(797_000, d("2025-05-31"), d("2025-06-21"));
            assertThat(high.totalBeforeRounding()).isEqualTo(1_100);
            assertThat(high.lateCharge()).isEqualTo(1_100);
        }

        @Test
        void eachSegmentIsTruncatedBeforeSumming() {
            // 12/16–12/31: 1,298.23 → 1,298 and 1/1–1/15: 1,419.94 → 1,419 (see the year-boundary example):
            // truncating each gives 2,717, not the 2,718 of truncating the sum 2,718.18
            LateChargeResult r = rule.compute(1_234_000, d("2025-12-15"), d("2026-01-15"));
            assertThat(r.totalBeforeRounding()).isEqualTo(1_298 + 1_419);
            assertThat(r.lateCharge()).isEqualTo(2_700);
        }

        @Test
        void zeroPrincipalIsNotCharged() {
            assertThat(rule.compute(0, d("2025-05-31"), d("2026-05-31")).lateCharge()).isZero();
        }
    }

    @Nested
    class PartialPayments {

        @Test
        void partialPaymentLowersTheBaseFromTheNextDay() {
            // 800,000 due 5/31/2025; 300,000 paid 7/15; rest paid 10/31
            // 6/1–6/30:   800,000 × 2.4% × 30 / 365 = 1,578.08 → 1,578
            // 7/1–7/15:   800,000 × 8.7% × 15 / 365 = 2,860.27 → 2,860 (the payment day still counts on 800,000)
            // 7/16–10/31: 500,000 × 8.7% × 108 / 365 = 12,871.23 → 12,871
            // 1,578 + 2,860 + 12,871 = 17,309 → 17,300
            LateChargeResult r = rule.compute(800_000, d("2025-05-31"), d("2025-10-31"),
                    List.of(new PartialPayment(d("2025-07-15"), 300_000)), List.of());
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-30 30d 800000 @2.4 = 1578 納期限の翌日から1月",
                    "2025-07-01..2025-07-15 15d 800000 @8.7 = 2860 1月経過後",
                    "2025-07-16..2025-10-31 108d 500000 @8.7 = 12871 1月経過後");
            assertThat(r.lateCharge()).isEqualTo(17_300);
        }

        @Test
        void remainderIsTruncatedTo1000Yen() {
            // 1,000,000 − 333,333 = 666,667 → base 666,000 from 6/11
            // 6/1–6/10:  1,000,000 × 2.4% × 10 / 365 = 657.53 → 657
            // 6/11–6/30: 666,000 × 2.4% × 20 / 365 = 875.83 → 875
            // 657 + 875 = 1,532 → 1,500
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-06-30"),
                    List.of(new PartialPayment(d("2025-06-10"), 333_333)), List.of());
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-10 10d 1000000 @2.4 = 657 納期限の翌日から1月",
                    "2025-06-11..2025-06-30 20d 666000 @2.4 = 875 納期限の翌日から1月");
            assertThat(r.lateCharge()).isEqualTo(1_500);
        }

        @Test
        void paymentsInAnyOrderGiveTheSameResult() {
            List<PartialPayment> payments = List.of(
                    new PartialPayment(d("2025-08-31"), 200_000),
                    new PartialPayment(d("2025-07-15"), 300_000));
            LateChargeResult r = rule.compute(800_000, d("2025-05-31"), d("2025-10-31"), payments, List.of());
            // 6/1–6/30 800,000 @2.4 30d = 1,578; 7/1–7/15 800,000 @8.7 15d = 2,860;
            // 7/16–8/31 500,000 @8.7 47d = 5,601.36 → 5,601; 9/1–10/31 300,000 @8.7 61d = 4,361.91 → 4,361
            // 1,578 + 2,860 + 5,601 + 4,361 = 14,400 → 14,400
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-30 30d 800000 @2.4 = 1578 納期限の翌日から1月",
                    "2025-07-01..2025-07-15 15d 800000 @8.7 = 2860 1月経過後",
                    "2025-07-16..2025-08-31 47d 500000 @8.7 = 5601 1月経過後",
                    "2025-09-01..2025-10-31 61d 300000 @8.7 = 4361 1月経過後");
            assertThat(r.lateCharge()).isEqualTo(14_400);
        }

        @Test
        void paymentOnTheFinalPaymentDayChangesNothing() {
            LateChargeResult without = rule.compute(1_000_000, d("2025-05-31"), d("2025-06-30"));
            LateChargeResult with = rule.compute(1_000_000, d("2025-05-31"), d("2025-06-30"),
                    List.of(new PartialPayment(d("2025-06-30"), 500_000)), List.of());
            assertThat(with).isEqualTo(without);
        }

        @Test
        void paymentOnTheDueDateLowersTheBaseFromTheFirstDay() {
            // 1,000,000 − 400,000 paid on the due date → 600,000 from 6/1:
            // 600,000 × 2.4% × 30 / 365 = 1,183.56 → 1,183 → 1,100
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-06-30"),
                    List.of(new PartialPayment(d("2025-05-31"), 400_000)), List.of());
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-30 30d 600000 @2.4 = 1183 納期限の翌日から1月");
            assertThat(r.lateCharge()).isEqualTo(1_100);
        }

        @Test
        void fullyPaidPrincipalStopsTheCharge() {
            // all 1,000,000 paid on 6/10; the final payment on 9/30 is the late charge itself:
            // only 6/1–6/10 counts: 1,000,000 × 2.4% × 10 / 365 = 657.53 → 657 → 0 (under 1,000)
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-09-30"),
                    List.of(new PartialPayment(d("2025-06-10"), 1_000_000)), List.of());
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-10 10d 1000000 @2.4 = 657 納期限の翌日から1月");
            assertThat(r.lateCharge()).isZero();
        }

        @Test
        void remainderUnder1000YenHasNoBase() {
            // 1,000,000 − 999,500 = 500 → base 0 from 6/11: no segment after the payment
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-06-30"),
                    List.of(new PartialPayment(d("2025-06-10"), 999_500)), List.of());
            assertThat(r.segments()).hasSize(1);
            assertThat(r.segments().get(0).to()).isEqualTo(d("2025-06-10"));
        }

        @Test
        void paymentsExceedingThePrincipalAreRejected() {
            assertThatThrownBy(() -> rule.compute(100_000, d("2025-05-31"), d("2025-06-30"),
                    List.of(new PartialPayment(d("2025-06-10"), 60_000), new PartialPayment(d("2025-06-11"), 40_001)),
                    List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("partialPayments: total 100001 exceeds");
        }

        @Test
        void paymentAfterThePaymentDayIsRejected() {
            assertThatThrownBy(() -> rule.compute(100_000, d("2025-05-31"), d("2025-06-30"),
                    List.of(new PartialPayment(d("2025-07-01"), 10_000)), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("partialPayments:");
        }

        @Test
        void partialPaymentMustBePositive() {
            assertThatThrownBy(() -> new PartialPayment(d("2025-06-01"), 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("amount:");
            assertThatThrownBy(() -> new PartialPayment(null, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("paidOn:");
        }
    }

    @Nested
    class ReducedPeriods {

        @Test
        void graceRunsAtTheGraceRateAndSuspensionIsExempt() {
            // 1,000,000 due 5/31/2025, paid 5/31/2026; 猶予 8/1–10/31/2025; 執行停止 12/1/2025–1/31/2026
            // charged:
            //   6/1–6/30     @2.4  30d  = 1,972.60 → 1,972
            //   7/1–7/31     @8.7  31d  = 7,389.04 → 7,389
            //   8/1–10/31    @0.9  92d  = 2,268.49 → 2,268   (猶予期間)
            //   11/1–11/30   @8.7  30d  = 7,150.68 → 7,150
            //   2/1–5/31/26  @9.1 120d  = 29,917.80 → 29,917
            //   1,972 + 7,389 + 2,268 + 7,150 + 29,917 = 48,696 → 48,600
            // exempted:
            //   8/1–10/31    @8.7 would be 21,928.76 → 21,928; 21,928 − 2,268 = 19,660 at 8.7 − 0.9 = 7.8
            //   12/1–12/31   @8.7  31d  = 7,389.04 → 7,389
            //   1/1–1/31/26  @9.1  31d  = 7,728.76 → 7,728
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2026-05-31"), List.of(),
                    List.of(new ReducedPeriod(d("2025-12-01"), d("2026-01-31"), ReducedPeriod.Kind.SUSPENSION),
                            new ReducedPeriod(d("2025-08-01"), d("2025-10-31"), ReducedPeriod.Kind.GRACE)));
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-30 30d 1000000 @2.4 = 1972 納期限の翌日から1月",
                    "2025-07-01..2025-07-31 31d 1000000 @8.7 = 7389 1月経過後",
                    "2025-08-01..2025-10-31 92d 1000000 @0.9 = 2268 猶予期間",
                    "2025-11-01..2025-11-30 30d 1000000 @8.7 = 7150 1月経過後",
                    "2026-02-01..2026-05-31 120d 1000000 @9.1 = 29917 1月経過後");
            assertThat(lines(r.exemptions())).containsExactly(
                    "2025-08-01..2025-10-31 92d 1000000 @7.8 = 19660 猶予期間",
                    "2025-12-01..2025-12-31 31d 1000000 @8.7 = 7389 執行停止期間",
                    "2026-01-01..2026-01-31 31d 1000000 @9.1 = 7728 執行停止期間");
            assertThat(r.totalBeforeRounding()).isEqualTo(48_696);
            assertThat(r.lateCharge()).isEqualTo(48_600);
        }

        @Test
        void graceInsideTheFirstMonthSplitsIt() {
            // 1,000,000 due 5/31/2025, paid 6/30; 猶予 6/11–6/20
            // 6/1–6/10 @2.4 10d = 657.53 → 657; 6/11–6/20 @0.9 10d = 246.57 → 246;
            // 6/21–6/30 @2.4 10d = 657; 657 + 246 + 657 = 1,560 → 1,500
            // exempt 6/11–6/20: 657 − 246 = 411 at 2.4 − 0.9 = 1.5
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-06-30"), List.of(),
                    List.of(new ReducedPeriod(d("2025-06-11"), d("2025-06-20"), ReducedPeriod.Kind.GRACE)));
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-10 10d 1000000 @2.4 = 657 納期限の翌日から1月",
                    "2025-06-11..2025-06-20 10d 1000000 @0.9 = 246 猶予期間",
                    "2025-06-21..2025-06-30 10d 1000000 @2.4 = 657 納期限の翌日から1月");
            assertThat(lines(r.exemptions())).containsExactly(
                    "2025-06-11..2025-06-20 10d 1000000 @1.5 = 411 猶予期間");
            assertThat(r.lateCharge()).isEqualTo(1_500);
        }

        @Test
        void periodsOutsideTheChargedDaysAreIgnored() {
            LateChargeResult plain = rule.compute(1_000_000, d("2025-05-31"), d("2025-06-30"));
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-06-30"), List.of(),
                    List.of(new ReducedPeriod(d("2025-04-01"), d("2025-05-31"), ReducedPeriod.Kind.SUSPENSION),
                            new ReducedPeriod(d("2025-07-01"), d("2025-12-31"), ReducedPeriod.Kind.GRACE)));
            assertThat(r).isEqualTo(plain);
        }

        @Test
        void suspensionOverTheWholePeriodLeavesNothing() {
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-06-30"), List.of(),
                    List.of(new ReducedPeriod(d("2025-06-01"), d("2025-06-30"), ReducedPeriod.Kind.SUSPENSION)));
            assertThat(r.segments()).isEmpty();
            assertThat(r.lateCharge()).isZero();
            // exempted: 1,000,000 × 2.4% × 30 / 365 = 1,972
            assertThat(lines(r.exemptions())).containsExactly(
                    "2025-06-01..2025-06-30 30d 1000000 @2.4 = 1972 執行停止期間");
        }

        @Test
        void graceInAYearWithoutALoadedGraceRateFails() {
            LateChargeRule withoutGrace = new LateChargeRule(LateChargeRateTable.of(List.of(
                    RulesFileRates.row(2020, "2.6", "8.9", null))));
            assertThatThrownBy(() -> withoutGrace.compute(1_000_000, d("2020-05-31"), d("2020-09-30"), List.of(),
                    List.of(new ReducedPeriod(d("2020-08-01"), d("2020-08-31"), ReducedPeriod.Kind.GRACE))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("reducedPeriods: the grace rate for 2020 is not loaded");
        }

        @Test
        void disasterGraceIsExemptedInFull() {
            // 法15①一 (disaster) grace 7/1–8/31/2025 → 法15の9①: no charge for those days, recorded as exempted
            // 1,000,000 due 5/31/2025, paid 9/30/2025
            // charged: 6/1–6/30 @2.4 30d = 1,972; 9/1–9/30 @8.7 30d = 7,150.68 → 7,150; 9,122 → 9,100
            // exempted: 7/1–8/31 @8.7 62d = 14,778.08 → 14,778
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-09-30"), List.of(),
                    List.of(new ReducedPeriod(d("2025-07-01"), d("2025-08-31"), GraceGround.DISASTER.reduction(),
                            "GRACE:1")));
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-30 30d 1000000 @2.4 = 1972 納期限の翌日から1月",
                    "2025-09-01..2025-09-30 30d 1000000 @8.7 = 7150 1月経過後");
            assertThat(lines(r.exemptions())).containsExactly(
                    "2025-07-01..2025-08-31 62d 1000000 @8.7 = 14778 猶予期間(全額免除)");
            assertThat(r.exemptions()).extracting(LateChargeSegment::source).containsExactly("GRACE:1");
            assertThat(r.lateCharge()).isEqualTo(9_100);
            assertThat(r.exempted()).isEqualTo(14_778);
        }

        @Test
        void theGroundOfACollectionGraceDecidesItsReduction() {
            assertThat(GraceGround.DISASTER.reduction()).isEqualTo(ReducedPeriod.Kind.GRACE_FULL_EXEMPTION);
            assertThat(GraceGround.ILLNESS.reduction()).isEqualTo(ReducedPeriod.Kind.GRACE_FULL_EXEMPTION);
            assertThat(GraceGround.LIKE_DISASTER_OR_ILLNESS.reduction())
                    .isEqualTo(ReducedPeriod.Kind.GRACE_FULL_EXEMPTION);
            assertThat(GraceGround.BUSINESS_CLOSURE.reduction()).isEqualTo(ReducedPeriod.Kind.GRACE);
            assertThat(GraceGround.BUSINESS_LOSS.reduction()).isEqualTo(ReducedPeriod.Kind.GRACE);
            assertThat(GraceGround.LIKE_BUSINESS_TROUBLE.reduction()).isEqualTo(ReducedPeriod.Kind.GRACE);
            assertThat(GraceGround.LATE_ASSESSMENT.reduction()).isEqualTo(ReducedPeriod.Kind.GRACE);
        }

        @Test
        void whereASuspensionOverlapsAGraceTheFullExemptionWins() {
            // 換価猶予 7/1–8/31/2025 and 執行停止 from 8/1: August is exempt in full, July runs at 0.9 %
            // 1,000,000 due 5/31/2025, paid 8/31: 6/1–6/30 @2.4 = 1,972; 7/1–7/31 @0.9 31d = 764.38 → 764;
            // 2,736 → 2,700
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-08-31"), List.of(),
                    List.of(new ReducedPeriod(d("2025-07-01"), d("2025-08-31"), ReducedPeriod.Kind.GRACE),
                            new ReducedPeriod(d("2025-08-01"), d("2025-12-31"), ReducedPeriod.Kind.SUSPENSION)));
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-30 30d 1000000 @2.4 = 1972 納期限の翌日から1月",
                    "2025-07-01..2025-07-31 31d 1000000 @0.9 = 764 猶予期間");
            assertThat(lines(r.exemptions())).containsExactly(
                    "2025-07-01..2025-07-31 31d 1000000 @7.8 = 6625 猶予期間",
                    "2025-08-01..2025-08-31 31d 1000000 @8.7 = 7389 執行停止期間");
            assertThat(r.lateCharge()).isEqualTo(2_700);
        }

        @Test
        void periodMustNotEndBeforeItStarts() {
            assertThatThrownBy(() -> new ReducedPeriod(d("2025-07-02"), d("2025-07-01"), ReducedPeriod.Kind.GRACE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("to:");
            assertThat(new ReducedPeriod(d("2025-07-01"), d("2025-07-01"), ReducedPeriod.Kind.GRACE).to())
                    .isEqualTo(d("2025-07-01"));
        }
    }

    @Nested
    class OneBillOneLateCharge {

        /** 10,000 yen at each month end 6/30/2025 … 3/31/2026. */
        private List<PartialPayment> tenMonthEnds() {
            List<PartialPayment> payments = new java.util.ArrayList<>();
            for (LocalDate month = d("2025-06-01"); !month.isAfter(d("2026-03-01")); month = month.plusMonths(1)) {
                payments.add(new PartialPayment(month.withDayOfMonth(month.lengthOfMonth()), 10_000));
            }
            return payments;
        }

        @Test
        void tenPaymentsOnAHundredThousandYenBillOwe3400() {
            // statutory-rules.md §2: 100,000 due 5/31/2025, paid 10,000 at each month end until 3/31/2026.
            // The base falls by 10,000 from the day after each payment; rounded once for the bill:
            //   6/1–6/30/2025   100,000 @2.4 30d = 197.26 → 197
            //   7/1–7/31         90,000 @8.7 31d = 665.01 → 665
            //   8/1–8/31         80,000 @8.7 31d = 591.12 → 591
            //   9/1–9/30         70,000 @8.7 30d = 500.54 → 500
            //   10/1–10/31       60,000 @8.7 31d = 443.34 → 443
            //   11/1–11/30       50,000 @8.7 30d = 357.53 → 357
            //   12/1–12/31       40,000 @8.7 31d = 295.56 → 295
            //   1/1–1/31/2026    30,000 @9.1 31d = 231.86 → 231
            //   2/1–2/28         20,000 @9.1 28d = 139.61 → 139
            //   3/1–3/31         10,000 @9.1 31d =  77.29 →  77
            //   3,495 → 3,400 (each 10,000-yen part on its own would be under 1,000 yen and owe 0)
            LateChargeResult r = rule.onDecliningBalance(100_000, d("2025-05-31"), tenMonthEnds(), List.of(),
                    d("2026-05-20"));
            assertThat(r.segments()).extracting(LateChargeSegment::amount)
                    .containsExactly(197L, 665L, 591L, 500L, 443L, 357L, 295L, 231L, 139L, 77L);
            assertThat(r.segments().get(9).to()).isEqualTo(d("2026-03-31"));
            assertThat(r.totalBeforeRounding()).isEqualTo(3_495);
            assertThat(r.lateCharge()).isEqualTo(3_400);
            assertThat(r.pending()).isFalse();
        }

        @Test
        void whilePrincipalIsUnpaidTheChargeRunsToTheDayAsked() {
            // after the first three payments, asked for 9/30/2025: 197 + 665 + 591 + 500 = 1,953 → 1,900;
            // the payments after that day are not counted
            LateChargeResult r = rule.onDecliningBalance(100_000, d("2025-05-31"), tenMonthEnds(), List.of(),
                    d("2025-09-30"));
            assertThat(r.segments()).extracting(LateChargeSegment::amount).containsExactly(197L, 665L, 591L, 500L);
            assertThat(r.lateCharge()).isEqualTo(1_900);
            assertThat(rule.onDecliningBalance(100_000, d("2025-05-31"), List.of(), List.of(), d("2025-09-30")))
                    .isEqualTo(rule.compute(100_000, d("2025-05-31"), d("2025-09-30")));
        }

        @Test
        void aRestOf1000To1999YenBearsNoCharge() {
            // 法326② + 法20の4の2②: after a partial payment the base is the unpaid rest; under 2,000 yen it is dropped.
            // 1,000,000 due 5/31/2025; 998,500 paid 7/31/2025; the rest 1,500 paid 7/31/2026:
            //   6/1–6/30 @2.4 30d = 1,972; 7/1–7/31 @8.7 31d = 7,389; nothing after; 9,361 → 9,300
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2026-07-31"),
                    List.of(new PartialPayment(d("2025-07-31"), 998_500)), List.of());
            assertThat(lines(r.segments())).containsExactly(
                    "2025-06-01..2025-06-30 30d 1000000 @2.4 = 1972 納期限の翌日から1月",
                    "2025-07-01..2025-07-31 31d 1000000 @8.7 = 7389 1月経過後");
            assertThat(r.lateCharge()).isEqualTo(9_300);
            // a rest of 2,500 is charged on 2,000: 8/1–12/31/2025 @8.7 153d = 72.93 → 72;
            // 1/1–7/31/2026 @9.1 212d = 105.71 → 105; 9,361 + 177 = 9,538 → 9,500
            LateChargeResult rest2500 = rule.compute(1_000_000, d("2025-05-31"), d("2026-07-31"),
                    List.of(new PartialPayment(d("2025-07-31"), 997_500)), List.of());
            assertThat(rest2500.segments()).extracting(LateChargeSegment::base).endsWith(2_000L, 2_000L);
            assertThat(rest2500.lateCharge()).isEqualTo(9_500);
        }

        @Test
        void aYearWithoutRatesLeavesTheChargePending() {
            // 2027 is not loaded: nothing is guessed, the result names the year
            LateChargeResult r = rule.onDecliningBalance(100_000, d("2026-10-31"),
                    List.of(new PartialPayment(d("2027-01-15"), 100_000)), List.of(), d("2027-01-20"));
            assertThat(r.pending()).isTrue();
            assertThat(r.missingRateYears()).containsExactly(2027);
            assertThat(r.lateCharge()).isZero();
            assertThat(r.segments()).isEmpty();
            // with the year loaded (same rates as 2026 here) it is computed: 11/1–11/30/2026 @2.8 30d = 230;
            // 12/1/2026–1/15/2027 @9.1 46d (one line: the rate does not change) = 1,146.84 → 1,146; 1,376 → 1,300
            LateChargeRule with2027 = new LateChargeRule(LateChargeRateTable.of(List.of(
                    RulesFileRates.row(2026, "2.8", "9.1", "1.3"), RulesFileRates.row(2027, "2.8", "9.1", "1.3"))));
            LateChargeResult loaded = with2027.onDecliningBalance(100_000, d("2026-10-31"),
                    List.of(new PartialPayment(d("2027-01-15"), 100_000)), List.of(), d("2027-01-20"));
            assertThat(loaded.pending()).isFalse();
            assertThat(loaded.segments()).hasSize(2);
            assertThat(loaded.segments().get(1).to()).isEqualTo(d("2027-01-15"));
            assertThat(loaded.lateCharge()).isEqualTo(1_300);
        }
    }

    @Nested
    class Validation {

        @Test
        void yearWithoutRatesFails() {
            assertThatThrownBy(() -> rule.compute(1_000_000, d("2013-11-30"), d("2014-02-28")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("dueDate: late-charge rates for 2013 are not loaded");
            assertThatThrownBy(() -> rule.compute(1_000_000, d("2026-11-30"), d("2027-01-05")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("dueDate: late-charge rates for 2027 are not loaded");
        }

        @Test
        void aCityCanLoadOlderYears() {
            // 2013 row (pre-2014 structure: special first-month rate, 14.6 % unreduced) loaded as data
            LateChargeRule withOld = new LateChargeRule(LateChargeRateTable.of(List.of(
                    new LateChargeRate(2013, new BigDecimal("4.3"), new BigDecimal("14.6"), null))));
            // 1,000,000 due 10/31/2013 paid 12/31: 11/1–11/30 @4.3 30d = 3,534.24 → 3,534;
            // 12/1–12/31 @14.6 31d = 12,400.00 → 12,400; 15,934 → 15,900
            LateChargeResult r = withOld.compute(1_000_000, d("2013-10-31"), d("2013-12-31"));
            assertThat(r.totalBeforeRounding()).isEqualTo(15_934);
            assertThat(r.lateCharge()).isEqualTo(15_900);
        }

        @Test
        void negativePrincipalIsRejected() {
            assertThatThrownBy(() -> rule.compute(-1, d("2025-05-31"), d("2025-06-30")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("principal: must not be negative");
        }

        @Test
        void nullsAreRejectedByName() {
            assertThatThrownBy(() -> rule.compute(1, null, d("2025-06-30")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dueDate:");
            assertThatThrownBy(() -> rule.compute(1, d("2025-05-31"), null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("paidOn:");
            assertThatThrownBy(() -> rule.compute(1, d("2025-05-31"), d("2025-06-30"), null, List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("partialPayments:");
            assertThatThrownBy(() -> rule.compute(1, d("2025-05-31"), d("2025-06-30"), List.of(), null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reducedPeriods:");
            assertThatThrownBy(() -> new LateChargeRule(null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rates:");
        }

        @Test
        void resultListsAreImmutable() {
            LateChargeResult r = rule.compute(1_000_000, d("2025-05-31"), d("2025-06-30"));
            assertThatThrownBy(() -> r.segments().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
