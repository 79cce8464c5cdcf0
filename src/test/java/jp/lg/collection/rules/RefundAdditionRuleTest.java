package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 還付加算金 (地方税法17の4) against worked examples: the first day per item of 法17の4①, the yearly rates of 附則3の2
 * (2025: 0.9 %, 2026: 1.3 %), 365 days a year, and the roundings of 法20の4の2 (base to 1,000 yen, none under 2,000;
 * addition to 100 yen, none under 1,000).
 */
class RefundAdditionRuleTest {

    static final RefundAdditionRule RULE = new RefundAdditionRule(RulesFileRates.TABLE);

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    // ---- the first day, per item of 法17の4① -----------------------------------------------------------------

    @Test
    void erroneousPaymentCountsFromTheDayAfterTheMonthRunFromTheDayAfterPayment() {
        // ①四: paid 4/10 → counted from 4/11 → one month runs to 5/10 (民法143②) → the addition counts from 5/11
        assertThat(RULE.firstDay(Overpayment.erroneous(d(2026, 4, 10)))).contains(d(2026, 5, 11));
        // paid 1/30 → from 1/31, February has no 31st: the month ends with 2/28 (民法143②ただし書) → from 3/1
        assertThat(RULE.firstDay(Overpayment.erroneous(d(2026, 1, 30)))).contains(d(2026, 3, 1));
        // paid 12/31 → from 1/1 → the month ends with 1/31 → from 2/1
        assertThat(RULE.firstDay(Overpayment.erroneous(d(2025, 12, 31)))).contains(d(2026, 2, 1));
    }

    @Test
    void overpaymentByAReducedAssessmentCountsFromTheDayAfterPaymentOrTheDueDate() {
        // ①一: the day after the payment
        assertThat(RULE.firstDay(Overpayment.overpaid(d(2025, 4, 30), d(2025, 4, 30)))).contains(d(2025, 5, 1));
        // paid before the 納期限: from the day after the 納期限
        assertThat(RULE.firstDay(Overpayment.overpaid(d(2026, 4, 1), d(2026, 4, 30)))).contains(d(2026, 5, 1));
        // paid after it (late): the day after the payment
        assertThat(RULE.firstDay(Overpayment.overpaid(d(2026, 6, 15), d(2026, 4, 30)))).contains(d(2026, 6, 16));
    }

    @Test
    void correctionRequestCountsFromTheEarlierOfThreeMonthsFromTheRequestAndOneMonthFromTheCorrection() {
        // ①二: request 3/10 → 3 months from 3/11 end 6/10; correction 5/20 → 1 month from 5/21 ends 6/20 → from 6/11
        Overpayment o = new Overpayment(OverpaymentCause.CORRECTION_REQUEST, d(2025, 6, 30), null, d(2026, 3, 10),
                d(2026, 5, 20));
        assertThat(RULE.firstDay(o)).contains(d(2026, 6, 11));
        // corrected quickly (4/1): 1 month from 4/2 ends 5/1 → from 5/2
        Overpayment quick = new Overpayment(OverpaymentCause.CORRECTION_REQUEST, d(2025, 6, 30), null, d(2026, 3, 10),
                d(2026, 4, 1));
        assertThat(RULE.firstDay(quick)).contains(d(2026, 5, 2));
    }

    @Test
    void incomeTaxCorrectionCountsFromTheDayAfterTheMonthRunFromTheNotice() {
        // ①三: notified 2/27 → from 2/28 → one month ends 3/27 → from 3/28
        Overpayment o = new Overpayment(OverpaymentCause.INCOME_TAX_CORRECTION, d(2025, 6, 30), null, null,
                d(2026, 2, 27));
        assertThat(RULE.firstDay(o)).contains(d(2026, 3, 28));
    }

    @Test
    void noDayBeforeThePaymentIsCounted() {
        // a 更正 decided before the money was paid: the addition still starts only after the payment
        Overpayment o = new Overpayment(OverpaymentCause.INCOME_TAX_CORRECTION, d(2026, 6, 30), null, null,
                d(2026, 1, 10));
        assertThat(RULE.firstDay(o)).contains(d(2026, 7, 1));
    }

    @Test
    void aDistributionsResidueBearsNoAddition() {
        Overpayment residue = new Overpayment(OverpaymentCause.RESIDUE, d(2026, 4, 1), null, null, null);
        assertThat(RULE.firstDay(residue)).isEmpty();
        RefundAdditionResult r = RULE.compute(1_000_000, residue, d(2026, 12, 1));
        assertThat(r.addition()).isZero();
        assertThat(r.days()).isZero();
        assertThat(OverpaymentCause.RESIDUE.overpayment()).isFalse();
    }

    @Test
    void aCityMaySetTheMonthsItReadsTheArticleWith() {
        RefundAdditionRule noWait = new RefundAdditionRule(RulesFileRates.TABLE, new RefundAdditionRule.Waits(0, 1, 3, 1));
        assertThat(noWait.firstDay(Overpayment.erroneous(d(2026, 4, 10)))).contains(d(2026, 4, 11));
        assertThatThrownBy(() -> new RefundAdditionRule.Waits(13, 1, 3, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("erroneousMonths:");
    }

    // ---- the amount -------------------------------------------------------------------------------------------

    @Test
    void erroneousPaymentOfAMillionRefundedInAugust() {
        // 1,000,000 paid twice on 2026-04-10, refund decided 2026-08-20: 5/11–8/20 = 21+30+31+20 = 102 days at 1.3 %
        // 1,000,000 × 1.3 % × 102 ÷ 365 = 3,632.87 → 3,632 → 3,600
        RefundAdditionResult r = RULE.compute(1_000_000, Overpayment.erroneous(d(2026, 4, 10)), d(2026, 8, 20));
        assertThat(r.firstDay()).isEqualTo(d(2026, 5, 11));
        assertThat(r.days()).isEqualTo(102);
        assertThat(r.base()).isEqualTo(1_000_000);
        assertThat(r.segments()).singleElement().satisfies(s -> {
            assertThat(s.ratePercent()).isEqualByComparingTo("1.3");
            assertThat(s.amount()).isEqualTo(3_632);
        });
        assertThat(r.totalBeforeRounding()).isEqualTo(3_632);
        assertThat(r.addition()).isEqualTo(3_600);
    }

    @Test
    void overpaymentOverAYearEndTakesEachYearsRate() {
        // 400,000 paid 2025-04-30 (its 納期限), reduced later, refund decided 2026-07-15; from 2025-05-01:
        // 2025: 245 days at 0.9 % → 2,416.43 → 2,416; 2026: 196 days at 1.3 % → 2,792.32 → 2,792; 5,208 → 5,200
        RefundAdditionResult r = RULE.compute(400_000, Overpayment.overpaid(d(2025, 4, 30), d(2025, 4, 30)),
                d(2026, 7, 15));
        assertThat(r.segments()).extracting(RefundAdditionSegment::days).containsExactly(245L, 196L);
        assertThat(r.segments()).extracting(RefundAdditionSegment::amount).containsExactly(2_416L, 2_792L);
        assertThat(r.segments().get(0).to()).isEqualTo(d(2025, 12, 31));
        assertThat(r.segments().get(1).from()).isEqualTo(d(2026, 1, 1));
        assertThat(r.days()).isEqualTo(441);
        assertThat(r.addition()).isEqualTo(5_200);
    }

    @Test
    void theBaseIsTruncatedToAThousandAndNothingIsAddedUnderTwoThousand() {
        LocalDate paid = d(2025, 4, 30);
        LocalDate decided = d(2026, 7, 15);
        assertThat(RULE.compute(1_999, Overpayment.overpaid(paid, paid), decided).base()).isZero();
        assertThat(RULE.compute(1_999, Overpayment.overpaid(paid, paid), decided).addition()).isZero();
        assertThat(RULE.compute(2_999, Overpayment.overpaid(paid, paid), decided).base()).isEqualTo(2_000);
        // 412,345 → computed on 412,000: 2025: 412,000 × 0.9 % × 245 ÷ 365 = 2,488.89 → 2,488;
        // 2026: 412,000 × 1.3 % × 196 ÷ 365 = 2,876.10 → 2,876; 5,364 → 5,300
        RefundAdditionResult r = RULE.compute(412_345, Overpayment.overpaid(paid, paid), decided);
        assertThat(r.base()).isEqualTo(412_000);
        assertThat(r.totalBeforeRounding()).isEqualTo(5_364);
        assertThat(r.addition()).isEqualTo(5_300);
    }

    @Test
    void anAdditionUnderAThousandIsNotAdded() {
        // 50,000 誤納 of 4/10 refunded 8/20: 50,000 × 1.3 % × 102 ÷ 365 = 181.64 → 181 → 100 → under 1,000: none
        RefundAdditionResult r = RULE.compute(50_000, Overpayment.erroneous(d(2026, 4, 10)), d(2026, 8, 20));
        assertThat(r.totalBeforeRounding()).isEqualTo(181);
        assertThat(r.addition()).isZero();
    }

    @Test
    void aRefundDecidedBeforeTheFirstDayCountsNoDay() {
        // 誤納 of 7/1 refunded 7/20: the month runs 7/2–8/1, the addition would only count from 8/2
        RefundAdditionResult r = RULE.compute(1_000_000, Overpayment.erroneous(d(2026, 7, 1)), d(2026, 7, 20));
        assertThat(r.firstDay()).isEqualTo(d(2026, 8, 2));
        assertThat(r.days()).isZero();
        assertThat(r.addition()).isZero();
    }

    @Test
    void theDaysTheTaxpayerLetPassAfterTheNoticeAreNotCounted() {
        // 法17の4②: 6/1–6/30 excluded from the 102 days of the first example: 72 days → 2,564.38 → 2,564 → 2,500
        RefundAdditionResult r = RULE.compute(1_000_000, Overpayment.erroneous(d(2026, 4, 10)), d(2026, 8, 20),
                List.of(new RefundAdditionRule.Excluded(d(2026, 6, 1), d(2026, 6, 30))));
        assertThat(r.days()).isEqualTo(72);
        assertThat(r.addition()).isEqualTo(2_500);
    }

    @Test
    void aLeapYearCountsTheTwentyNinthOfFebruaryOnThreeHundredSixtyFiveDays() {
        List<LateChargeRate> rows = new ArrayList<>(RulesFileRates.TABLE.rates());
        rows.add(new LateChargeRate(2027, new BigDecimal("2.8"), new BigDecimal("9.1"), new BigDecimal("1.3"),
                new BigDecimal("1.3")));
        rows.add(new LateChargeRate(2028, new BigDecimal("2.8"), new BigDecimal("9.1"), new BigDecimal("1.3"),
                new BigDecimal("1.3")));
        RefundAdditionRule rule = new RefundAdditionRule(LateChargeRateTable.of(rows));
        // 過納 paid 2028-01-31, decided 2028-03-01: 2/1–3/1 = 30 days (29 February counted), ÷ 365:
        // 1,000,000 × 1.3 % × 30 ÷ 365 = 1,068.49 → 1,068 → 1,000
        RefundAdditionResult r = rule.compute(1_000_000, Overpayment.overpaid(d(2028, 1, 31), null), d(2028, 3, 1));
        assertThat(r.days()).isEqualTo(30);
        assertThat(r.totalBeforeRounding()).isEqualTo(1_068);
        assertThat(r.addition()).isEqualTo(1_000);
    }

    @Test
    void aYearWithoutItsRateIsPendingAndNamesTheYear() {
        RefundAdditionResult r = RULE.compute(1_000_000, Overpayment.erroneous(d(2026, 10, 1)), d(2027, 2, 1));
        assertThat(r.pending()).isTrue();
        assertThat(r.missingRateYears()).containsExactly(2027);
        assertThat(r.addition()).isZero();
        // a late-charge row loaded without its 還付加算金 rate counts as missing too
        LateChargeRateTable noRefundRate = LateChargeRateTable.of(List.of(new LateChargeRate(2026,
                new BigDecimal("2.8"), new BigDecimal("9.1"), new BigDecimal("1.3"))));
        assertThat(new RefundAdditionRule(noRefundRate).compute(1_000_000, Overpayment.erroneous(d(2026, 4, 10)),
                d(2026, 8, 20)).missingRateYears()).containsExactly(2026);
        assertThat(noRefundRate.refundAdditionYearsToWarnAbout(d(2026, 6, 1))).containsExactly(2026);
        assertThat(RulesFileRates.TABLE.refundAdditionYearsToWarnAbout(d(2026, 11, 30))).isEmpty();
        assertThat(RulesFileRates.TABLE.refundAdditionYearsToWarnAbout(d(2026, 12, 1))).containsExactly(2027);
    }

    @Test
    void theRateIsCappedAtTheStatutorySevenPointThree() {
        assertThatThrownBy(() -> new LateChargeRate(2027, new BigDecimal("2.8"), new BigDecimal("9.1"), null,
                new BigDecimal("7.31"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("refundAdditionPercent:");
    }

    @Test
    void eachCauseNamesItsItemOfTheArticle() {
        assertThat(OverpaymentCause.ERRONEOUS.article()).isEqualTo("地方税法第17条の4第1項第4号");
        assertThat(OverpaymentCause.OVERPAID.article()).isEqualTo("地方税法第17条の4第1項第1号");
        assertThat(OverpaymentCause.CORRECTION_REQUEST.article()).isEqualTo("地方税法第17条の4第1項第2号");
        assertThat(OverpaymentCause.INCOME_TAX_CORRECTION.article()).isEqualTo("地方税法第17条の4第1項第3号");
    }

    @Test
    void factsMissingForTheirItemAreRefused() {
        assertThatThrownBy(() -> new Overpayment(OverpaymentCause.CORRECTION_REQUEST, d(2026, 1, 1), null, null,
                d(2026, 2, 1))).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("claimedOn:");
        assertThatThrownBy(() -> new Overpayment(OverpaymentCause.INCOME_TAX_CORRECTION, d(2026, 1, 1), null, null,
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("causeDecidedOn:");
        assertThatThrownBy(() -> RULE.compute(-1, Overpayment.erroneous(d(2026, 1, 1)), d(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("amount:");
    }
}
