package jp.lg.collection.rules;

import java.util.List;

/**
 * The outcome of {@link LateChargeRule#compute} and {@link LateChargeRule#onDecliningBalance}.
 *
 * @param lateCharge          the late charge to collect: the total truncated to 100 yen, 0 when under 1,000 yen
 *                            (法20の4の2③④); 0 while {@link #pending()}
 * @param totalBeforeRounding sum of the charged segments' amounts
 * @param segments            the charged lines, in date order
 * @param exemptions          the exempted lines (猶予 difference, full exemptions), in date order, for 延滞金減免情報
 * @param missingRateYears    calendar years of the charged days whose rates (or, in a 猶予, grace rate) are not
 *                            loaded: while any is missing nothing is computed and the charge is pending
 */
public record LateChargeResult(long lateCharge, long totalBeforeRounding, List<LateChargeSegment> segments,
        List<LateChargeSegment> exemptions, List<Integer> missingRateYears) {

    public LateChargeResult {
        segments = Args.noNullElements("segments", segments);
        exemptions = Args.noNullElements("exemptions", exemptions);
        missingRateYears = Args.noNullElements("missingRateYears", missingRateYears);
    }

    /** A computed result. */
    public LateChargeResult(long lateCharge, long totalBeforeRounding, List<LateChargeSegment> segments,
            List<LateChargeSegment> exemptions) {
        this(lateCharge, totalBeforeRounding, segments, exemptions, List.of());
    }

    /** Whether the charge cannot be computed yet: a year's rate is missing (statutory-rules.md §2). */
    public boolean pending() {
        return !missingRateYears.isEmpty();
    }

    /** The total amount exempted (法15の9), yen. */
    public long exempted() {
        return exemptions.stream().mapToLong(LateChargeSegment::amount).sum();
    }

    public static LateChargeResult none() {
        return new LateChargeResult(0, 0, List.of(), List.of());
    }

    static LateChargeResult pending(List<Integer> missingRateYears) {
        return new LateChargeResult(0, 0, List.of(), List.of(), missingRateYears);
    }
}
