package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * 徴収猶予 and 換価猶予 — 地方税法15 (collection grace on application), 15の5 (realization grace ex officio),
 * 15の6 (realization grace on application).
 *
 * <p>The grace runs from a start date fixed by the decision, the start day included, so the 1-year maximum
 * ends on the day before the corresponding day a year later, or at the end of February for a 29 February
 * start (民法143 via 法20の5).
 */
public final class GracePeriod {

    /** 法15の6①: the ordinance may allow applications up to 6 months after the due date; 6 is the common choice. */
    public static final int DEFAULT_ORDINANCE_MONTHS = 6;

    private GracePeriod() {
    }

    /** The last possible day of a 徴収猶予 starting on {@code start}: 1 year (法15①). */
    public static LocalDate collectionGraceMaxEnd(LocalDate start) {
        Args.notNull("start", start);
        return CivilCodePeriod.lastDay(start, 12);
    }

    /** The last possible day of a 徴収猶予 with its extension: 2 years in total from the start (法15④, verify). */
    public static LocalDate collectionGraceMaxExtendedEnd(LocalDate start) {
        Args.notNull("start", start);
        return CivilCodePeriod.lastDay(start, 24);
    }

    /** The last possible day of a 換価猶予 starting on {@code start}: 1 year (法15の5①, 15の6①). */
    public static LocalDate realizationGraceMaxEnd(LocalDate start) {
        Args.notNull("start", start);
        return CivilCodePeriod.lastDay(start, 12);
    }

    /**
     * The last possible day of a 換価猶予 with its extension: 2 years in total from the start (法15の6③ / 15の5②, which
     * apply 法15④ to the 換価猶予; verify the paragraph numbers against the article's text).
     */
    public static LocalDate realizationGraceMaxExtendedEnd(LocalDate start) {
        Args.notNull("start", start);
        return CivilCodePeriod.lastDay(start, 24);
    }

    /** Whether a 換価猶予 application is in time under the common 6-month ordinance. */
    public static boolean realizationGraceApplicationInTime(LocalDate dueDate, LocalDate appliedOn) {
        return realizationGraceApplicationInTime(dueDate, appliedOn, DEFAULT_ORDINANCE_MONTHS);
    }

    /**
     * Whether a 換価猶予 application is in time: made within the ordinance's number of months (at most 6) from
     * the due date (法15の6① "納期限から…6月以内において条例で定める期間内"), counted from the day after it
     * (due 5/31 → by 11/30 with 6 months).
     */
    public static boolean realizationGraceApplicationInTime(LocalDate dueDate, LocalDate appliedOn, int ordinanceMonths) {
        Args.notNull("dueDate", dueDate);
        Args.notNull("appliedOn", appliedOn);
        Args.between("ordinanceMonths", ordinanceMonths, 1, 6);
        return !appliedOn.isAfter(CivilCodePeriod.lastDay(dueDate.plusDays(1), ordinanceMonths));
    }
}
