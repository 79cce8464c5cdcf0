package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * Periods counted in months or years, as 民法143 reads them (applied to local tax through 地方税法20の5 and
 * to enforcement through 国税通則法10).
 *
 * <p>A period whose first day is {@code firstDay} ends on the day before the day of the last month that
 * corresponds to {@code firstDay} (民法143②本文); when that month has no corresponding day — 31st, 30th, or
 * 29 February — it ends on the last day of that month (民法143②ただし書). A period that starts on the first
 * of a month therefore ends at the end of a month (民法143①). Callers decide which day is the first day:
 * statutes that say "…の翌日から起算して" pass the next day, and 民法140 (初日不算入) makes the day after an
 * event the first day unless the period starts at midnight.
 */
final class CivilCodePeriod {

    private CivilCodePeriod() {
    }

    /** The last day of a period of {@code months} months whose first day is {@code firstDay}. */
    static LocalDate lastDay(LocalDate firstDay, int months) {
        LocalDate corresponding = firstDay.plusMonths(months);
        if (firstDay.getDayOfMonth() > corresponding.lengthOfMonth()) {
            // plusMonths clamped to the month end: the month has no corresponding day (民法143②ただし書).
            return corresponding;
        }
        return corresponding.minusDays(1);
    }
}
