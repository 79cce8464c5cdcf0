package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * 執行停止による納税義務の消滅 — 地方税法15の7④⑤.
 *
 * <p>The duty to pay is extinguished when the suspension of enforcement has continued for 3 years (④);
 * the day the 3 years complete is the day returned, counted by 民法140/143 from the day after the
 * suspension (start 2021-04-01 → 2024-04-01). When there is no property and collection is clearly impossible,
 * the duty may be extinguished at once (⑤) — a manager's decision, not a date rule. A revocation of the
 * suspension (法15の8) cancels the timer.
 */
public final class SuspensionExtinction {

    /** 法15の7④. */
    public static final int YEARS = 3;

    private SuspensionExtinction() {
    }

    /** The day on which 3 continuous years of suspension complete and the debt is extinguished. */
    public static LocalDate extinguishedOn(LocalDate suspensionStartedOn) {
        Args.notNull("suspensionStartedOn", suspensionStartedOn);
        return CivilCodePeriod.lastDay(suspensionStartedOn.plusDays(1), YEARS * 12);
    }
}
