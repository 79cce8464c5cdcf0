package jp.lg.collection.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened to one installment that bears on its limitation period ({@link CollectionLimitation#extinguishedOn(
 * LimitationHistory)}).
 *
 * @param periodStart  the first day of the period as last restarted: the day after the statutory due date (法18①),
 *                     or the later restart by a dunning notice (法18の2①二) or an acknowledgement (民法152)
 * @param enforcements the seizures, 参加差押 and 交付要求 that reached the installment
 * @param graces       the 徴収猶予 and 換価猶予 granted for it
 * @param reminders    the days on which a 催告 (a written reminder) was made for it
 */
public record LimitationHistory(LocalDate periodStart, List<Enforcement> enforcements, List<Grace> graces,
        List<LocalDate> reminders) {

    public LimitationHistory {
        Args.notNull("periodStart", periodStart);
        enforcements = Args.noNullElements("enforcements", enforcements);
        graces = Args.noNullElements("graces", graces);
        reminders = Args.noNullElements("reminders", reminders);
    }

    /** A period with no event since its start. */
    public static LimitationHistory startingOn(LocalDate periodStart) {
        return new LimitationHistory(periodStart, List.of(), List.of(), List.of());
    }

    /**
     * A seizure, 参加差押 or 交付要求: in force from {@code from} (the day it took effect) until {@code endedOn}
     * (released, or its proceeds distributed), or still standing when {@code endedOn} is null.
     */
    public record Enforcement(LocalDate from, LocalDate endedOn) {
        public Enforcement {
            Args.notNull("from", from);
            if (endedOn != null && endedOn.isBefore(from)) {
                throw new IllegalArgumentException("endedOn: " + endedOn + " is before from " + from);
            }
        }

        public boolean standing() {
            return endedOn == null;
        }
    }

    /** A 徴収猶予 or 換価猶予 from its first to its last day, both included. */
    public record Grace(LocalDate first, LocalDate last) {
        public Grace {
            Args.notNull("first", first);
            Args.notNull("last", last);
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("last: " + last + " is before first " + first);
            }
        }
    }
}
