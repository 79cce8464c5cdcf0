package jp.lg.collection.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a 還付加算金: the days of one calendar year at that year's rate.
 *
 * @param from        first day, inclusive
 * @param to          last day, inclusive
 * @param days        days counted between them (those excluded by 法17の4② left out)
 * @param base        the 過誤納金, truncated to 1,000 yen
 * @param ratePercent %/year of that year
 * @param amount      base × rate × days ÷ 365, truncated to the yen
 */
public record RefundAdditionSegment(LocalDate from, LocalDate to, long days, long base, BigDecimal ratePercent,
        long amount) {
}
