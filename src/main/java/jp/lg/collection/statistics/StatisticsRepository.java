package jp.lg.collection.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The raw sums behind the statistics of one fiscal year (4月1日 to 3月31日), straight from the rows of
 * {@code tax_bill}, {@code payment}, {@code write_off}, {@code delinquency_case}, {@code disposition},
 * {@code auction} and {@code suspension}, grouped by month, tax item ({@code tax_bill.tax_item}) and district
 * (the taxpayer's {@code district_code}; "" when none is recorded). Amounts are 本税 (principal) yen: 調定額 and
 * 収納率 are figures of the tax itself; 督促手数料 and 延滞金 are not part of them.
 *
 * <p>What each figure is ({@link CollectionStatistics} adds them up):
 * <ul>
 * <li>{@link #levies}: 現年 調定額 = the principal of the installments of 調定年度 {@code levy_year} = the fiscal
 * year; 滞繰 調定額 = what installments of earlier 調定年度 still owed on 1 April: principal − payments before
 * that day − 不納欠損 before that day.</li>
 * <li>{@link #collections}: 収入額 = the principal the payment rows applied, by payment day ({@code paid_on}),
 * split 現年/滞繰 by the installment's 調定年度 and marked when the money came from a 配当 (channel
 * DISTRIBUTION: proceeds of a seizure, joinder seizure, delivery demand or auction — collected by
 * enforcement).</li>
 * <li>{@link #writeOffs}: 不納欠損 = the principal written off ({@code write_off}), by day; the number of cases.</li>
 * <li>{@link #events}: new cases ({@code opened_on}), 差押 / 参加差押 / 交付要求 (executed, {@code executed_on}),
 * 公売 (sold: 売却決定 {@code sale_decision_on}, status SOLD or PAID), 執行停止 (started, {@code started_on}).
 * The amount of each is what the case owed in principal on that day on its installments then overdue (the
 * 滞納額 the step is taken for), split by those installments' tax items.</li>
 * </ul>
 * Counts of cases and steps come twice: per tax item (a case with two tax items counts once under each) and
 * for all tax items together (each once): {@code taxItem} null.
 */
@Repository
public class StatisticsRepository {

    /** 調定額 of one tax item and district: 現年 ({@code current}) or 滞繰. */
    public record Levy(String taxItem, String district, boolean current, long amount) {
    }

    /** 収入額 of one month, tax item and district; {@code enforcement}: from a 配当. */
    public record Collection(YearMonth month, String taxItem, String district, boolean current, boolean enforcement,
            long amount) {
    }

    /** Cases and amount of one kind of step in one month and district; {@code taxItem} null: all tax items. */
    public record Event(YearMonth month, Action action, String taxItem, String district, long count, long amount) {
    }

    private final JdbcClient jdbc;

    public StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static LocalDate start(int fiscalYear) {
        return LocalDate.of(fiscalYear, 4, 1);
    }

    static LocalDate end(int fiscalYear) {
        return LocalDate.of(fiscalYear + 1, 4, 1);
    }

    public List<Levy> levies(int fiscalYear) {
        List<Levy> rows = new ArrayList<>(jdbc.sql("""
                SELECT b.tax_item, COALESCE(t.district_code, '') AS district, SUM(b.principal) AS amount
                FROM tax_bill b JOIN taxpayer t ON t.addressee_no = b.addressee_no
                WHERE b.levy_year = ?
                GROUP BY b.tax_item, COALESCE(t.district_code, '')
                """).param(fiscalYear)
                .query((rs, n) -> new Levy(rs.getString(1), rs.getString(2), true, rs.getLong(3))).list());
        LocalDate april = start(fiscalYear);
        rows.addAll(jdbc.sql("""
                SELECT b.tax_item, COALESCE(t.district_code, '') AS district,
                  SUM(b.principal - COALESCE(p.paid, 0) - COALESCE(w.written_off, 0)) AS amount
                FROM tax_bill b JOIN taxpayer t ON t.addressee_no = b.addressee_no
                LEFT JOIN (SELECT bill_id, SUM(allocated_principal) AS paid FROM payment
                           WHERE paid_on < ? AND bill_id IS NOT NULL GROUP BY bill_id) p ON p.bill_id = b.id
                LEFT JOIN (SELECT bill_id, SUM(principal) AS written_off FROM write_off
                           WHERE written_off_on < ? GROUP BY bill_id) w ON w.bill_id = b.id
                WHERE b.levy_year < ?
                GROUP BY b.tax_item, COALESCE(t.district_code, '')
                """).params(april, april, fiscalYear)
                .query((rs, n) -> new Levy(rs.getString(1), rs.getString(2), false, rs.getLong(3))).list());
        return rows;
    }

    public List<Collection> collections(int fiscalYear) {
        return jdbc.sql("""
                SELECT y, m, tax_item, district, cur, enf, SUM(amount) FROM (
                  SELECT EXTRACT(YEAR FROM p.paid_on) AS y, EXTRACT(MONTH FROM p.paid_on) AS m, b.tax_item,
                    COALESCE(t.district_code, '') AS district,
                    CASE WHEN b.levy_year = ? THEN 1 ELSE 0 END AS cur,
                    CASE WHEN p.channel = 'DISTRIBUTION' THEN 1 ELSE 0 END AS enf,
                    p.allocated_principal AS amount
                  FROM payment p JOIN tax_bill b ON b.id = p.bill_id
                  JOIN taxpayer t ON t.addressee_no = b.addressee_no
                  WHERE p.paid_on >= ? AND p.paid_on < ? AND b.levy_year <= ?
                ) x GROUP BY y, m, tax_item, district, cur, enf
                """).params(fiscalYear, start(fiscalYear), end(fiscalYear), fiscalYear)
                .query((rs, n) -> new Collection(month(rs), rs.getString(3), rs.getString(4), rs.getInt(5) == 1,
                        rs.getInt(6) == 1, rs.getLong(7))).list();
    }

    /** 不納欠損: the principal written off per tax item, and the cases per tax item and for all of them. */
    public List<Event> writeOffs(int fiscalYear) {
        String rows = """
                SELECT EXTRACT(YEAR FROM w.written_off_on) AS y, EXTRACT(MONTH FROM w.written_off_on) AS m,
                  b.tax_item, COALESCE(t.district_code, '') AS district, w.case_id, w.principal
                FROM write_off w JOIN tax_bill b ON b.id = w.bill_id
                JOIN taxpayer t ON t.addressee_no = b.addressee_no
                WHERE w.written_off_on >= ? AND w.written_off_on < ?
                """;
        List<Event> events = new ArrayList<>(jdbc.sql("SELECT y, m, tax_item, district, COUNT(DISTINCT case_id), "
                + "SUM(principal) FROM (" + rows + ") x GROUP BY y, m, tax_item, district")
                .params(start(fiscalYear), end(fiscalYear))
                .query((rs, n) -> new Event(month(rs), Action.WRITE_OFF, rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6))).list());
        events.addAll(jdbc.sql("SELECT y, m, district, COUNT(DISTINCT case_id) FROM (" + rows
                + ") x GROUP BY y, m, district").params(start(fiscalYear), end(fiscalYear))
                .query((rs, n) -> new Event(month(rs), Action.WRITE_OFF, null, rs.getString(3), rs.getLong(4), 0))
                .list());
        return events;
    }

    /** New cases, 差押, 参加差押, 交付要求, 公売 and 執行停止 of the year, per tax item and for all. */
    public List<Event> events(int fiscalYear) {
        String events = """
                SELECT 'NEW_CASE' AS action, case_id AS event_id, case_id, opened_on AS happened_on FROM delinquency_case
                WHERE opened_on >= ? AND opened_on < ?
                UNION ALL
                SELECT kind, CAST(id AS VARCHAR(20)), case_id, executed_on FROM disposition
                WHERE executed_on >= ? AND executed_on < ? AND status NOT IN ('PROPOSED', 'REJECTED')
                UNION ALL
                SELECT 'AUCTION', CAST(id AS VARCHAR(20)), case_id, sale_decision_on FROM auction
                WHERE sale_decision_on >= ? AND sale_decision_on < ? AND status IN ('SOLD', 'PAID')
                UNION ALL
                SELECT 'SUSPENSION', CAST(id AS VARCHAR(20)), case_id, started_on FROM suspension
                WHERE started_on >= ? AND started_on < ? AND status IN ('SUSPENDED', 'EXTINGUISHED', 'REVOKED')
                """;
        Object[] period = new Object[8];
        for (int i = 0; i < period.length; i += 2) {
            period[i] = start(fiscalYear);
            period[i + 1] = end(fiscalYear);
        }
        // what the case owed on the day, installment by installment (those overdue that day)
        List<Event> rows = new ArrayList<>(jdbc.sql("""
                SELECT action, y, m, tax_item, district, COUNT(DISTINCT event_id), SUM(owed) FROM (
                  SELECT e.action, EXTRACT(YEAR FROM e.happened_on) AS y, EXTRACT(MONTH FROM e.happened_on) AS m, b.tax_item,
                    COALESCE(t.district_code, '') AS district, e.event_id,
                    b.principal
                      - COALESCE((SELECT SUM(p.allocated_principal) FROM payment p
                                  WHERE p.bill_id = b.id AND p.paid_on < e.happened_on), 0)
                      - COALESCE((SELECT SUM(w.principal) FROM write_off w
                                  WHERE w.bill_id = b.id AND w.written_off_on < e.happened_on), 0) AS owed
                  FROM (%s) e
                  JOIN delinquency_case c ON c.case_id = e.case_id
                  JOIN taxpayer t ON t.addressee_no = c.addressee_no
                  JOIN tax_bill b ON b.case_id = e.case_id AND b.due_date < e.happened_on
                ) x WHERE owed > 0
                GROUP BY action, y, m, tax_item, district
                """.formatted(events)).params(period)
                .query((rs, n) -> new Event(month(rs, 2), Action.valueOf(rs.getString(1)), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getLong(7))).list());
        rows.addAll(jdbc.sql("""
                SELECT action, y, m, district, COUNT(*) FROM (
                  SELECT e.action, EXTRACT(YEAR FROM e.happened_on) AS y, EXTRACT(MONTH FROM e.happened_on) AS m,
                    COALESCE(t.district_code, '') AS district
                  FROM (%s) e
                  JOIN delinquency_case c ON c.case_id = e.case_id
                  JOIN taxpayer t ON t.addressee_no = c.addressee_no
                ) x GROUP BY action, y, m, district
                """.formatted(events)).params(period)
                .query((rs, n) -> new Event(month(rs, 2), Action.valueOf(rs.getString(1)), null, rs.getString(4),
                        rs.getLong(5), 0)).list());
        return rows;
    }

    /**
     * The check that the figures come from the same money as the bills: the principal the installments record as
     * paid ({@code tax_bill.principal_paid}) against the principal the payment rows applied.
     */
    public Reconciliation reconciliation() {
        return jdbc.sql("""
                SELECT (SELECT COALESCE(SUM(principal_paid), 0) FROM tax_bill),
                       (SELECT COALESCE(SUM(allocated_principal), 0) FROM payment WHERE bill_id IS NOT NULL)
                """).query((rs, n) -> new Reconciliation(rs.getLong(1), rs.getLong(2))).single();
    }

    /** 収納済本税 of the bills and 本税充当額 of the payments; they must be equal. */
    public record Reconciliation(long billsPaid, long paymentsApplied) {

        public boolean matches() {
            return billsPaid == paymentsApplied;
        }
    }

    private static YearMonth month(ResultSet rs) throws SQLException {
        return month(rs, 1);
    }

    private static YearMonth month(ResultSet rs, int yearColumn) throws SQLException {
        return YearMonth.of(rs.getInt(yearColumn), rs.getInt(yearColumn + 1));
    }
}
