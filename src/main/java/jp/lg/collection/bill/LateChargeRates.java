package jp.lg.collection.bill;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.lg.collection.rules.LateChargeRate;
import jp.lg.collection.rules.LateChargeRateTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 延滞金の割合 (地方税法附則3の2) as data: table {@code late_charge_rate}, one row per calendar year, seeded by Flyway
 * and extended by an administrator. Read often (every late charge of every notice and payment), changed once a
 * year: the table is kept for a minute, so a year added on another node of a cluster is seen within that minute.
 */
@Repository
public class LateChargeRates {

    private static final long KEEP_NANOS = TimeUnit.MINUTES.toNanos(1);

    /**
     * A year's row with where it came from; the 還付加算金 rate of the same year (法17の4, 附則3の2) with its own source
     * and check, as it may be loaded later than the late-charge rates.
     */
    public record Row(int year, BigDecimal firstMonthPercent, BigDecimal laterPercent, BigDecimal gracePercent,
            String source, boolean verified, String registeredBy, LocalDateTime registeredAt,
            BigDecimal refundAdditionPercent, String refundAdditionSource, boolean refundAdditionVerified) {

        LateChargeRate rate() {
            return new LateChargeRate(year, firstMonthPercent, laterPercent, gracePercent, refundAdditionPercent);
        }
    }

    private record Loaded(LateChargeRateTable table, long atNanos) {
    }

    private final JdbcClient jdbc;
    private volatile Loaded loaded;

    public LateChargeRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The table as {@link jp.lg.collection.rules.LateChargeRule} reads it. */
    public LateChargeRateTable table() {
        Loaded now = loaded;
        if (now == null || System.nanoTime() - now.atNanos() > KEEP_NANOS) {
            now = new Loaded(LateChargeRateTable.of(rows().stream().map(Row::rate).toList()), System.nanoTime());
            loaded = now;
        }
        return now.table();
    }

    public List<Row> rows() {
        return jdbc.sql("SELECT * FROM late_charge_rate ORDER BY rate_year")
                .query((rs, n) -> new Row(rs.getInt("rate_year"), rs.getBigDecimal("first_month_percent"),
                        rs.getBigDecimal("later_percent"), rs.getBigDecimal("grace_percent"), rs.getString("source"),
                        rs.getBoolean("verified"), rs.getString("registered_by"),
                        rs.getObject("registered_at", LocalDateTime.class), rs.getBigDecimal("refund_addition_percent"),
                        rs.getString("refund_addition_source"), rs.getBoolean("refund_addition_verified")))
                .list();
    }

    /**
     * Adds a year. The rates are checked against their statutory caps by {@link LateChargeRate}.
     *
     * @throws IllegalArgumentException "year: …" when the year is loaded already (a loaded year is never
     *         changed: late charges fixed with it stay as they were)
     */
    public void add(LateChargeRate rate, String source, String by) {
        if (table().find(rate.year()).isPresent() || exists(rate.year())) {
            throw new IllegalArgumentException("year: " + rate.year() + "年の延滞金の割合は登録済みです");
        }
        jdbc.sql("""
                INSERT INTO late_charge_rate (rate_year, first_month_percent, later_percent, grace_percent, source,
                  verified, registered_by, refund_addition_percent, refund_addition_source)
                VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?)
                """).params(rate.year(), rate.firstMonthPercent(), rate.laterPercent(), rate.gracePercent(), source, by,
                rate.refundAdditionPercent(), rate.refundAdditionPercent() == null ? null : source).update();
        forget();
    }

    /**
     * Adds the 還付加算金 rate to a year loaded without it (the 告示 of 平均貸付割合 gives both; a city may load them
     * apart).
     *
     * @throws IllegalArgumentException "year: …" when the year is not loaded, or has its 還付加算金 rate already (a
     *         loaded rate is never changed: the additions computed with it stay as they were)
     */
    public void addRefundAddition(int year, BigDecimal percent, String source) {
        if (percent == null || percent.signum() < 0
                || percent.compareTo(LateChargeRate.STATUTORY_REFUND_ADDITION_PERCENT) > 0) {
            throw new IllegalArgumentException("refundAdditionPercent: 還付加算金の割合は0%以上"
                    + LateChargeRate.STATUTORY_REFUND_ADDITION_PERCENT.toPlainString() + "%以下です (" + percent + ")");
        }
        int updated = jdbc.sql("""
                UPDATE late_charge_rate SET refund_addition_percent = ?, refund_addition_source = ?,
                  refund_addition_verified = TRUE
                WHERE rate_year = ? AND refund_addition_percent IS NULL
                """).params(percent, source, year).update();
        if (updated == 0) {
            throw new IllegalArgumentException("year: " + year + "年は" + (exists(year)
                    ? "還付加算金の割合が登録済みです" : "延滞金の割合が未登録です (先に年の割合を登録してください)"));
        }
        forget();
    }

    /** Reads the table afresh on next use (after a row was written). */
    public void forget() {
        loaded = null;
    }

    private boolean exists(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM late_charge_rate WHERE rate_year = ?").param(year).query(Long.class)
                .single() > 0;
    }
}
