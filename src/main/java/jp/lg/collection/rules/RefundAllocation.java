package jp.lg.collection.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 過誤納金の充当 — 地方税法17の2: before a 過誤納金 is refunded, it must be applied to the same taxpayer's unpaid
 * local taxes (未納に係る地方団体の徴収金); only the rest is refunded (法17).
 *
 * <ul>
 *   <li>Which debts: the taxpayer's open installments whose 納期限 has come by the day of the 充当 — fee, principal
 *       and the late charge owed (未納). An installment not yet due is not 充当 without the taxpayer's request
 *       (verify 法17の2 on 納期限未到来の徴収金; the product does not 充当 them).</li>
 *   <li>Order: {@link AllocationOrder} — the oldest debt first; within an installment the fee, then the principal
 *       (法17の2: where a late charge is owed, first the tax it is computed on), then the late charge.</li>
 *   <li>充当適状日 ({@link #suitableOn}): the later of the day the 過誤納金 arose and the debt's 納期限. The debt
 *       counts as paid on that day (法17の2④ "充当をするのに適することとなつた時に消滅したものとみなす"), so its late
 *       charge runs to that day and the 還付加算金 of the part applied runs to it too (法17の4①括弧書). (The day:
 *       地方税法施行令 on 充当適状 — verify the article.)</li>
 *   <li>A 残余金 of a 配当 ({@link OverpaymentCause#RESIDUE}) is handed to the taxpayer (国税徴収法129③), not 充当
 *       (verify: a city may rather claim it by 交付要求 for debts outside the seizure).</li>
 * </ul>
 */
public final class RefundAllocation {

    private RefundAllocation() {
    }

    /** The part applied to one installment, with the day it counts as paid. */
    public record Part(Allocation allocation, LocalDate suitableOn) {
    }

    /**
     * The 充当 of one 過誤納金.
     *
     * @param parts  one per installment that received money, in the order applied
     * @param refund what is left to refund (法17)
     */
    public record Plan(List<Part> parts, long refund) {

        public Plan {
            parts = Args.noNullElements("parts", parts);
        }

        /** The total applied (充当額). */
        public long allocated() {
            return parts.stream().mapToLong(p -> p.allocation().total()).sum();
        }
    }

    /** 充当適状日: the later of the day the 過誤納金 arose and the debt's 納期限. */
    public static LocalDate suitableOn(LocalDate arisenOn, LocalDate dueDate) {
        Args.notNull("arisenOn", arisenOn);
        Args.notNull("dueDate", dueDate);
        return dueDate.isAfter(arisenOn) ? dueDate : arisenOn;
    }

    /** 未納: a debt whose 納期限 has come by the day of the 充当. */
    public static boolean allocatable(LocalDate dueDate, LocalDate allocatedOn) {
        return !dueDate.isAfter(allocatedOn);
    }

    /**
     * Applies the 過誤納金 to the debts in the statutory order.
     *
     * @param overpayment the 過誤納金, yen
     * @param cause       why it arose: a 残余金 is not 充当
     * @param arisenOn    the day it arose
     * @param allocatedOn the day of the 充当 (today)
     * @param debts       the taxpayer's open installments, each as owed on its {@link #suitableOn} day; those not
     *                    yet due by {@code allocatedOn} are left alone
     */
    public static Plan plan(long overpayment, OverpaymentCause cause, LocalDate arisenOn, LocalDate allocatedOn,
            List<BillBalance> debts) {
        Args.notNegative("overpayment", overpayment);
        Args.notNull("cause", cause);
        Args.notNull("arisenOn", arisenOn);
        Args.notNull("allocatedOn", allocatedOn);
        List<BillBalance> due = Args.noNullElements("debts", debts).stream()
                .filter(d -> allocatable(d.dueDate(), allocatedOn)).toList();
        if (!cause.overpayment() || due.isEmpty()) {
            return new Plan(List.of(), overpayment);
        }
        Map<Long, BillBalance> byId = due.stream().collect(Collectors.toMap(BillBalance::billId, Function.identity()));
        AllocationResult result = AllocationOrder.allocate(overpayment, due);
        List<Part> parts = new ArrayList<>();
        for (Allocation a : result.allocations()) {
            if (a.total() > 0) {
                parts.add(new Part(a, suitableOn(arisenOn, byId.get(a.billId()).dueDate())));
            }
        }
        return new Plan(parts, result.surplus());
    }
}
