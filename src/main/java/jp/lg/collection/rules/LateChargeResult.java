package jp.lg.collection.rules;

import java.util.List;

/**
 * The outcome of {@link LateChargeRule#compute}.
 *
 * @param lateCharge          the late charge to collect: the total truncated to 100 yen, 0 when under 1,000 yen
 *                            (法20の4の2③④)
 * @param totalBeforeRounding sum of the charged segments' amounts
 * @param segments            the charged lines, in date order
 * @param exemptions          the exempted lines (猶予 difference, 執行停止), in date order, for 延滞金減免情報
 */
public record LateChargeResult(long lateCharge, long totalBeforeRounding, List<LateChargeSegment> segments,
        List<LateChargeSegment> exemptions) {

    public LateChargeResult {
        segments = Args.noNullElements("segments", segments);
        exemptions = Args.noNullElements("exemptions", exemptions);
    }

    static LateChargeResult none() {
        return new LateChargeResult(0, 0, List.of(), List.of());
    }
}
