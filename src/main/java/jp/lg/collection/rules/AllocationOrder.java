package jp.lg.collection.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 収納金の充当順序 (配当・充当 of a payment or of proceeds to one taxpayer's bills).
 *
 * <ol>
 *   <li><b>The slip's own installment first</b> ({@link #allocate(long, List, long)}): money paid with a 納付書
 *       (or debited, or paid at a store with the slip's barcode) printed for one installment is applied to that
 *       installment before any other. The 納付書 names the tax, the year and the installment the taxpayer pays:
 *       it is the taxpayer's designation of the debt at the time of payment (the idea of 民法488①, 弁済の充当の
 *       指定). We found no article of the 地方税法 that lets the collector re-direct a voluntary payment made with
 *       a slip to another installment, nor one that states the order in which such a payment is applied; the
 *       only 充当 the statutes give the city to decide are those of 過誤納金 (法17の2) and of the proceeds of
 *       滞納処分 (徴129 via 法331⑥ and its like). The designation rule is therefore the city's practice on the
 *       civil-law idea, not a cited local-tax article: verify with the city's 法規担当 (statutory-rules.md does not
 *       list it).</li>
 *   <li>Money without a designation (a counter payment taken for the case, a 配当, a payment assigned to the
 *       taxpayer from the unmatched list), and what a slip pays beyond its installment: bills oldest first — by
 *       statutory due date (法定納期限), then due date (納期限), then bill id; the oldest debt is the nearest to
 *       extinction by limitation (地方税法18①). This order too is practice, not an article.</li>
 *   <li>Within a bill, the dunning fee (督促手数料) first: fees are collected before the tax (municipal
 *       ordinance; statutory-rules.md §1).</li>
 *   <li>Then the principal (本税), then the late charge (延滞金) — 本税優先. 国税 states it (国税通則法62②: a part
 *       payment goes to the tax on which 延滞税 is computed first). For local tax we found no article stating it
 *       as such; 法326② (市町村民税; the other taxes' late-charge articles alike) lowers the late charge's base by the tax paid,
 *       which presupposes that a part payment goes to the principal. Kept as practice (verify).</li>
 * </ol>
 * What is left after every balance is the surplus, to be refunded or allocated (還付・充当, 法17・17の2).
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
        return inOrder(amount, sorted);
    }

    /**
     * Applies {@code amount}, paid with the slip of the installment {@code designatedBillId}, to that installment
     * first (fee, principal, late charge) and what is left to the other {@code balances} in the statutory order.
     * When the designated installment is not among the balances (paid meanwhile) the whole amount follows the
     * statutory order.
     *
     * @param amount           yen received, not negative
     * @param balances         the taxpayer's open bills, in any order; bill ids unique
     * @param designatedBillId the installment the slip was printed for
     */
    public static AllocationResult allocate(long amount, List<BillBalance> balances, long designatedBillId) {
        Args.notNegative("amount", amount);
        List<BillBalance> sorted = new ArrayList<>(Args.noNullElements("balances", balances));
        sorted.sort(OLDEST_FIRST);
        checkUniqueIds(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).billId() == designatedBillId) {
                sorted.add(0, sorted.remove(i));
                break;
            }
        }
        return inOrder(amount, sorted);
    }

    private static AllocationResult inOrder(long amount, List<BillBalance> sorted) {
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
