package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * 差押の要件 — 地方税法331①一 (市町村民税; likewise 法373①一, 463の27①一, 728①一 for the other taxes, see
 * {@link CollectionArticles}); 国税徴収法47①一 uses the same words.
 *
 * <p>The collector must seize when the delinquent has not paid in full by the day on which 10 days have
 * passed counting from the day the dunning notice was issued ("督促状を発した日から起算して10日を経過した日までに
 * 完納しないとき"). "起算して" makes the issue day day 1, so the 10th day is issue + 9; the day on which 10 days
 * have passed is the day after it, issue + 10 — the last day on which paying in full still avoids the
 * seizure; the seizure is lawful from the next day, issue + 11 (issued 6/1 → 10th day 6/10 → last day to
 * pay 6/11 → seizure from 6/12). Enforcement presupposes a dunning notice, so a bill without one is never
 * eligible.
 */
public final class SeizureEligibility {

    private SeizureEligibility() {
    }

    /** The 10th day counting the issue day as day 1: issue + 9 days. */
    public static LocalDate tenthDay(LocalDate dunningIssuedOn) {
        Args.notNull("dunningIssuedOn", dunningIssuedOn);
        return dunningIssuedOn.plusDays(9);
    }

    /**
     * The day on which 10 days have passed counting from the issue day (「起算して10日を経過した日」): the day
     * after the 10th day, issue + 10 — the last day on which paying in full avoids the seizure.
     */
    public static LocalDate lastDayToPay(LocalDate dunningIssuedOn) {
        return tenthDay(dunningIssuedOn).plusDays(1);
    }

    /** The first day on which a seizure may be made: the day after {@link #lastDayToPay}, issue + 11 days. */
    public static LocalDate eligibleFrom(LocalDate dunningIssuedOn) {
        return lastDayToPay(dunningIssuedOn).plusDays(1);
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
