package jp.lg.collection.refund.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.PaymentChannel;
import jp.lg.collection.rules.FiscalYearClass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 収入日計: what came in and went out on a day, per 会計年度, tax item, 現年/滞繰 ({@link FiscalYearClass}) and channel,
 * for the city's financial-accounting system. Read from the records the money left — so it reconciles, to the yen,
 * with the payment files imported for that day:
 *
 * <ul>
 *   <li>{@link Kind#RECEIPT 収納}: the {@code payment} rows (fee, principal, late charge), by their payment day and
 *       channel — every channel but a 充当 ({@code ALLOCATION}), which moves no money;</li>
 *   <li>{@link Kind#OVERPAYMENT 過誤納金}: money received beyond what was owed ({@code refund_candidate}), by the day
 *       it was paid and its channel, under the tax of the installment it was paid for where known;</li>
 *   <li>{@link Kind#UNMATCHED 消込不能}: money that matched no installment and was not applied since
 *       ({@code unmatched_payment});</li>
 *   <li>{@link Kind#ALLOCATION 充当}: a 過誤納金 paying another installment (地方税法17の2), on the day it was done,
 *       under the tax paid: its fee, principal and late charge, and the same total in the 充当額 column — no cash;</li>
 *   <li>{@link Kind#REFUND 還付}: refunds paid that day (還付金 and 還付加算金), under the tax overpaid where known.</li>
 * </ul>
 * The cash of a day and channel ({@link Row#cash()}: receipts, overpayments and unmatched money in, refunds out) is
 * therefore the sum of the amounts of that day's payment records of that channel, less the refunds paid.
 */
@Service
public class DailyLedger {

    /** The kind of a ledger row (区分). */
    public enum Kind {
        RECEIPT("収納"), OVERPAYMENT("過誤納金"), UNMATCHED("消込不能"), ALLOCATION("充当"), REFUND("還付");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The channel a refund is paid through (口座振込). */
    public static final String REFUND_CHANNEL = "REFUND";

    /**
     * One line of the 収入日計.
     *
     * @param accountingYear 会計年度; null where the tax is not known
     * @param yearClass      現年 / 滞繰; "—" where the tax is not known
     * @param count          payment records (or refunds) in the line
     * @param overpayment    過誤納金 received
     * @param unmatched      消込不能 money received
     * @param allocation     充当額: 過誤納金 used to pay the fee, principal and late charge of the line
     * @param refund         還付金 paid
     * @param refundAddition 還付加算金 paid
     */
    public record Row(LocalDate day, Integer accountingYear, Kind kind, String taxItemCode, String taxItem,
            String yearClass, String channel, String channelLabel, long count, long principal, long fee,
            long lateCharge, long overpayment, long unmatched, long allocation, long refund, long refundAddition) {

        /** The cash of the line: what came in less what went out (a 充当 nets to nothing). */
        @JsonProperty("cash")
        public long cash() {
            return principal + fee + lateCharge + overpayment + unmatched - allocation - refund - refundAddition;
        }

        @JsonProperty("kindLabel")
        public String kindLabel() {
            return kind.label();
        }
    }

    /** The day's totals. */
    public record Totals(long principal, long fee, long lateCharge, long overpayment, long unmatched, long allocation,
            long refund, long refundAddition, long cash) {
    }

    /**
     * The ledger of one day.
     *
     * @param cashByChannel the cash of each channel (収納 + 過誤納金 + 消込不能 − 還付), the figure a channel's files of
     *                      the day reconcile to
     */
    public record Day(LocalDate date, List<Row> rows, Totals totals, Map<String, Long> cashByChannel) {
    }

    /** A group as read: the day, the tax and its levy year where known, the channel and the amounts. */
    private record Group(LocalDate day, String taxItem, Integer levyYear, String channel, long count, long principal,
            long fee, long lateCharge, long amount, long addition) {
    }

    private final JdbcClient jdbc;

    public DailyLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Day of(LocalDate date) {
        List<Row> rows = new ArrayList<>();
        for (Group g : jdbc.sql("""
                SELECT p.paid_on AS ledger_day, b.tax_item, b.levy_year, p.channel, COUNT(DISTINCT p.record_id) AS n,
                  SUM(p.allocated_principal) AS principal, SUM(p.allocated_fee) AS fee,
                  SUM(p.allocated_late_charge) AS late_charge, 0 AS amount, 0 AS addition
                FROM payment p JOIN tax_bill b ON b.id = p.bill_id
                WHERE p.paid_on = ? AND p.channel <> 'ALLOCATION'
                GROUP BY p.paid_on, b.tax_item, b.levy_year, p.channel
                """).param(date).query(DailyLedger::group).list()) {
            rows.add(row(g, Kind.RECEIPT, g.principal(), g.fee(), g.lateCharge(), 0, 0, 0, 0, 0));
        }
        // the tax of a 過誤納金: the installment it was recorded for, else one its payment record paid
        for (Group g : jdbc.sql("""
                SELECT c.arisen_on AS ledger_day, b.tax_item, b.levy_year, c.channel, COUNT(*) AS n, 0 AS principal, 0 AS fee,
                  0 AS late_charge, SUM(c.amount) AS amount, 0 AS addition
                FROM refund_candidate c
                LEFT JOIN tax_bill b ON b.id = COALESCE(c.bill_id,
                  (SELECT MIN(p.bill_id) FROM payment p WHERE p.record_id = c.record_id))
                WHERE c.arisen_on = ? AND c.channel <> 'MANUAL'
                GROUP BY c.arisen_on, b.tax_item, b.levy_year, c.channel
                """).param(date).query(DailyLedger::group).list()) {
            rows.add(row(g, Kind.OVERPAYMENT, 0, 0, 0, g.amount(), 0, 0, 0, 0));
        }
        for (Group g : jdbc.sql("""
                SELECT u.paid_on AS ledger_day, u.tax_item, u.fiscal_year AS levy_year, u.channel, COUNT(*) AS n,
                  0 AS principal, 0 AS fee, 0 AS late_charge, SUM(u.amount) AS amount, 0 AS addition
                FROM unmatched_payment u
                WHERE u.paid_on = ? AND u.status <> 'APPLIED'
                GROUP BY u.paid_on, u.tax_item, u.fiscal_year, u.channel
                """).param(date).query(DailyLedger::group).list()) {
            rows.add(row(g, Kind.UNMATCHED, 0, 0, 0, 0, g.amount(), 0, 0, 0));
        }
        for (Group g : jdbc.sql("""
                SELECT a.allocated_on AS ledger_day, b.tax_item, b.levy_year, 'ALLOCATION' AS channel,
                  COUNT(DISTINCT a.refund_id) AS n, SUM(a.principal) AS principal, SUM(a.fee) AS fee,
                  SUM(a.late_charge) AS late_charge, 0 AS amount, 0 AS addition
                FROM refund_allocation a JOIN tax_bill b ON b.id = a.bill_id
                WHERE a.allocated_on = ?
                GROUP BY a.allocated_on, b.tax_item, b.levy_year
                """).param(date).query(DailyLedger::group).list()) {
            rows.add(row(g, Kind.ALLOCATION, g.principal(), g.fee(), g.lateCharge(), 0, 0,
                    g.principal() + g.fee() + g.lateCharge(), 0, 0));
        }
        for (Group g : jdbc.sql("""
                SELECT r.paid_on AS ledger_day, b.tax_item, b.levy_year, 'REFUND' AS channel, COUNT(*) AS n, 0 AS principal,
                  0 AS fee, 0 AS late_charge, SUM(r.refund_amount) AS amount,
                  SUM(r.addition + r.allocation_addition) AS addition
                FROM refund r JOIN refund_candidate c ON c.id = r.candidate_id
                LEFT JOIN tax_bill b ON b.id = COALESCE(c.bill_id,
                  (SELECT MIN(p.bill_id) FROM payment p WHERE p.record_id = c.record_id))
                WHERE r.paid_on = ? AND r.status = 'PAID'
                GROUP BY r.paid_on, b.tax_item, b.levy_year
                """).param(date).query(DailyLedger::group).list()) {
            rows.add(row(g, Kind.REFUND, 0, 0, 0, 0, 0, 0, g.amount(), g.addition()));
        }
        rows = merged(rows);
        Map<String, Long> cashByChannel = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.kind() != Kind.ALLOCATION) {
                cashByChannel.merge(r.channel(), r.cash(), Long::sum);
            }
        }
        return new Day(date, rows, totals(rows), cashByChannel);
    }

    private static Row row(Group g, Kind kind, long principal, long fee, long lateCharge, long overpayment,
            long unmatched, long allocation, long refund, long refundAddition) {
        TaxItem item = g.taxItem() == null ? null : TaxItem.ofCode(g.taxItem());
        FiscalYearClass cls = g.levyYear() == null ? null : FiscalYearClass.of(g.levyYear(), g.day());
        String channelLabel = REFUND_CHANNEL.equals(g.channel()) ? "口座振込" : PaymentChannel.labelOf(g.channel());
        return new Row(g.day(), cls == null ? null : cls.accountingYear(), kind, item == null ? "" : item.code(),
                item == null ? "(不明)" : item.label(), cls == null ? "—" : cls.label(), g.channel(), channelLabel,
                g.count(), principal, fee, lateCharge, overpayment, unmatched, allocation, refund, refundAddition);
    }

    /**
     * One row per (kind, 会計年度, tax, 現年/滞繰, channel): two levy years may fall in one class (two 滞繰 years), so
     * the groups are added up; in the order the accounting system reads them.
     */
    private static List<Row> merged(List<Row> rows) {
        Map<List<Object>, Row> byKey = new LinkedHashMap<>();
        for (Row r : rows) {
            List<Object> key = java.util.Arrays.asList(r.kind(), r.accountingYear(), r.taxItemCode(), r.yearClass(),
                    r.channel());
            byKey.merge(key, r, (a, b) -> new Row(a.day(), a.accountingYear(), a.kind(), a.taxItemCode(), a.taxItem(),
                    a.yearClass(), a.channel(), a.channelLabel(), a.count() + b.count(), a.principal() + b.principal(),
                    a.fee() + b.fee(), a.lateCharge() + b.lateCharge(), a.overpayment() + b.overpayment(),
                    a.unmatched() + b.unmatched(), a.allocation() + b.allocation(), a.refund() + b.refund(),
                    a.refundAddition() + b.refundAddition()));
        }
        List<Row> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparing(Row::kind).thenComparing(Row::accountingYear,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Row::taxItemCode)
                .thenComparing(Row::yearClass).thenComparing(r -> Objects.toString(r.channel(), "")));
        return out;
    }

    private static Totals totals(List<Row> rows) {
        long[] t = new long[9];
        for (Row r : rows) {
            t[0] += r.principal();
            t[1] += r.fee();
            t[2] += r.lateCharge();
            t[3] += r.overpayment();
            t[4] += r.unmatched();
            t[5] += r.allocation();
            t[6] += r.refund();
            t[7] += r.refundAddition();
            t[8] += r.cash();
        }
        return new Totals(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8]);
    }

    private static Group group(ResultSet rs, int n) throws SQLException {
        int levy = rs.getInt("levy_year");
        Integer levyYear = rs.wasNull() ? null : levy;
        return new Group(rs.getObject("ledger_day", LocalDate.class), rs.getString("tax_item"), levyYear,
                rs.getString("channel"), rs.getLong("n"), rs.getLong("principal"), rs.getLong("fee"),
                rs.getLong("late_charge"), rs.getLong("amount"), rs.getLong("addition"));
    }
}
