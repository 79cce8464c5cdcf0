package jp.lg.collection.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 収納金の充当順序 (配当・充当 of a payment or of proceeds to one taxpayer's bills).
 *
 * <ol>
 *   <li>Bills oldest first: by statutory due date (法定納期限), then due date (納期限), then bill id — the
 *       oldest debt is the nearest to extinction by limitation (地方税法18①).</li>
 *   <li>Within a bill, the dunning fee (督促手数料) first: fees are collected before the tax (municipal
 *       ordinance; statutory-rules.md §1).</li>
 *   <li>Then the principal (本税), then the late charge (延滞金). Paying the principal first stops the late
 *       charge from accruing; this is the 本税優先 rule of 国税通則法62② carried over to local tax in
 *       practice through 地方税法 (verify the local-tax basis).</li>
 * </ol>
 * What is left after every balance is the surplus, to be refunded or allocated (還付・充当).
 */
public final class AllocationOrder {

    private static final Comparator<BillBalance> OLDEST_FIRST = Comparator
            .comparing(BillBalance::statutoryDueDate)
            .thenComparing(BillBalance::dueDate)
            .thenComparingLong(BillBalance::billId);

    private AllocationOrder() {
    }

    /**
     * Applies {@code amount} to {@code balances} in the statutory order.
     *
     * @param amount   yen received, not negative
     * @param balances the taxpayer's open bills, in any order; bill ids unique
     */
    public static AllocationResult allocate(long amount, List<BillBalance> balances) {
        Args.notNegative("amount", amount);
        List<BillBalance> sorted = new ArrayList<>(Args.noNullElements("balances", balances));
        sorted.sort(OLDEST_FIRST);
        checkUniqueIds(sorted);

        long left = amount;
        List<Allocation> allocations = new ArrayList<>(sorted.size());
        for (BillBalance bill : sorted) {
            long fee = Math.min(left, bill.dunningFee());
            left -= fee;
            long principal = Math.min(left, bill.principal());
            left -= principal;
            long lateCharge = Math.min(left, bill.lateCharge());
            left -= lateCharge;
            allocations.add(new Allocation(bill.billId(), fee, principal, lateCharge));
        }
        return new AllocationResult(allocations, left);
    }

    private static void checkUniqueIds(List<BillBalance> balances) {
        long distinct = balances.stream().mapToLong(BillBalance::billId).distinct().count();
        if (distinct != balances.size()) {
            throw new IllegalArgumentException("balances: bill ids must be unique");
        }
    }
}
