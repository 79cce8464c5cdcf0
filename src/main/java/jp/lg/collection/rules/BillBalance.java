package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * What is still owed on one bill, as input to {@link AllocationOrder#allocate}.
 *
 * @param billId           the bill
 * @param statutoryDueDate 法定納期限, the first sort key
 * @param dueDate          納期限, the second sort key
 * @param dunningFee       督促手数料 unpaid, yen
 * @param principal        本税 unpaid, yen
 * @param lateCharge       延滞金 unpaid, yen
 */
public record BillBalance(long billId, LocalDate statutoryDueDate, LocalDate dueDate, long dunningFee, long principal,
        long lateCharge) {

    public BillBalance {
        Args.notNull("statutoryDueDate", statutoryDueDate);
        Args.notNull("dueDate", dueDate);
        Args.notNegative("dunningFee", dunningFee);
        Args.notNegative("principal", principal);
        Args.notNegative("lateCharge", lateCharge);
    }
}
