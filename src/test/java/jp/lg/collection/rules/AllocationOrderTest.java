package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AllocationOrderTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // given in no particular order; the oldest is bill 3, then bill 2 (same statutory due date, later due date),
    // then bill 1
    private final List<BillBalance> balances = List.of(
            new BillBalance(1, d("2024-05-31"), d("2024-05-31"), 0, 30_000, 1_000),
            new BillBalance(2, d("2023-05-31"), d("2023-07-31"), 100, 20_000, 0),
            new BillBalance(3, d("2023-05-31"), d("2023-05-31"), 100, 50_000, 3_000));

    @Test
    void oldestBillFirstAndFeePrincipalLateChargeWithinABill() {
        // 60,000: bill 3 takes 100 + 50,000 + 3,000 = 53,100 → 6,900 left
        //         bill 2 takes fee 100 → 6,800 left → principal 6,800 of 20,000 → 0 left
        AllocationResult r = AllocationOrder.allocate(60_000, balances);
        assertThat(r.allocations()).containsExactly(
                new Allocation(3, 100, 50_000, 3_000),
                new Allocation(2, 100, 6_800, 0),
                new Allocation(1, 0, 0, 0));
        assertThat(r.surplus()).isZero();
    }

    @Test
    void overpaymentLeavesASurplus() {
        // owed 53,100 + 20,100 + 31,000 = 104,200; 200,000 − 104,200 = 95,800
        AllocationResult r = AllocationOrder.allocate(200_000, balances);
        assertThat(r.allocations()).containsExactly(
                new Allocation(3, 100, 50_000, 3_000),
                new Allocation(2, 100, 20_000, 0),
                new Allocation(1, 0, 30_000, 1_000));
        assertThat(r.surplus()).isEqualTo(95_800);
        assertThat(r.allocations()).extracting(Allocation::total).containsExactly(53_100L, 20_100L, 31_000L);
    }

    @Test
    void exactAmountLeavesNoSurplus() {
        AllocationResult r = AllocationOrder.allocate(104_200, balances);
        assertThat(r.surplus()).isZero();
        assertThat(r.allocations().get(2)).isEqualTo(new Allocation(1, 0, 30_000, 1_000));
    }

    @Test
    void feeIsTakenBeforeThePrincipal() {
        // 50 < fee 100: the fee absorbs it all
        AllocationResult r = AllocationOrder.allocate(50, balances);
        assertThat(r.allocations().get(0)).isEqualTo(new Allocation(3, 50, 0, 0));
    }

    @Test
    void principalIsPaidBeforeTheLateCharge() {
        // 100 + 49,999: the fee, then all but 1 yen of the principal; nothing to the late charge yet
        AllocationResult r = AllocationOrder.allocate(50_099, balances);
        assertThat(r.allocations().get(0)).isEqualTo(new Allocation(3, 100, 49_999, 0));
        // 100 + 50,000 + 1: the first yen of the late charge
        assertThat(AllocationOrder.allocate(50_101, balances).allocations().get(0))
                .isEqualTo(new Allocation(3, 100, 50_000, 1));
    }

    @Test
    void sameDatesAreOrderedByBillId() {
        List<BillBalance> same = List.of(
                new BillBalance(9, d("2025-05-31"), d("2025-05-31"), 0, 10_000, 0),
                new BillBalance(4, d("2025-05-31"), d("2025-05-31"), 0, 10_000, 0));
        // 15,000: bill 4 10,000, bill 9 5,000
        assertThat(AllocationOrder.allocate(15_000, same).allocations()).containsExactly(
                new Allocation(4, 0, 10_000, 0),
                new Allocation(9, 0, 5_000, 0));
    }

    @Test
    void statutoryDueDateComesBeforeDueDate() {
        // bill 7 has the earlier due date but the later statutory due date
        List<BillBalance> bills = List.of(
                new BillBalance(7, d("2025-05-31"), d("2024-01-31"), 0, 10_000, 0),
                new BillBalance(8, d("2024-05-31"), d("2025-12-31"), 0, 10_000, 0));
        assertThat(AllocationOrder.allocate(10_000, bills).allocations()).containsExactly(
                new Allocation(8, 0, 10_000, 0),
                new Allocation(7, 0, 0, 0));
    }

    @Test
    void zeroAmountAllocatesNothing() {
        AllocationResult r = AllocationOrder.allocate(0, balances);
        assertThat(r.allocations()).allSatisfy(a -> assertThat(a.total()).isZero());
        assertThat(r.surplus()).isZero();
    }

    @Test
    void noBillsMeansEverythingIsSurplus() {
        AllocationResult r = AllocationOrder.allocate(12_345, List.of());
        assertThat(r.allocations()).isEmpty();
        assertThat(r.surplus()).isEqualTo(12_345);
    }

    @Test
    void badInputIsRejectedByName() {
        assertThatThrownBy(() -> AllocationOrder.allocate(-1, balances))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("amount: must not be negative");
        assertThatThrownBy(() -> AllocationOrder.allocate(1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("balances:");
        assertThatThrownBy(() -> AllocationOrder.allocate(1, List.of(balances.get(0), balances.get(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("balances: bill ids");
        assertThatThrownBy(() -> new BillBalance(1, d("2025-05-31"), d("2025-05-31"), -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dunningFee:");
        assertThatThrownBy(() -> new BillBalance(1, d("2025-05-31"), d("2025-05-31"), 0, -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("principal:");
        assertThatThrownBy(() -> new BillBalance(1, d("2025-05-31"), d("2025-05-31"), 0, 0, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lateCharge:");
        assertThatThrownBy(() -> new BillBalance(1, null, d("2025-05-31"), 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("statutoryDueDate:");
        assertThatThrownBy(() -> new BillBalance(1, d("2025-05-31"), null, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dueDate:");
    }

    @Test
    void theSlipsOwnInstallmentIsPaidFirstAndTheRestInTheStatutoryOrder() {
        // paid with bill 1's slip (the newest): bill 1 takes 31,000, then 9,000 goes oldest first: bill 3's fee
        // 100 and 8,900 of its principal
        AllocationResult r = AllocationOrder.allocate(40_000, balances, 1);
        assertThat(r.allocations()).containsExactly(
                new Allocation(1, 0, 30_000, 1_000),
                new Allocation(3, 100, 8_900, 0),
                new Allocation(2, 0, 0, 0));
        assertThat(r.surplus()).isZero();
    }

    @Test
    void aDesignationOfAnInstallmentNoLongerOpenFollowsTheStatutoryOrder() {
        assertThat(AllocationOrder.allocate(60_000, balances, 99)).isEqualTo(AllocationOrder.allocate(60_000, balances));
    }

    @Test
    void withinTheDesignatedInstallmentTheFeeComesFirstThenPrincipalThenLateCharge() {
        AllocationResult r = AllocationOrder.allocate(20_050, balances, 2);
        assertThat(r.allocations().get(0)).isEqualTo(new Allocation(2, 100, 19_950, 0));
    }
}
