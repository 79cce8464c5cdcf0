package jp.lg.collection.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rates of statutory-rules.md §2 as the Flyway seed {@code V18__late_charge_rates_and_reductions.sql} loads
 * them, for the rule tests (the application reads them from the database; {@code LateChargeRatesTest} checks the
 * seed against the same rows). The grace rates of 2014–2020 are derived: before 2021 the grace rate was the
 * 特例基準割合 itself (旧附則3の2②), and the first-month rate was 特例基準割合 + 1 %. The 還付加算金 rates (法17の4,
 * 附則3の2) as {@code V20__refunds.sql} adds them: the cities' published rates, 2026 derived (平均貸付割合 + 0.5 %).
 */
public final class RulesFileRates {

    public static final LateChargeRateTable TABLE = table();

    private RulesFileRates() {
    }

    private static LateChargeRateTable table() {
        List<LateChargeRate> rows = new ArrayList<>();
        rows.add(row(2014, "2.9", "9.2", "1.9", "1.9"));
        rows.add(row(2015, "2.8", "9.1", "1.8", "1.8"));
        rows.add(row(2016, "2.8", "9.1", "1.8", "1.8"));
        rows.add(row(2017, "2.7", "9.0", "1.7", "1.7"));
        rows.add(row(2018, "2.6", "8.9", "1.6", "1.6"));
        rows.add(row(2019, "2.6", "8.9", "1.6", "1.6"));
        rows.add(row(2020, "2.6", "8.9", "1.6", "1.6"));
        rows.add(row(2021, "2.5", "8.8", "1.0", "1.0"));
        rows.add(row(2022, "2.4", "8.7", "0.9", "0.9"));
        rows.add(row(2023, "2.4", "8.7", "0.9", "0.9"));
        rows.add(row(2024, "2.4", "8.7", "0.9", "0.9"));
        rows.add(row(2025, "2.4", "8.7", "0.9", "0.9"));
        rows.add(row(2026, "2.8", "9.1", "1.3", "1.3"));
        return LateChargeRateTable.of(rows);
    }

    static LateChargeRate row(int year, String firstMonth, String later, String grace) {
        return row(year, firstMonth, later, grace, null);
    }

    static LateChargeRate row(int year, String firstMonth, String later, String grace, String refundAddition) {
        return new LateChargeRate(year, new BigDecimal(firstMonth), new BigDecimal(later),
                grace == null ? null : new BigDecimal(grace), refundAddition == null ? null : new BigDecimal(refundAddition));
    }
}
