package jp.lg.collection.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The yearly late-charge rates of 地方税法附則3の2, kept as data: a newly published year is one new row.
 *
 * <p>{@link #statutory()} holds the 2014–2026 rates of the product's statutory-rules table. Grace (猶予) rates
 * are loaded for 2021 onwards only; those of 2014–2020 are marked (verify) there and are left {@code null},
 * so a computation that needs them fails loudly instead of guessing. Years before 2014 used another
 * structure (the 14.6 % part was not reduced) and are loaded with {@link #of(List)} by a city that needs them.
 */
public final class LateChargeRateTable {

    private final Map<Integer, LateChargeRate> byYear;

    private LateChargeRateTable(Map<Integer, LateChargeRate> byYear) {
        this.byYear = Collections.unmodifiableMap(byYear);
    }

    /** The rates published under 附則3の2 for 2014–2026. */
    public static LateChargeRateTable statutory() {
        List<LateChargeRate> rows = new ArrayList<>();
        rows.add(row(2014, "2.9", "9.2", null));
        rows.add(row(2015, "2.8", "9.1", null));
        rows.add(row(2016, "2.8", "9.1", null));
        rows.add(row(2017, "2.7", "9.0", null));
        rows.add(row(2018, "2.6", "8.9", null));
        rows.add(row(2019, "2.6", "8.9", null));
        rows.add(row(2020, "2.6", "8.9", null));
        rows.add(row(2021, "2.5", "8.8", "1.0"));
        rows.add(row(2022, "2.4", "8.7", "0.9"));
        rows.add(row(2023, "2.4", "8.7", "0.9"));
        rows.add(row(2024, "2.4", "8.7", "0.9"));
        rows.add(row(2025, "2.4", "8.7", "0.9"));
        rows.add(row(2026, "2.8", "9.1", "1.3"));
        return of(rows);
    }

    /** A table of the given rows, one per calendar year. */
    public static LateChargeRateTable of(List<LateChargeRate> rates) {
        List<LateChargeRate> rows = Args.noNullElements("rates", rates);
        Map<Integer, LateChargeRate> byYear = new TreeMap<>();
        for (LateChargeRate rate : rows) {
            if (byYear.putIfAbsent(rate.year(), rate) != null) {
                throw new IllegalArgumentException("rates: year " + rate.year() + " is listed twice");
            }
        }
        return new LateChargeRateTable(byYear);
    }

    /**
     * The rates for the days of {@code year}.
     *
     * @throws IllegalArgumentException "dueDate: late-charge rates for &lt;year&gt; are not loaded" — the year
     *         comes from the due date and payment date of the bill being computed
     */
    public LateChargeRate rateFor(int year) {
        LateChargeRate rate = byYear.get(year);
        if (rate == null) {
            throw new IllegalArgumentException("dueDate: late-charge rates for " + year + " are not loaded");
        }
        return rate;
    }

    /** All loaded rows, oldest year first. */
    public List<LateChargeRate> rates() {
        return List.copyOf(byYear.values());
    }

    private static LateChargeRate row(int year, String firstMonth, String later, String grace) {
        return new LateChargeRate(year, new BigDecimal(firstMonth), new BigDecimal(later),
                grace == null ? null : new BigDecimal(grace));
    }
}
