package jp.lg.collection.delinquency.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.math.BigDecimal;
import java.util.Map;
import jp.lg.collection.bill.BillLateCharges;
import jp.lg.collection.bill.LateChargeRates;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.PhaseTestSupport;
import jp.lg.collection.delinquency.grace.GraceKind;
import jp.lg.collection.delinquency.grace.GraceRepository;
import jp.lg.collection.rules.Allocation;
import jp.lg.collection.rules.AllocationResult;
import jp.lg.collection.rules.GraceGround;
import jp.lg.collection.rules.LateChargeRate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 充当 with worked numbers. Bill A: 300,000 yen due 2026-04-30; bill B: 200,000 yen due 2026-05-31; both
 * dunned on 2026-06-10 (fee 100 yen each). Money received 2026-07-15 (2026 rates: 2.8 % first month, 9.1 % after):
 * <ul>
 *   <li>A: 5/1–5/31 300,000×2.8%×31/365 = 713; 6/1–7/15 300,000×9.1%×45/365 = 3,365; 4,078 → 4,000 yen</li>
 *   <li>B: 6/1–6/30 200,000×2.8%×30/365 = 460; 7/1–7/15 200,000×9.1%×15/365 = 747; 1,207 → 1,200 yen</li>
 * </ul>
 */
class CaseAllocationTest extends PhaseTestSupport {

    static final LocalDate RECEIVED = LocalDate.of(2026, 7, 15);

    @Autowired
    CaseAllocation allocation;
    @Autowired
    BillLateCharges lateCharges;
    @Autowired
    GraceRepository graces;
    @Autowired
    LateChargeRates rates;
    @Autowired
    PendingLateCharges pending;
    @Autowired
    PaymentService payments;

    long a;
    long b;

    void openCase() {
        List<Long> ids = openDunnedCaseWithBills(300_000, LocalDate.of(2026, 4, 30), 200_000, LocalDate.of(2026, 5, 31));
        a = ids.get(0);
        b = ids.get(1);
        today(RECEIVED);
    }

    long payments(String recordId) {
        return jdbc.sql("SELECT COUNT(*) FROM payment WHERE bank_record_id LIKE ?").param(recordId + "-%")
                .query(Long.class).single();
    }

    @Test
    void feeThenPrincipalThenLateChargeOldestBillFirst() {
        openCase();
        AllocationResult result = allocation.allocate(caseId, 350_000, RECEIVED, "BANK", "BK-1", "test");

        // A in full (100 + 300,000 + 4,000 = 304,100); B: fee 100, then 45,800 of its principal, no late charge
        assertThat(result.allocations()).containsExactly(new Allocation(a, 100, 300_000, 4_000),
                new Allocation(b, 100, 45_800, 0));
        assertThat(result.surplus()).isZero();
        TaxBill billA = bills.require(a);
        assertThat(billA.status()).isEqualTo("PAID");
        assertThat(billA.lateCharge()).isEqualTo(4_000);
        assertThat(billA.lateChargePaid()).isEqualTo(4_000);
        // a part payment fixes no late charge: it lowers the base of B's one charge from 7/16
        TaxBill billB = bills.require(b);
        assertThat(billB.status()).isEqualTo("OPEN");
        assertThat(billB.principalPaid()).isEqualTo(45_800);
        assertThat(billB.lateCharge()).isZero();
        assertThat(bills.balanceOfCase(caseId)).isEqualTo(154_200);
        assertThat(jdbc.sql("SELECT amount FROM payment WHERE bank_record_id = ?").param("BK-1-" + a)
                .query(Long.class).single()).isEqualTo(304_100);
        assertThat(jdbc.sql("SELECT amount FROM payment WHERE bank_record_id = ?").param("BK-1-" + b)
                .query(Long.class).single()).isEqualTo(45_900);
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::action).endsWith(NegotiationAction.PAYMENT);

        // the rest of B on 7/31: one charge for B on the declining balance, rounded once (法326②, 法20の4の2):
        // 6/1–6/30 200,000×2.8%×30/365 = 460; 7/1–7/15 200,000×9.1%×15/365 = 747;
        // 7/16–7/31 154,000×9.1%×16/365 = 614; 1,821 → 1,800
        LocalDate later = LocalDate.of(2026, 7, 31);
        AllocationResult rest = allocation.allocate(caseId, 156_000, later, "CVS", "CVS-1", "test");
        assertThat(rest.allocations()).containsExactly(new Allocation(b, 0, 154_200, 1_800));
        assertThat(rest.surplus()).isZero();
        assertThat(bills.require(b).status()).isEqualTo("PAID");
        assertThat(bills.balanceOfCase(caseId)).isZero();
    }

    @Test
    void whatIsLeftAfterEveryBalanceIsARefundCandidate() {
        openCase();
        AllocationResult result = allocation.allocate(caseId, 600_000, RECEIVED, "BANK", "BK-2", "test");
        // 304,100 + (100 + 200,000 + 1,200) = 505,400; 94,600 left
        assertThat(result.allocations()).containsExactly(new Allocation(a, 100, 300_000, 4_000),
                new Allocation(b, 100, 200_000, 1_200));
        assertThat(result.surplus()).isEqualTo(94_600);
        assertThat(jdbc.sql("SELECT amount FROM refund_candidate WHERE record_id = 'BK-2'").query(Long.class)
                .single()).isEqualTo(94_600);
        assertThat(bills.findByCase(caseId)).extracting(TaxBill::status).containsOnly("PAID");
        assertThat(payments("BK-2")).isEqualTo(2);
    }

    @Test
    void aBillNotYetDueHasNoLateChargeAndARecordIsAppliedOnce() {
        openCase();
        long notDue = newBill(addresseeNo, 100_000, LocalDate.of(2026, 7, 31));
        bills.attachToCase(notDue, caseId);
        AllocationResult result = allocation.allocate(caseId, 600_000, RECEIVED, "COUNTER", "CT-1", "test");
        assertThat(result.allocations()).contains(new Allocation(notDue, 0, 94_600, 0));
        assertThat(result.surplus()).isZero();
        assertThat(bills.require(notDue).lateCharge()).isZero();

        assertThatThrownBy(() -> allocation.allocate(caseId, 1_000, RECEIVED, "COUNTER", "CT-1", "test"))
                .hasMessageContaining("recordId").hasMessageContaining("充当済み");
        assertThat(payments("CT-1")).isEqualTo(3);
    }

    @Test
    void aBillTheMoneyDoesNotReachIsLeftUntouched() {
        openCase();
        AllocationResult result = allocation.allocate(caseId, 50_000, RECEIVED, "BANK", "BK-3", "test");
        assertThat(result.allocations()).containsExactly(new Allocation(a, 100, 49_900, 0),
                new Allocation(b, 0, 0, 0));
        assertThat(payments("BK-3")).isEqualTo(1);
        assertThat(bills.require(b).lateCharge()).isZero();
        assertThat(bills.require(b).principalPaid()).isZero();
        assertThat(bills.require(b).dunningFeePaid()).isZero();
    }

    @Test
    void tenPaymentsOnOneBillOweTheLateChargeOfTheWholeRoundedOnce() {
        // statutory-rules.md §2: 100,000 due 2025-05-31, 10,000 paid at each month end 2025-06 … 2026-03
        // (the worked numbers: LateChargeRuleTest.OneBillOneLateCharge) — 3,495 → 3,400, where each part's
        // charge rounded on its own came to 0
        String addressee = newTaxpayer("tanaka");
        long bill = newBill(addressee, 100_000, LocalDate.of(2025, 5, 31));
        LocalDate month = LocalDate.of(2025, 6, 1);
        for (int i = 1; i <= 10; i++, month = month.plusMonths(1)) {
            LocalDate monthEnd = month.withDayOfMonth(month.lengthOfMonth());
            if (i == 10) {
                // what a notice or the case view says is owed on the last day is what the allocation fixes
                assertThat(lateCharges.owedOn(bills.require(bill), monthEnd)).isEqualTo(3_400);
            }
            allocation.allocateToBill(bills.require(bill), 10_000, monthEnd, "BANK", "TEN-" + bill + "-" + i, "test");
        }
        TaxBill paid = bills.require(bill);
        assertThat(paid.principalPaid()).isEqualTo(100_000);
        assertThat(paid.lateCharge()).isEqualTo(3_400);
        assertThat(paid.status()).isEqualTo("OPEN");
        // the charge stopped on 3/31/2026: the same 3,400 asked for any later day
        assertThat(lateCharges.owedOn(paid, LocalDate.of(2026, 12, 1))).isEqualTo(3_400);
        AllocationResult last = allocation.allocateToBill(paid, 3_400, LocalDate.of(2026, 4, 30), "BANK",
                "TEN-" + bill + "-11", "test");
        assertThat(last.allocations()).containsExactly(new Allocation(bill, 0, 0, 3_400));
        assertThat(bills.require(bill).status()).isEqualTo("PAID");
    }

    /** Bill A alone (300,000 due 2026-04-30, fee 100) with a 徴収猶予 6/1–6/30/2026 on {@code ground}. */
    long billUnderGrace(GraceGround ground) {
        List<Long> ids = openDunnedCaseWithBills(300_000, LocalDate.of(2026, 4, 30));
        graces.record(caseId, GraceKind.COLLECTION, ground, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), true,
                null, "suzuki", LocalDate.of(2026, 5, 29));
        today(RECEIVED);
        return ids.get(0);
    }

    List<Map<String, Object>> reductions(long billId) {
        return jdbc.sql("SELECT source, kind, period_from, period_to, rate_percent, amount FROM late_charge_reduction "
                + "WHERE bill_id = ? ORDER BY period_from").param(billId).query().listOfRows();
    }

    @Test
    void aGraceForIllnessExemptsItsPeriodInFullAndTheExemptionIsRecorded() {
        // 法15①二 → 法15の9①: 6/1–6/30 exempt. 5/1–5/31 300,000×2.8%×31/365 = 713; 7/1–7/15 300,000×9.1%×15/365
        // = 1,121; 1,834 → 1,800 (4,000 without the grace). Exempted: 6/1–6/30 300,000×9.1%×30/365 = 2,243
        long a = billUnderGrace(GraceGround.ILLNESS);
        assertThat(lateCharges.owedOn(bills.require(a), RECEIVED)).isEqualTo(1_800);
        AllocationResult result = allocation.allocate(caseId, 301_900, RECEIVED, "BANK", "GR-" + a, "test");
        assertThat(result.allocations()).containsExactly(new Allocation(a, 100, 300_000, 1_800));
        assertThat(bills.require(a).status()).isEqualTo("PAID");
        assertThat(reductions(a)).singleElement().satisfies(row -> {
            assertThat(row.get("SOURCE")).isEqualTo("GRACE");
            assertThat(row.get("KIND")).isEqualTo("GRACE_FULL_EXEMPTION");
            assertThat(row.get("PERIOD_FROM").toString()).isEqualTo("2026-06-01");
            assertThat(row.get("PERIOD_TO").toString()).isEqualTo("2026-06-30");
            assertThat(((Number) row.get("AMOUNT")).longValue()).isEqualTo(2_243);
        });
    }

    @Test
    void aGraceForBusinessLossesRunsAtTheGraceRate() {
        // 法15①四 → the 2026 grace rate 1.3 %: 6/1–6/30 300,000×1.3%×30/365 = 320; 713 + 320 + 1,121 = 2,154 → 2,100;
        // exempted 2,243 − 320 = 1,923 at 9.1 − 1.3 = 7.8 %
        long a = billUnderGrace(GraceGround.BUSINESS_LOSS);
        AllocationResult result = allocation.allocate(caseId, 302_200, RECEIVED, "BANK", "GR-" + a, "test");
        assertThat(result.allocations()).containsExactly(new Allocation(a, 100, 300_000, 2_100));
        assertThat(reductions(a)).singleElement().satisfies(row -> {
            assertThat(row.get("KIND")).isEqualTo("GRACE");
            assertThat(new java.math.BigDecimal(row.get("RATE_PERCENT").toString())).isEqualByComparingTo("7.8");
            assertThat(((Number) row.get("AMOUNT")).longValue()).isEqualTo(1_923);
        });
    }

    @Test
    void aYearWithoutRatesRecordsThePaymentAndComputesTheLateChargeOnceTheRateIsAdded() {
        // 300,000 due 2026-11-30, dunned 12/10 (fee 100), paid in full 2027-01-15 while 2027 is not loaded
        String addressee = newTaxpayer("tanaka");
        long bill = newBill(addressee, 300_000, LocalDate.of(2026, 11, 30));
        today(LocalDate.of(2026, 12, 10));
        sweep(LocalDate.of(2026, 12, 10));
        caseId = cases.findOpenCaseOf(addressee).orElseThrow();
        LocalDate paidOn = LocalDate.of(2027, 1, 15);
        today(paidOn);
        try {
            PaymentService.Receipt receipt = payments.receive(caseId, 300_100, paidOn, "BANK", "PEND-" + bill, "test");
            // the payment is recorded: fee and principal allocated, the late charge pending, the case still open
            assertThat(receipt.paidInFull()).isFalse();
            TaxBill recorded = bills.require(bill);
            assertThat(recorded.principalPaid()).isEqualTo(300_000);
            assertThat(recorded.dunningFeePaid()).isEqualTo(100);
            assertThat(recorded.lateChargePending()).isTrue();
            assertThat(recorded.status()).isEqualTo("OPEN");
            assertThat(lateCharges.owedOn(recorded, paidOn)).isNull();
            assertThat(bills.settled(caseId)).isFalse();
            assertThat(log.of(caseId)).filteredOn(e -> e.action() == NegotiationAction.PAYMENT).last()
                    .satisfies(e -> assertThat(e.note()).contains("2027年の割合が未登録のため計算保留"));

            // the administrator adds 2027 (here 3.0 / 9.4 / 1.5 %): the pending charge is computed and fixed
            // 12/1–12/31/2026 300,000×2.8%×31/365 = 713; 1/1–1/15/2027 300,000×9.4%×15/365 = 1,158; 1,871 → 1,800
            rates.add(new LateChargeRate(2027, new BigDecimal("3.0"), new BigDecimal("9.4"), new BigDecimal("1.5")),
                    "test", "admin");
            today(LocalDate.of(2027, 1, 20));
            assertThat(pending.fixAll("admin")).isGreaterThanOrEqualTo(1);
            TaxBill fixed = bills.require(bill);
            assertThat(fixed.lateChargePending()).isFalse();
            assertThat(fixed.lateCharge()).isEqualTo(1_800);
            assertThat(lateCharges.owedOn(fixed, LocalDate.of(2027, 1, 20))).isEqualTo(1_800);
            assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::action)
                    .contains(NegotiationAction.LATE_CHARGE_FIXED);

            PaymentService.Receipt rest = payments.receive(caseId, 1_800, LocalDate.of(2027, 1, 25), "BANK",
                    "PEND-" + bill + "-2", "test");
            assertThat(rest.paidInFull()).isTrue();
            assertThat(bills.require(bill).status()).isEqualTo("PAID");
        } finally {
            jdbc.sql("DELETE FROM late_charge_rate WHERE rate_year = 2027").update();
            rates.forget();
        }
    }
}
