package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * 執行停止による納税義務の消滅 — 地方税法15の7④⑤.
 *
 * <p>The duty to pay is extinguished when the suspension of enforcement has continued for 3 years (④). The
 * 3 years are counted by 民法140/143 from the day after the suspension: decided 2021-04-01 → the 3 years run
 * 2021-04-02 … 2024-04-01, and the debt is extinguished when that last day has ended, at the start of
 * 2024-04-02 — on the last day itself the suspension may still be revoked (法15の8) and the debt paid. When
 * there is no property and collection is clearly impossible, the duty may be extinguished at once (⑤) — a
 * manager's decision, not a date rule. A revocation of the suspension (法15の8) cancels the timer.
 */
public final class SuspensionExtinction {

    /** 法15の7④. */
    public static final int YEARS = 3;

    private SuspensionExtinction() {
    }

    /** The last day of the 3 continuous years of suspension (decided 2021-04-01 → 2024-04-01). */
    public static LocalDate lastDay(LocalDate suspensionStartedOn) {
        Args.notNull("suspensionStartedOn", suspensionStartedOn);
        return CivilCodePeriod.lastDay(suspensionStartedOn.plusDays(1), YEARS * 12);
    }

    /**
     * The day the debt is extinguished: the day after {@link #lastDay}, from its first moment (decided
     * 2021-04-01 → 2024-04-02 00:00).
     */
    public static LocalDate extinguishedOn(LocalDate suspensionStartedOn) {
        return lastDay(suspensionStartedOn).plusDays(1);
    }
}
