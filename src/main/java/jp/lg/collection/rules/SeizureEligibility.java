package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * 差押の要件 — 地方税法331①一 (市町村民税; likewise 法373, 463の27, 728 for the other taxes).
 *
 * <p>The collector must seize when the delinquent has not paid in full by the day on which 10 days have
 * passed counting from the day the dunning notice was issued ("督促状を発した日から起算して10日を経過した日").
 * "起算して" makes the issue day day 1, so the 10th day is issue + 9 days; seizure is possible from the day
 * after it, issue + 10 days (issued 6/1 → 10th day 6/10 → seizure from 6/11). Enforcement presupposes a
 * dunning notice, so a bill without one is never eligible.
 */
public final class SeizureEligibility {

    private SeizureEligibility() {
    }

    /** The day on which 10 days have passed counting from the issue day: issue + 9 days. */
    public static LocalDate tenthDay(LocalDate dunningIssuedOn) {
        Args.notNull("dunningIssuedOn", dunningIssuedOn);
        return dunningIssuedOn.plusDays(9);
    }

    /** The first day on which a seizure may be made: the day after the 10th day, issue + 10 days. */
    public static LocalDate eligibleFrom(LocalDate dunningIssuedOn) {
        Args.notNull("dunningIssuedOn", dunningIssuedOn);
        return dunningIssuedOn.plusDays(10);
    }

    /**
     * Whether a seizure may be made on {@code day}.
     *
     * @param dunningIssuedOn the issue date of the dunning notice; {@code null} (no notice issued) → false
     */
    public static boolean allowsSeizureOn(LocalDate dunningIssuedOn, LocalDate day) {
        Args.notNull("day", day);
        if (dunningIssuedOn == null) {
            return false;
        }
        return !day.isBefore(eligibleFrom(dunningIssuedOn));
    }
}
