package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LateChargeRuleTest {

    private final LateChargeRule rule = new LateChargeRule(LateChargeRateTable.statutory());

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
            // 100,000 × 2.4% × 30 / 365 = 197.26 → 197           (6/1–6/30/2023)
            // 100,000 × 8.7% × 184 / 365 = 4,385.75 → 4,385      (7/1–12/31/2023)
            // 100,000 × 8.7% × 366 / 365 = 8,723.83 → 8,723      (all of 2024: 366 days over 365)
            // 100,000 × 8.7% × 151 / 365 = 3,599.17 → 3,599      (1/1–5/31/2025)
            // 197 + 4,385 + 8,723 + 3,599 = 16,904 → 16,900
            LateChargeResult r = rule.compute(100_000, d("2023-05-31"), d("2025-05-31"));
            assertThat(lines(r.segments())).containsExactly(
                    "2023-06-01..2023-06-30 30d 100000 @2.4 = 197 納期限の翌日から1月",
                    "2023-07-01..2023-12-31 184d 100000 @8.7 = 4385 1月経過後",
                    "2024-01-01..2024-12-31 366d 100000 @8.7 = 8723 1月経過後",
                    "2025-01-01..2025-05-31 151d 100000 @8.7 = 3599 1月経過後");
            assertThat(r.totalBeforeRounding()).isEqualTo(16_904);
            assertThat(r.lateCharge()).isEqualTo(16_900);
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
            assertThatThrownBy(() -> rule.compute(1_000_000, d("2020-05-31"), d("2020-09-30"), List.of(),
                    List.of(new ReducedPeriod(d("2020-08-01"), d("2020-08-31"), ReducedPeriod.Kind.GRACE))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("reducedPeriods: the grace rate for 2020 is not loaded");
        }

        @Test
        void overlappingPeriodsAreRejected() {
            assertThatThrownBy(() -> rule.compute(1_000_000, d("2025-05-31"), d("2025-09-30"), List.of(),
                    List.of(new ReducedPeriod(d("2025-07-01"), d("2025-07-31"), ReducedPeriod.Kind.GRACE),
                            new ReducedPeriod(d("2025-07-31"), d("2025-08-31"), ReducedPeriod.Kind.SUSPENSION))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("reducedPeriods:");
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
