package jp.lg.collection.delinquency.paymentplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a pledged balance is cut into parts: whole yen only (money is never a fraction), the remainder of the
 * division on the first part so the taxpayer pays it earliest and every later part is the same round sum.
 * 58,100 yen in 3 parts → 19,368 / 19,366 / 19,366.
 */
public final class PaymentPlanSchedule {

    /** Practice limit of the product: 24 parts (two years of monthly payments). */
    public static final int MAX_PARTS = 24;
    public static final int MAX_INTERVAL_MONTHS = 12;

    public record Part(int partNo, LocalDate dueDate, long amount) implements Scheduled {
    }

    private PaymentPlanSchedule() {
    }

    public static List<Part> of(long total, int parts, LocalDate firstDue, int intervalMonths) {
        if (parts < 1 || total < parts) {
            throw new IllegalArgumentException("parts " + parts + " for " + total + " yen");
        }
        long base = total / parts;
        long remainder = total % parts;
        List<Part> schedule = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            // Each due date is counted from the first one, not from the previous part, so a plan starting on
            // the 31st falls on the last day of short months and comes back to the 31st (1/31 → 2/28 → 3/31).
            schedule.add(new Part(i + 1, firstDue.plusMonths((long) i * intervalMonths),
                    i == 0 ? base + remainder : base));
        }
        return schedule;
    }

    /** What the taxpayer must have paid in total by the end of part {@code partNo}. */
    public static long cumulative(List<? extends Scheduled> parts, int partNo) {
        return parts.stream().filter(p -> p.partNo() <= partNo).mapToLong(Scheduled::amount).sum();
    }

    /** Anything with a part number and a scheduled amount (a planned part or a stored one). */
    public interface Scheduled {
        int partNo();

        long amount();
    }
}
