package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 過誤納金の充当 (地方税法17の2): before anything is refunded, the taxpayer's unpaid taxes whose 納期限 has come are paid
 * from it, oldest first, fee → principal → late charge, each as of its 充当適状日.
 */
class RefundAllocationTest {

    static final LocalDate ARISEN = LocalDate.of(2026, 6, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    static BillBalance bill(long id, LocalDate due, long fee, long principal, long lateCharge) {
        return new BillBalance(id, due, due, fee, principal, lateCharge);
    }

    @Test
    void theUnpaidTaxesAreFirstPaidAndOnlyTheRestRefunded() {
        BillBalance may = bill(1, LocalDate.of(2026, 5, 31), 100, 58_000, 300);
        BillBalance june = bill(2, LocalDate.of(2026, 6, 30), 0, 30_000, 0);
        BillBalance notYetDue = bill(3, LocalDate.of(2026, 7, 31), 0, 20_000, 0);
        RefundAllocation.Plan plan = RefundAllocation.plan(100_000, OverpaymentCause.ERRONEOUS, ARISEN, TODAY,
                List.of(notYetDue, june, may));
        assertThat(plan.parts()).extracting(p -> p.allocation().billId()).containsExactly(1L, 2L);
        assertThat(plan.parts().get(0).allocation()).isEqualTo(new Allocation(1, 100, 58_000, 300));
        assertThat(plan.parts().get(1).allocation()).isEqualTo(new Allocation(2, 0, 30_000, 0));
        assertThat(plan.allocated()).isEqualTo(88_400);
        assertThat(plan.refund()).isEqualTo(11_600);
        // the May bill counts as paid the day the 過誤納金 arose; the June bill on its own 納期限 (the later day)
        assertThat(plan.parts()).extracting(RefundAllocation.Part::suitableOn)
                .containsExactly(ARISEN, LocalDate.of(2026, 6, 30));
    }

    @Test
    void aSmallOverpaymentPaysTheFeeAndPrincipalBeforeTheLateCharge() {
        RefundAllocation.Plan plan = RefundAllocation.plan(30_000, OverpaymentCause.OVERPAID, ARISEN, TODAY,
                List.of(bill(1, LocalDate.of(2026, 5, 31), 100, 58_000, 300)));
        assertThat(plan.parts()).singleElement().satisfies(p ->
                assertThat(p.allocation()).isEqualTo(new Allocation(1, 100, 29_900, 0)));
        assertThat(plan.refund()).isZero();
    }

    @Test
    void withNoUnpaidTaxEverythingIsRefunded() {
        RefundAllocation.Plan plan = RefundAllocation.plan(12_345, OverpaymentCause.ERRONEOUS, ARISEN, TODAY,
                List.of(bill(3, LocalDate.of(2026, 7, 31), 0, 20_000, 0)));
        assertThat(plan.parts()).isEmpty();
        assertThat(plan.refund()).isEqualTo(12_345);
    }

    @Test
    void aDistributionsResidueIsHandedOverNotAllocated() {
        RefundAllocation.Plan plan = RefundAllocation.plan(50_000, OverpaymentCause.RESIDUE, ARISEN, TODAY,
                List.of(bill(1, LocalDate.of(2026, 5, 31), 0, 58_000, 0)));
        assertThat(plan.parts()).isEmpty();
        assertThat(plan.refund()).isEqualTo(50_000);
    }

    @Test
    void aBillDueTodayIsUnpaid() {
        assertThat(RefundAllocation.allocatable(TODAY, TODAY)).isTrue();
        assertThat(RefundAllocation.allocatable(TODAY.plusDays(1), TODAY)).isFalse();
        assertThat(RefundAllocation.suitableOn(ARISEN, LocalDate.of(2026, 5, 31))).isEqualTo(ARISEN);
        assertThat(RefundAllocation.suitableOn(ARISEN, LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 6, 30));
    }
}
