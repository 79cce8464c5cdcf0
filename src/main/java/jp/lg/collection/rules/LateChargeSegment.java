package jp.lg.collection.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a late-charge computation: a run of days with one base and one rate.
 *
 * @param from        first day, inclusive
 * @param to          last day, inclusive
 * @param days        number of days from {@code from} to {@code to}, both counted
 * @param base        principal unpaid during the run, truncated to 1,000 yen (法20の4の2①)
 * @param ratePercent %/year applied (for an exemption: the rate exempted)
 * @param amount      base × rate × days ÷ 365, truncated to the yen
 * @param label       the line as printed for the taxpayer, e.g. 納期限の翌日から1月 / 1月経過後 / 猶予期間 / 執行停止期間
 * @param source      the {@link ReducedPeriod#source()} of a reduced or exempted line; null otherwise
 */
public record LateChargeSegment(LocalDate from, LocalDate to, long days, long base, BigDecimal ratePercent,
        long amount, String label, String source) {

    public LateChargeSegment {
        Args.notNull("from", from);
        Args.notNull("to", to);
        Args.notNull("ratePercent", ratePercent);
        Args.notNull("label", label);
    }

    /** A line outside any reduced period. */
    public LateChargeSegment(LocalDate from, LocalDate to, long days, long base, BigDecimal ratePercent, long amount,
            String label) {
        this(from, to, days, base, ratePercent, amount, label, null);
    }
}
