package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * A period during which the late charge is reduced or exempted — 地方税法15の9 (details: verify).
 *
 * @param from first day of the period, inclusive
 * @param to   last day of the period, inclusive
 * @param kind what reduces the charge
 */
public record ReducedPeriod(LocalDate from, LocalDate to, Kind kind) {

    /** The source of the reduction, recorded with it (standard entity 延滞金減免情報). */
    public enum Kind {
        /** 徴収猶予 / 換価猶予 (法15, 15の5, 15の6): the late charge runs at the grace rate, the rest is exempted. */
        GRACE,
        /** 執行停止 (法15の7): the late charge for the period is exempted, rate 0. */
        SUSPENSION
    }

    public ReducedPeriod {
        Args.notNull("from", from);
        Args.notNull("to", to);
        Args.notNull("kind", kind);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: must not be before from " + from + " (was " + to + ")");
        }
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
