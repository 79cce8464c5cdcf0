package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * 督促状の発付期限 — 地方税法329① (市町村民税); the same 20 days in 法463の25 (軽自動車税種別割) and
 * 法371 (固定資産税, verify).
 *
 * <p>The dunning notice must be issued within 20 days after the due date (納期限後20日以内). The time limit is
 * directory (訓示規定): a later notice is still valid and still starts the road to seizure and renews the
 * limitation, so the system flags a late notice and does not block it.
 */
public final class DunningDeadline {

    /** 法329①: "納期限後20日以内". */
    public static final int DAYS_AFTER_DUE_DATE = 20;

    private DunningDeadline() {
    }

    /** The last day on which the dunning notice is on time: due date + 20 days (due 5/31 → 6/20). */
    public static LocalDate latestIssueDate(LocalDate dueDate) {
        Args.notNull("dueDate", dueDate);
        return dueDate.plusDays(DAYS_AFTER_DUE_DATE);
    }

    /**
     * Whether a notice issued on {@code issuedOn} missed the 20-day limit.
     *
     * @throws IllegalArgumentException when {@code issuedOn} is on or before the due date: a dunning notice
     *         demands a bill that is already in arrears (法329①), so it cannot be issued before the due date
     *         has passed
     */
    public static boolean isLate(LocalDate dueDate, LocalDate issuedOn) {
        Args.notNull("dueDate", dueDate);
        Args.notNull("issuedOn", issuedOn);
        if (!issuedOn.isAfter(dueDate)) {
            throw new IllegalArgumentException(
                    "issuedOn: a dunning notice must be issued after the due date " + dueDate + " (was " + issuedOn + ")");
        }
        return issuedOn.isAfter(latestIssueDate(dueDate));
    }
}
