package jp.lg.collection.rules;

import java.math.BigDecimal;

/**
 * The late-charge rates in force for the days of one calendar year — 地方税法附則3の2.
 *
 * <p>法326 sets 7.3 %/year for the first month after the due date and 14.6 %/year after that; 附則3の2 replaces
 * them, year by year, with 延滞金特例基準割合 + 1 % and 延滞金特例基準割合 + 7.3 %, each capped at the statutory
 * rate, and sets the rate that runs during 徴収猶予 / 換価猶予 (猶予特例基準割合, 附則3の2②, with 法15の9).
 *
 * @param year              the calendar year whose days take these rates
 * @param firstMonthPercent %/year from the day after the due date until one month has passed
 * @param laterPercent      %/year after that month
 * @param gracePercent      %/year during a grace (猶予) period; {@code null} when not loaded for that year
 */
public record LateChargeRate(int year, BigDecimal firstMonthPercent, BigDecimal laterPercent, BigDecimal gracePercent) {

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
