package jp.lg.collection.rules;

/**
 * The outcome of {@link WageSeizureLimit#compute}.
 *
 * @param exempt             差押禁止額: taxes + social insurance + living allowance + 20 % part
 * @param seizable           差押可能額: gross − exempt, never below 0
 * @param livingAllowance    76①四 / 令34: 100,000 yen + 45,000 yen per household member
 * @param twentyPercentPart  76①五: 20 % of the rest, at most twice the living allowance
 */
public record WageSeizureResult(long exempt, long seizable, long livingAllowance, long twentyPercentPart) {
}
