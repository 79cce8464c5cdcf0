package jp.lg.collection.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of one cell of the statistics: a month or the whole fiscal year, one tax item or all, one district
 * or all. Money is 本税 yen ({@link StatisticsRepository}).
 *
 * @param levyCurrent       現年 調定額 (the year's, the same in every month)
 * @param levyArrears       滞繰 調定額 (owed on 1 April by installments of earlier years)
 * @param collectedCurrent  現年 収入額 of the period (the month, or the year)
 * @param collectedArrears  滞繰 収入額 of the period
 * @param cumulativeCurrent 現年 収入額 from 1 April to the end of the period (収納率 is reckoned on it)
 * @param cumulativeArrears 滞繰 収入額 from 1 April to the end of the period
 * @param enforcement       収入額 of the period that came from a 配当 of an enforcement step (included in the above)
 * @param writtenOffToDate  不納欠損額 from 1 April to the end of the period
 * @param actions           cases and amounts of the period per {@link Action}
 */
public record Figures(long levyCurrent, long levyArrears, long collectedCurrent, long collectedArrears,
        long cumulativeCurrent, long cumulativeArrears, long enforcement, long writtenOffToDate,
        Map<Action, Count> actions) {

    /** How many cases (or steps) and the amount they concern. */
    public record Count(long number, long amount) {

        static final Count NONE = new Count(0, 0);
    }

    static final Figures EMPTY = new Figures(0, 0, 0, 0, 0, 0, 0, 0, new EnumMap<>(Action.class));

    /** 調定額 (現年 + 滞繰). */
    public long levy() {
        return levyCurrent + levyArrears;
    }

    /** 収入額 of the period (現年 + 滞繰). */
    public long collected() {
        return collectedCurrent + collectedArrears;
    }

    /** 収入額 from 1 April to the end of the period. */
    public long cumulative() {
        return cumulativeCurrent + cumulativeArrears;
    }

    /** 現年 収納率 in percent, one decimal (half up); null without a 調定額. */
    public BigDecimal rateCurrent() {
        return rate(cumulativeCurrent, levyCurrent);
    }

    /** 滞繰 収納率. */
    public BigDecimal rateArrears() {
        return rate(cumulativeArrears, levyArrears);
    }

    /** 収納率 of 現年 and 滞繰 together. */
    public BigDecimal rate() {
        return rate(cumulative(), levy());
    }

    /**
     * 未納額 at the end of the period: 調定額 − 収入額 − 不納欠損額 since 1 April. At the end of the fiscal year this is
     * the 滞納繰越額, the next year's 滞繰 調定額 of these installments.
     */
    public long unpaid() {
        return levy() - cumulative() - writtenOffToDate;
    }

    public Count of(Action action) {
        return actions.getOrDefault(action, Count.NONE);
    }

    public long number(Action action) {
        return of(action).number();
    }

    public long amount(Action action) {
        return of(action).amount();
    }

    static BigDecimal rate(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
