package jp.lg.collection.delinquency.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.distribution.PhaseTestSupport;
import jp.lg.collection.rules.Allocation;
import jp.lg.collection.rules.AllocationResult;
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

    long a;
    long b;

    void openCase() {
        List<Long> ids = openDunnedCase(300_000, LocalDate.of(2026, 4, 30), 200_000, LocalDate.of(2026, 5, 31));
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
        // the late charge is fixed only on the part of B's principal paid: 45,000 base → 271 yen → under 1,000, none
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

        // the rest of B on 7/31: the charge runs on the unpaid 154,200 only, never twice on the same yen:
        // 154,000×2.8%×30/365 = 354; 154,000×9.1%×31/365 = 1,190; 1,544 → 1,500
        LocalDate later = LocalDate.of(2026, 7, 31);
        AllocationResult rest = allocation.allocate(caseId, 155_700, later, "CVS", "CVS-1", "test");
        assertThat(rest.allocations()).containsExactly(new Allocation(b, 0, 154_200, 1_500));
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
}
