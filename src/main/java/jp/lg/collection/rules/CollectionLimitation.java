package jp.lg.collection.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 徴収権の消滅時効 — 地方税法18①, 18の2, and 民法148 / 150 / 152 applied through 法18③.
 *
 * <ul>
 *   <li>The right to collect runs from the day after the statutory due date (法定納期限の翌日から起算) and is
 *       extinguished after 5 years (法18①). The extinction is absolute — no invocation is needed and no
 *       waiver is possible (法18②) — so a payment offered after it must not be accepted.</li>
 *   <li>The 5 years is counted by 民法143: it ends on the day before the corresponding day five years on,
 *       or at the end of February when the period started on 29 February.</li>
 *   <li>A dunning notice keeps the period from completing until the day on which 10 days have passed
 *       counting from its issue (issue + 10, the issue day being day 1) has ended, and the new period starts
 *       the next day (法18の2①二): issued 2020-06-15 → new period 2020-06-26 … 2025-06-25 → extinguished from
 *       2025-06-26.</li>
 *   <li>An acknowledgement (payment pledge, payment-plan request, partial payment) renews it from the next
 *       day (民法152, 民法140).</li>
 *   <li>Of two restarts the later wins: a restart never moves the start of the period back.</li>
 *   <li>A seizure, a 参加差押 or a 交付要求 keeps the period from completing while it stands, and the period
 *       starts afresh the day after it ends (民法148 for the seizure, 法18の2① for the 交付要求; verify: the
 *       rules file marks the seizure's renewal at its end, and says only "suspends" for the 交付要求). A seizure
 *       of real estate that stands therefore never lets the debt lapse.</li>
 *   <li>The period does not run during a 徴収猶予 or 換価猶予 (法18の2④, verify the paragraph): the days of the
 *       grace are added to it.</li>
 *   <li>A reminder (催告) only defers completion, once, until 6 months have passed from it (民法150①); a
 *       reminder made while an earlier one defers completion has no effect (民法150②).</li>
 * </ul>
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
     * The first day of the new period after a dunning notice: completion waits until the day on which 10 days
     * have passed counting from the issue day ({@link SeizureEligibility#lastDayToPay}, issue + 10) has ended,
     * and the new period starts the next day, issue + 11 (法18の2①二).
     */
    public static LocalDate restartAfterDunning(LocalDate dunningIssuedOn) {
        return SeizureEligibility.lastDayToPay(dunningIssuedOn).plusDays(1);
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
     * The first day of the new period after a seizure, 参加差押 or 交付要求 has ended: the next day (民法148②,
     * 法18の2①).
     */
    public static LocalDate restartAfterEnforcement(LocalDate endedOn) {
        Args.notNull("endedOn", endedOn);
        return endedOn.plusDays(1);
    }

    /**
     * Whether a restart starting the period on {@code candidate} replaces the current start: only a later
     * one does — of two restarts the later wins, and no event moves the period's start back.
     *
     * @param current the present first day of the period; null when none is recorded
     */
    public static boolean restarts(LocalDate current, LocalDate candidate) {
        Args.notNull("candidate", candidate);
        return current == null || candidate.isAfter(current);
    }

    /**
     * The first day on which the right no longer exists, from everything that happened to the installment;
     * empty while a seizure, 参加差押 or 交付要求 that took effect before that day still stands (the period
     * cannot complete then). The events are applied in the order of the law: the latest restart (the recorded
     * start, or the day after an enforcement ended), the graces during which the period did not run, then
     * the reminders that defer its completion.
     */
    public static Optional<LocalDate> extinguishedOn(LimitationHistory history) {
        Args.notNull("history", history);
        LocalDate start = history.periodStart();
        LocalDate extinguished = afterGraces(start, history.graces());
        List<LimitationHistory.Enforcement> enforcements = history.enforcements().stream()
                .sorted(Comparator.comparing(LimitationHistory.Enforcement::from)).toList();
        for (LimitationHistory.Enforcement e : enforcements) {
            if (!e.from().isBefore(extinguished)) {
                continue; // made after the right was gone: it revives nothing
            }
            if (e.standing()) {
                return Optional.empty();
            }
            LocalDate restart = restartAfterEnforcement(e.endedOn());
            if (restarts(start, restart)) {
                start = restart;
                extinguished = afterGraces(start, history.graces());
            }
        }
        return Optional.of(completionDeferredByReminders(extinguished, start, history.reminders()));
    }

    /** The extinction day of a period starting on {@code start}, with the days of the graces added. */
    private static LocalDate afterGraces(LocalDate start, List<LimitationHistory.Grace> graces) {
        LocalDate extinguished = extinguishedOn(start);
        List<LimitationHistory.Grace> ordered = graces.stream()
                .sorted(Comparator.comparing(LimitationHistory.Grace::first)).toList();
        LocalDate counted = start; // grace days before this day are counted already (overlapping graces)
        for (LimitationHistory.Grace g : ordered) {
            LocalDate from = g.first().isBefore(counted) ? counted : g.first();
            if (g.last().isBefore(from) || !from.isBefore(extinguished)) {
                continue; // before the period, counted already, or after the right was gone
            }
            extinguished = extinguished.plusDays(ChronoUnit.DAYS.between(from, g.last()) + 1);
            counted = g.last().plusDays(1);
        }
        return extinguished;
    }

    /**
     * The extinction day after a reminder: completion is deferred until 6 months have passed from the
     * reminder (民法150①, counted from the next day by 民法140), if that is later than the original date.
     *
     * <p>A reminder on or after the extinction day changes nothing: the right is already gone.
     *
     * @param extinguishedOn the first day on which the right would no longer exist without the reminder
     * @param reminderOn     the day the reminder was made
     */
    public static LocalDate completionDeferredByReminder(LocalDate extinguishedOn, LocalDate reminderOn) {
        Args.notNull("extinguishedOn", extinguishedOn);
        Args.notNull("reminderOn", reminderOn);
        if (!reminderOn.isBefore(extinguishedOn)) {
            return extinguishedOn;
        }
        LocalDate deferred = deferralEnd(reminderOn);
        return deferred.isAfter(extinguishedOn) ? deferred : extinguishedOn;
    }

    /**
     * The extinction day after several reminders: only a reminder made before the right is gone counts, and
     * one made while an earlier reminder still defers completion has no effect (民法150②), so reminders are
     * taken in order and each effective one opens a 6-month window of its own.
     *
     * @param periodStart reminders before the present period's start are part of an earlier period
     */
    public static LocalDate completionDeferredByReminders(LocalDate extinguishedOn, LocalDate periodStart,
            List<LocalDate> reminders) {
        Args.notNull("extinguishedOn", extinguishedOn);
        Args.notNull("periodStart", periodStart);
        List<LocalDate> ordered = Args.noNullElements("reminders", reminders).stream().sorted().toList();
        LocalDate windowEnd = null; // the first day after the effective reminder's 6 months
        for (LocalDate r : ordered) {
            if (r.isBefore(periodStart) || !r.isBefore(extinguishedOn)) {
                continue;
            }
            if (windowEnd == null || !r.isBefore(windowEnd)) {
                windowEnd = deferralEnd(r);
            }
        }
        return windowEnd != null && windowEnd.isAfter(extinguishedOn) ? windowEnd : extinguishedOn;
    }

    private static LocalDate deferralEnd(LocalDate reminderOn) {
        return CivilCodePeriod.lastDay(reminderOn.plusDays(1), REMINDER_DEFERRAL_MONTHS).plusDays(1);
    }

    /** Whether a payment may be accepted on {@code day}: only before the extinction day (法18②). */
    public static boolean acceptsPaymentOn(LocalDate extinguishedOn, LocalDate day) {
        Args.notNull("extinguishedOn", extinguishedOn);
        Args.notNull("day", day);
        return day.isBefore(extinguishedOn);
    }
}
