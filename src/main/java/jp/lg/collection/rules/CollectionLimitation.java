package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * 徴収権の消滅時効 — 地方税法18①, 18の2, and 民法150 / 152 applied through 法18③.
 *
 * <ul>
 *   <li>The right to collect runs from the day after the statutory due date (法定納期限の翌日から起算) and is
 *       extinguished after 5 years (法18①). The extinction is absolute — no invocation is needed and no
 *       waiver is possible (法18②) — so a payment offered after it must not be accepted.</li>
 *   <li>The 5 years is counted by 民法143: it ends on the day before the corresponding day five years on,
 *       or at the end of February when the period started on 29 February.</li>
 *   <li>A dunning notice keeps the period from completing until the day on which 10 days have passed from
 *       its issue and restarts it the next day (法18の2①②).</li>
 *   <li>An acknowledgement (payment pledge, payment-plan request, partial payment) renews it (民法152).</li>
 *   <li>A reminder (催告) only defers completion, once, for 6 months (民法150).</li>
 * </ul>
 * 交付要求 and seizure are modelled by the process (suspension while pending, renewal at the end: verify).
 */
public final class CollectionLimitation {

    /** 法18①. */
    public static final int LIMITATION_YEARS = 5;

    /** 民法150①. */
    public static final int REMINDER_DEFERRAL_MONTHS = 6;

    private CollectionLimitation() {
    }

    /** The first day of the limitation period: the day after the statutory due date (法18①). */
    public static LocalDate periodStart(LocalDate statutoryDueDate) {
        Args.notNull("statutoryDueDate", statutoryDueDate);
        return statutoryDueDate.plusDays(1);
    }

    /**
     * The first day on which the right no longer exists: the day after the 5-year period starting on
     * {@code periodStart} has ended (start 2020-06-01 → ends 2025-05-31 → extinguished on 2025-06-01;
     * start 2024-02-29 → ends 2029-02-28 → extinguished on 2029-03-01).
     */
    public static LocalDate extinguishedOn(LocalDate periodStart) {
        Args.notNull("periodStart", periodStart);
        return CivilCodePeriod.lastDay(periodStart, LIMITATION_YEARS * 12).plusDays(1);
    }

    /**
     * The first day of the new period after a dunning notice: the 10th day counting from the issue day is
     * issue + 9, and the period restarts on the day after it, issue + 10 (法18の2①一, ②).
     */
    public static LocalDate restartAfterDunning(LocalDate dunningIssuedOn) {
        Args.notNull("dunningIssuedOn", dunningIssuedOn);
        return dunningIssuedOn.plusDays(10);
    }

    /**
     * The first day of the new period after an acknowledgement: the day after it (民法152①, with 民法140
     * 初日不算入).
     */
    public static LocalDate restartAfterAcknowledgement(LocalDate acknowledgedOn) {
        Args.notNull("acknowledgedOn", acknowledgedOn);
        return acknowledgedOn.plusDays(1);
    }

    /**
     * The extinction day after a reminder: completion is deferred until 6 months have passed from the
     * reminder (民法150①, counted from the next day by 民法140), if that is later than the original date.
     *
     * <p>A reminder on or after the extinction day changes nothing: the right is already gone. Pass the
     * undeferred extinction day: a further reminder during a deferral has no effect (民法150②), which this
     * method reproduces because such a reminder falls on or after the original date.
     *
     * @param extinguishedOn the first day on which the right would no longer exist without the reminder
     * @param reminderOn     the day the reminder reached the taxpayer
     */
    public static LocalDate completionDeferredByReminder(LocalDate extinguishedOn, LocalDate reminderOn) {
        Args.notNull("extinguishedOn", extinguishedOn);
        Args.notNull("reminderOn", reminderOn);
        if (!reminderOn.isBefore(extinguishedOn)) {
            return extinguishedOn;
        }
        LocalDate deferred = CivilCodePeriod.lastDay(reminderOn.plusDays(1), REMINDER_DEFERRAL_MONTHS).plusDays(1);
        return deferred.isAfter(extinguishedOn) ? deferred : extinguishedOn;
    }

    /** Whether a payment may be accepted on {@code day}: only before the extinction day (法18②). */
    public static boolean acceptsPaymentOn(LocalDate extinguishedOn, LocalDate day) {
        Args.notNull("extinguishedOn", extinguishedOn);
        Args.notNull("day", day);
        return day.isBefore(extinguishedOn);
    }
}
