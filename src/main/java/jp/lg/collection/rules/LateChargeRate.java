package jp.lg.collection.rules;

import java.math.BigDecimal;

/**
 * The late-charge rates in force for the days of one calendar year — 地方税法附則3の2.
 *
 * <p>法326 sets 7.3 %/year for the first month after the due date and 14.6 %/year after that; 附則3の2 replaces
 * them, year by year, with 延滞金特例基準割合 + 1 % and 延滞金特例基準割合 + 7.3 %, each capped at the statutory
 * rate, and sets the rate that runs during 徴収猶予 / 換価猶予 (猶予特例基準割合, 附則3の2②, with 法15の9).
 * The same 附則 replaces the 7.3 %/year of the 還付加算金 (法17の4①) with the year's 還付加算金特例基準割合 (before
 * 2021: the 特例基準割合): the money the city pays back on a 過誤納金 runs at the rate of the same calendar year, so it
 * is kept in the same row ({@link RefundAdditionRule}).
 *
 * @param year              the calendar year whose days take these rates
 * @param firstMonthPercent %/year from the day after the due date until one month has passed
 * @param laterPercent      %/year after that month
 * @param gracePercent      %/year during a grace (猶予) period; {@code null} when not loaded for that year
 * @param refundAdditionPercent %/year of the 還付加算金 (法17の4, 附則3の2); {@code null} when not loaded for that year
 */
public record LateChargeRate(int year, BigDecimal firstMonthPercent, BigDecimal laterPercent, BigDecimal gracePercent,
        BigDecimal refundAdditionPercent) {

    /** 法17の4①: the unreduced 還付加算金 rate, and the cap of the reduced one. */
    public static final BigDecimal STATUTORY_REFUND_ADDITION_PERCENT = new BigDecimal("7.3");

    /** 法326①: the unreduced first-month rate, and the cap of the reduced one. */
    public static final BigDecimal STATUTORY_FIRST_MONTH_PERCENT = new BigDecimal("7.3");

    /** 法326①: the unreduced rate after one month, and the cap of the reduced one. */
    public static final BigDecimal STATUTORY_LATER_PERCENT = new BigDecimal("14.6");

    public LateChargeRate {
        Args.notNull("firstMonthPercent", firstMonthPercent);
        Args.notNull("laterPercent", laterPercent);
        requireRate("firstMonthPercent", firstMonthPercent, STATUTORY_FIRST_MONTH_PERCENT);
        requireRate("laterPercent", laterPercent, STATUTORY_LATER_PERCENT);
        if (gracePercent != null) {
            // 法15の9 only exempts: the grace rate never exceeds the first-month statutory rate.
            requireRate("gracePercent", gracePercent, STATUTORY_FIRST_MONTH_PERCENT);
        }
        if (refundAdditionPercent != null) {
            requireRate("refundAdditionPercent", refundAdditionPercent, STATUTORY_REFUND_ADDITION_PERCENT);
        }
    }

    /** A year's late-charge rates without a 還付加算金 rate. */
    public LateChargeRate(int year, BigDecimal firstMonthPercent, BigDecimal laterPercent, BigDecimal gracePercent) {
        this(year, firstMonthPercent, laterPercent, gracePercent, null);
    }

    private static void requireRate(String name, BigDecimal rate, BigDecimal statutoryCap) {
        if (rate.signum() < 0) {
            throw new IllegalArgumentException(name + ": must not be negative (was " + rate + ")");
        }
        if (rate.compareTo(statutoryCap) > 0) {
            // 附則3の2: the special rate applies only while it is below the statutory rate.
            throw new IllegalArgumentException(
                    name + ": must not exceed the statutory " + statutoryCap + " % (was " + rate + ")");
        }
    }
}
