package jp.lg.collection.delinquency.payment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.system.Today;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * コンビニ収納 速報 and 確報 ({@code cvs_report}, one row per record id). A 速報 is the agent's word that a slip was
 * paid at a store: recorded as PROVISIONAL — visible (the unmatched-payments page, {@code GET
 * /api/payments/cvs-preliminary}) but not applied, for the money has not reached the city. The 確報 of the same record
 * confirms it and the payment is applied as the slip designates; a 確報 without a 速報 is applied directly. A 速報 still
 * unconfirmed more than {@code collection.payment-files.cvs-confirmation-days} (default 14) days after it was
 * imported is listed as overdue, for the division to ask the agent.
 */
@Service
public class CvsReports {

    /** A 速報 or 確報 row. {@code overdue}: provisional for longer than the configured days. */
    public record Report(String recordId, int fiscalYear, String taxItem, String noticeNo, int installmentNo,
            LocalDate paidOn, long amount, String status, LocalDate reportedOn, long daysWaiting, boolean overdue) {

        public String taxItemLabel() {
            try {
                return TaxItem.ofCode(taxItem).label();
            } catch (IllegalArgumentException e) {
                return taxItem;
            }
        }
    }

    private static final String INSERT = """
            INSERT INTO cvs_report (record_id, fiscal_year, tax_item, notice_no, installment_no, paid_on, amount,
              status, preliminary_run_id, reported_on, final_run_id, confirmed_on, final_amount)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final int confirmationDays;

    public CvsReports(JdbcClient jdbc, JdbcTemplate batch,
            @Value("${collection.payment-files.cvs-confirmation-days:14}") int confirmationDays) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.confirmationDays = confirmationDays;
    }

    public int confirmationDays() {
        return confirmationDays;
    }

    /** Records the 速報 not seen before as PROVISIONAL; returns how many were new. */
    @Transactional
    public int recordPreliminary(List<PaymentSlip> slips, long runId) {
        Set<String> seen = new HashSet<>(existing(slips).keySet());
        LocalDate today = Today.date();
        List<Object[]> rows = new ArrayList<>();
        for (PaymentSlip s : slips) {
            if (seen.add(s.recordId())) {
                rows.add(row(s, "PROVISIONAL", runId, today, null, null));
            }
        }
        batch.batchUpdate(INSERT, rows);
        return rows.size();
    }

    /**
     * Confirms the 確報's records: a PROVISIONAL 速報 becomes CONFIRMED, a record without one is recorded CONFIRMED
     * at once; returns the slips to apply now (those not confirmed before), in file order.
     */
    @Transactional
    public List<PaymentSlip> confirm(List<PaymentSlip> slips, long runId) {
        Map<String, String> status = new HashMap<>(existing(slips));
        LocalDate today = Today.date();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<PaymentSlip> apply = new ArrayList<>();
        for (PaymentSlip s : slips) {
            String before = status.put(s.recordId(), "CONFIRMED");
            if ("CONFIRMED".equals(before)) {
                continue; // confirmed by an earlier 確報 (or earlier in this one)
            }
            if (before == null) {
                inserts.add(row(s, "CONFIRMED", null, today, runId, today));
            } else {
                updates.add(new Object[] {runId, today, s.amount(), s.recordId()});
            }
            apply.add(s);
        }
        batch.batchUpdate(INSERT, inserts);
        batch.batchUpdate("""
                UPDATE cvs_report SET status = 'CONFIRMED', final_run_id = ?, confirmed_on = ?, final_amount = ?
                WHERE record_id = ? AND status = 'PROVISIONAL'
                """, updates);
        return apply;
    }

    /** Every 速報 still waiting for its 確報, oldest first, each marked overdue once past the configured days. */
    public List<Report> provisional() {
        LocalDate today = Today.date();
        return jdbc.sql("SELECT * FROM cvs_report WHERE status = 'PROVISIONAL' ORDER BY reported_on, record_id")
                .query((rs, n) -> {
                    LocalDate reported = rs.getObject("reported_on", LocalDate.class);
                    long days = ChronoUnit.DAYS.between(reported, today);
                    return new Report(rs.getString("record_id"), rs.getInt("fiscal_year"), rs.getString("tax_item"),
                            rs.getString("notice_no"), rs.getInt("installment_no"),
                            rs.getObject("paid_on", LocalDate.class), rs.getLong("amount"), rs.getString("status"),
                            reported, days, days > confirmationDays);
                }).list();
    }

    /** The 速報 unconfirmed for more than the configured days: to be asked about. */
    public List<Report> overdue() {
        return provisional().stream().filter(Report::overdue).toList();
    }

    private Map<String, String> existing(List<PaymentSlip> slips) {
        if (slips.isEmpty()) {
            return Map.of();
        }
        Map<String, String> status = new HashMap<>();
        jdbc.sql("SELECT record_id, status FROM cvs_report WHERE record_id IN (:ids)")
                .param("ids", slips.stream().map(PaymentSlip::recordId).distinct().toList())
                .query(rs -> {
                    status.put(rs.getString(1), rs.getString(2));
                });
        return status;
    }

    private static Object[] row(PaymentSlip s, String status, Long preliminaryRun, LocalDate reportedOn, Long finalRun,
            LocalDate confirmedOn) {
        return new Object[] {s.recordId(), s.fiscalYear(), s.taxItem().code(), s.noticeNo(), s.installmentNo(),
                s.paidOn(), s.amount(), status, preliminaryRun, reportedOn, finalRun, confirmedOn,
                finalRun == null ? null : s.amount()};
    }
}
