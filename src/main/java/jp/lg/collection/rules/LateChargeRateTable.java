package jp.lg.collection.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The yearly late-charge rates of 地方税法附則3の2, kept as data: a newly published year is one new row. The rows
 * live in the database (table {@code late_charge_rate}, seeded by Flyway with the rates of the statutory-rules
 * table, a new year added by an administrator); this class is the table as {@link LateChargeRule} reads it.
 *
 * <p>A year missing from the table is not guessed: {@link LateChargeRule#compute} refuses it and
 * {@link LateChargeRule#onDecliningBalance} returns a pending result naming the year. Years before 2014 used
 * another structure (the 14.6 % part was not reduced) and are loaded as rows by a city that needs them.
 */
public final class LateChargeRateTable {

    private final Map<Integer, LateChargeRate> byYear;

    private LateChargeRateTable(Map<Integer, LateChargeRate> byYear) {
        this.byYear = Collections.unmodifiableMap(byYear);
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

    /** The rates for the days of {@code year}, if loaded. */
    public Optional<LateChargeRate> find(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    /**
     * The rates for the days of {@code year}.
     *
     * @throws IllegalArgumentException "dueDate: late-charge rates for &lt;year&gt; are not loaded" — the year
     *         comes from the due date and payment date of the bill being computed
     */
    public LateChargeRate rateFor(int year) {
        return find(year).orElseThrow(() -> missing(year));
    }

    static IllegalArgumentException missing(int year) {
        return new IllegalArgumentException("dueDate: late-charge rates for " + year + " are not loaded");
    }

    /**
     * The years an administrator must be warned about on {@code today}: the current year when it is not loaded,
     * and from 1 December the next year when it is not loaded yet (statutory-rules.md §2: the 特例基準割合 is
     * published in November for the next year; from 1 January every late charge running into it would wait).
     */
    public List<Integer> yearsToWarnAbout(LocalDate today) {
        Args.notNull("today", today);
        List<Integer> years = new ArrayList<>();
        if (!byYear.containsKey(today.getYear())) {
            years.add(today.getYear());
        }
        if (today.getMonthValue() == 12 && !byYear.containsKey(today.getYear() + 1)) {
            years.add(today.getYear() + 1);
        }
        return years;
    }

    /**
     * Like {@link #yearsToWarnAbout} for the 還付加算金 rate ({@link RefundAdditionRule}): the current year, and from
     * 1 December the next, when its row or its 還付加算金 rate is not loaded — a refund decided on such a day waits.
     */
    public List<Integer> refundAdditionYearsToWarnAbout(LocalDate today) {
        Args.notNull("today", today);
        List<Integer> years = new ArrayList<>();
        if (refundAdditionMissing(today.getYear())) {
            years.add(today.getYear());
        }
        if (today.getMonthValue() == 12 && refundAdditionMissing(today.getYear() + 1)) {
            years.add(today.getYear() + 1);
        }
        return years;
    }

    private boolean refundAdditionMissing(int year) {
        LateChargeRate rate = byYear.get(year);
        return rate == null || rate.refundAdditionPercent() == null;
    }

    /** All loaded rows, oldest year first. */
    public List<LateChargeRate> rates() {
        return List.copyOf(byYear.values());
    }
}
