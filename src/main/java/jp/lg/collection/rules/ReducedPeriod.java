package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * A period during which the late charge is reduced or exempted — 地方税法15の9, 附則3の2② (details: verify).
 *
 * @param from   first day of the period, inclusive
 * @param to     last day of the period, inclusive
 * @param kind   how the period reduces the charge
 * @param source what granted it, recorded with each reduction (延滞金減免情報), e.g. {@code GRACE:12} or
 *               {@code SUSPENSION:3}; may be null
 */
public record ReducedPeriod(LocalDate from, LocalDate to, Kind kind, String source) {

    /** How a period reduces the charge; the label is the line printed for the taxpayer. */
    public enum Kind {
        /**
         * 徴収猶予 on the grounds of 法15①三・四 (or 五 like them), ② and 換価猶予 (法15の5, 15の6): the late charge
         * runs at the year's grace rate (猶予特例基準割合, 附則3の2②), the rest is exempted (法15の9②).
         */
        GRACE("猶予期間", false),
        /** 徴収猶予 for disaster, illness or the like (法15①一・二, 五 like them): exempted in full (法15の9①). */
        GRACE_FULL_EXEMPTION("猶予期間(全額免除)", true),
        /** 執行停止 (法15の7): exempted in full (法15の9①). */
        SUSPENSION("執行停止期間", true);

        private final String label;
        private final boolean fullExemption;

        Kind(String label, boolean fullExemption) {
            this.label = label;
            this.fullExemption = fullExemption;
        }

        public String label() {
            return label;
        }

        /** Whether no late charge at all runs during the period. */
        public boolean fullExemption() {
            return fullExemption;
        }
    }

    public ReducedPeriod {
        Args.notNull("from", from);
        Args.notNull("to", to);
        Args.notNull("kind", kind);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: must not be before from " + from + " (was " + to + ")");
        }
    }

    /** A period without a recorded source. */
    public ReducedPeriod(LocalDate from, LocalDate to, Kind kind) {
        this(from, to, kind, null);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
