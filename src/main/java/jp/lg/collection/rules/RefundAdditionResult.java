package jp.lg.collection.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of {@link RefundAdditionRule#compute}.
 *
 * @param addition            the 還付加算金 to add: the total truncated to 100 yen, 0 when under 1,000 yen
 *                            (法20の4の2); 0 while {@link #pending()}
 * @param totalBeforeRounding sum of the lines
 * @param base                the 過誤納金 it is computed on, truncated to 1,000 yen; 0 when under 2,000 yen
 * @param firstDay            起算日 (the first day counted); null for a 残余金
 * @param lastDay             the last day counted (支出決定日 or 充当適状日)
 * @param days                the days counted (without those of 法17の4②)
 * @param segments            one line per calendar year, in date order
 * @param missingRateYears    years whose 還付加算金 rate is not loaded: nothing is computed until they are
 */
public record RefundAdditionResult(long addition, long totalBeforeRounding, long base, LocalDate firstDay,
        LocalDate lastDay, long days, List<RefundAdditionSegment> segments, List<Integer> missingRateYears) {

    public RefundAdditionResult {
        segments = Args.noNullElements("segments", segments);
        missingRateYears = Args.noNullElements("missingRateYears", missingRateYears);
    }

    /** Whether it cannot be computed yet: a year's rate is missing. */
    public boolean pending() {
        return !missingRateYears.isEmpty();
    }

    static RefundAdditionResult none(long base, LocalDate firstDay, LocalDate lastDay) {
        return new RefundAdditionResult(0, 0, base, firstDay, lastDay, 0, List.of(), List.of());
    }
}
