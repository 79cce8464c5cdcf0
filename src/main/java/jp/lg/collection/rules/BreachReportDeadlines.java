package jp.lg.collection.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.function.Predicate;

/**
 * 漏えい等報告の期限 — 個人情報保護法68① with its 施行規則 (速報 "速やかに", 確報 "当該事態を知った日から30日以内",
 * 60 days when an unlawful purpose is suspected), and 番号法29の4① with its 規則 (the same, 60 days for every 事態
 * of 規則2二). The clock starts when any staff member becomes aware of the incident (PPC guidance).
 *
 * <p>Counting the 確報 (verify, configurable): the PPC guidelines count the day of awareness as day 1 — aware
 * 6/30 → the 30th day is 7/29 (awareness + 29), the 60th 8/28 — and move a last day that falls on a Saturday,
 * Sunday, national holiday or the year-end closure (12/29–1/3) to the next day the offices are open. Read
 * with 民法140 (the first day not counted) it would be one day later; {@link #finalReportDue(LocalDate, boolean,
 * boolean, Predicate)} takes the convention as an argument so a city can configure it.
 */
public final class BreachReportDeadlines {

    /** 速報 "速やかに": PPC guidance reads it as about 3–5 days; the product's default is 3 (configurable). */
    public static final int DEFAULT_PRELIMINARY_DAYS = 3;
    /** The upper end of the PPC "about 3–5 days" reading. */
    public static final int MAX_PRELIMINARY_DAYS = 5;
    /** 確報: within 30 days of awareness. */
    public static final int FINAL_REPORT_DAYS = 30;
    /** 確報 when an unlawful purpose is suspected ({@link BreachReportability#longFinalReportPeriod}): within 60 days. */
    public static final int FINAL_REPORT_DAYS_UNLAWFUL_PURPOSE = 60;
    /** The PPC reading: the day of awareness is day 1 (verify). */
    public static final boolean DEFAULT_AWARENESS_DAY_COUNTED = true;

    private static final MonthDay YEAR_END_CLOSURE_FROM = MonthDay.of(12, 29);
    private static final MonthDay YEAR_END_CLOSURE_TO = MonthDay.of(1, 3);

    private BreachReportDeadlines() {
    }

    /** The 速報 due date with the default of 3 days. */
    public static LocalDate preliminaryReportDue(LocalDate awareOn) {
        return preliminaryReportDue(awareOn, DEFAULT_PRELIMINARY_DAYS);
    }

    /** The 速報 due date: {@code days} (1–5) after awareness (a practice target, not a statutory limit). */
    public static LocalDate preliminaryReportDue(LocalDate awareOn, int days) {
        Args.notNull("awareOn", awareOn);
        Args.between("days", days, 1, MAX_PRELIMINARY_DAYS);
        return awareOn.plusDays(days);
    }

    /**
     * The 確報 due date by the PPC reading, with only weekends and the year-end closure as closed days (aware
     * 6/30/2025 → 7/29/2025, a Tuesday; 60 days → 8/28/2025).
     */
    public static LocalDate finalReportDue(LocalDate awareOn, boolean unlawfulPurpose) {
        return finalReportDue(awareOn, unlawfulPurpose, DEFAULT_AWARENESS_DAY_COUNTED, day -> closed(day, d -> false));
    }

    /**
     * The 確報 due date: the 30th (60th with an unlawful purpose) day, counting the day of awareness as day 1
     * when {@code awarenessDayCounted}, else from the next day; a last day that {@code closedDay} names moves to
     * the next day it does not.
     *
     * @param closedDay the days the offices are closed, usually {@link #closed} with the city's holidays; a
     *                  predicate that names no day keeps the last day where it falls
     */
    public static LocalDate finalReportDue(LocalDate awareOn, boolean unlawfulPurpose, boolean awarenessDayCounted,
            Predicate<LocalDate> closedDay) {
        Args.notNull("awareOn", awareOn);
        Args.notNull("closedDay", closedDay);
        int days = unlawfulPurpose ? FINAL_REPORT_DAYS_UNLAWFUL_PURPOSE : FINAL_REPORT_DAYS;
        LocalDate due = awareOn.plusDays(awarenessDayCounted ? days - 1 : days);
        while (closedDay.test(due)) {
            due = due.plusDays(1);
        }
        return due;
    }

    /** Whether the offices are closed on {@code day}: a weekend, 12/29–1/3, or a day {@code holiday} names. */
    public static boolean closed(LocalDate day, Predicate<LocalDate> holiday) {
        Args.notNull("day", day);
        Args.notNull("holiday", holiday);
        MonthDay md = MonthDay.from(day);
        boolean yearEnd = !md.isBefore(YEAR_END_CLOSURE_FROM) || !md.isAfter(YEAR_END_CLOSURE_TO);
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || yearEnd
                || holiday.test(day);
    }
}
