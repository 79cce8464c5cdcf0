package jp.lg.collection.bill;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TaxBillRepository {

    private static final String SELECT = "SELECT * FROM tax_bill ";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public TaxBillRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * A new installment. Its limitation period starts the day after the statutory due date (法18①) unless the
     * bill carries a start of its own (an heir's installment keeps the decedent's, 法9); its assessed late
     * charge is kept as given.
     */
    public long insert(TaxBill b, String updatedBy) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO tax_bill (addressee_no, fiscal_year, levy_year, tax_item, notice_no, installment_no,
                  principal, dunning_fee, late_charge, due_date, statutory_due_date, dunning_issued_on, limitation_start,
                  updated_by)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                """)
                .params(b.addresseeNo(), b.fiscalYear(), b.levyYear(), b.taxItem().code(), b.noticeNo(),
                        b.installmentNo(), b.principal(), b.dunningFee(), b.lateCharge(), b.dueDate(),
                        b.statutoryDueDate(), b.dunningIssuedOn(), b.limitationStart() != null ? b.limitationStart()
                                : jp.lg.collection.rules.CollectionLimitation.periodStart(b.statutoryDueDate()),
                        updatedBy)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * 承継 (法9): an heir's installment {@code heirsBillId} takes over the decedent's installment {@code fromBillId}
     * — its record of the last renewal, and the link through which the limitation check sees the decedent's
     * seizures, graces and reminders.
     */
    public void recordSuccession(long heirsBillId, long fromBillId) {
        jdbc.sql("""
                UPDATE tax_bill SET succeeded_from = ?,
                  limitation_renewed_on = (SELECT f.limitation_renewed_on FROM tax_bill f WHERE f.id = ?),
                  limitation_renewed_by = (SELECT f.limitation_renewed_by FROM tax_bill f WHERE f.id = ?)
                WHERE id = ?
                """).params(fromBillId, fromBillId, fromBillId, heirsBillId).update();
    }

    public Optional<TaxBill> find(long id) {
        return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(TaxBillRepository::map).optional();
    }

    public TaxBill require(long id) {
        return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(TaxBillRepository::map).optional()
                .orElseThrow(() -> new IllegalArgumentException("billId: 期別明細 " + id + " はありません"));
    }

    /** (年度, 税目, 通知書番号, 期別): what a payment slip names. */
    public record Installment(int fiscalYear, TaxItem taxItem, String noticeNo, int installmentNo) {
        static Installment of(TaxBill b) {
            return new Installment(b.fiscalYear(), b.taxItem(), b.noticeNo(), b.installmentNo());
        }
    }

    /** {@link #findByInstallment} for many slips in one query (a chunk of a payment file); the unknown are missing. */
    public Map<Installment, TaxBill> findByInstallments(Collection<Installment> slips) {
        if (slips.isEmpty()) {
            return Map.of();
        }
        List<Object> args = new ArrayList<>();
        for (Installment s : slips) {
            args.addAll(List.of(s.fiscalYear(), s.taxItem().code(), s.noticeNo(), s.installmentNo()));
        }
        // joined to a VALUES list, each slip is one probe of the unique index ux_bill_installment (a row-value
        // IN list of 500 tuples is planned by PostgreSQL as a scan of the whole table)
        String slipRows = String.join(", ", Collections.nCopies(slips.size(), "(?, ?, ?, ?)"));
        Map<Installment, TaxBill> found = new HashMap<>();
        jdbc.sql("SELECT t.* FROM tax_bill t JOIN (VALUES " + slipRows + ") AS s (fy, item, notice, inst) "
                + "ON t.fiscal_year = s.fy AND t.tax_item = s.item AND t.notice_no = s.notice AND t.installment_no = s.inst")
                .params(args).query(TaxBillRepository::map).list().forEach(b -> found.put(Installment.of(b), b));
        return found;
    }

    /** The installment a notice was printed for: (年度, 税目, 通知書番号, 期別) identifies it. */
    public Optional<TaxBill> findByInstallment(int fiscalYear, TaxItem taxItem, String noticeNo, int installmentNo) {
        return jdbc.sql(SELECT + "WHERE fiscal_year = ? AND tax_item = ? AND notice_no = ? AND installment_no = ?")
                .params(fiscalYear, taxItem.code(), noticeNo, installmentNo).query(TaxBillRepository::map).optional();
    }

    /** Unpaid installments whose due date has passed by {@code asOf} and that no case holds yet. */
    public List<TaxBill> findOverdueWithoutCase(LocalDate asOf) {
        return jdbc.sql(SELECT + "WHERE status = 'OPEN' AND case_id IS NULL AND due_date < ? "
                + "ORDER BY addressee_no, due_date, id").param(asOf).query(TaxBillRepository::map).list();
    }

    /** The open installments of a taxpayer, in a case or not. */
    public List<TaxBill> findOpenByAddressee(String addresseeNo) {
        return jdbc.sql(SELECT + "WHERE addressee_no = ? AND status = 'OPEN' ORDER BY statutory_due_date, due_date, id")
                .param(addresseeNo).query(TaxBillRepository::map).list();
    }

    /** The open installments of a case, oldest first (the order payments are applied in). */
    public List<TaxBill> findOpenByCase(String caseId) {
        return jdbc.sql(SELECT + "WHERE case_id = ? AND status = 'OPEN' ORDER BY statutory_due_date, due_date, id")
                .param(caseId).query(TaxBillRepository::map).list();
    }

    public List<TaxBill> findByCase(String caseId) {
        return jdbc.sql(SELECT + "WHERE case_id = ? ORDER BY statutory_due_date, due_date, id")
                .param(caseId).query(TaxBillRepository::map).list();
    }

    private static final String ATTACH =
            "UPDATE tax_bill SET case_id = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ? AND case_id IS NULL";

    /** Joins a case-less installment to a case; false when it already belongs to one. */
    public boolean attachToCase(long billId, String caseId) {
        return jdbc.sql(ATTACH).params(caseId, billId).update() == 1;
    }

    /**
     * {@link #attachToCase} for many installments in one JDBC batch (bill id → case id); returns the bills
     * that were not attached because a case holds them already.
     */
    public List<Long> attachAllToCases(Map<Long, String> caseOfBill) {
        List<Long> ids = new ArrayList<>(caseOfBill.keySet());
        int[] counts = batch.batchUpdate(ATTACH, ids.stream().map(id -> new Object[] {caseOfBill.get(id), id}).toList());
        List<Long> taken = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (counts[i] != 1) {
                taken.add(ids.get(i));
            }
        }
        return taken;
    }

    /**
     * "The later restart wins" ({@link jp.lg.collection.rules.CollectionLimitation#restarts}) for a statement's
     * rows: true when the row's period start is to be replaced by the candidate start bound to {@code ?}.
     */
    private static final String RESTARTS = "(limitation_start IS NULL OR limitation_start < ?)";

    /**
     * 督促: record the issue date, add the fee, restart the limitation period (法18の2) unless a later restart
     * stands; false when the installment had been dunned already (nothing changed).
     */
    public boolean recordDunning(long billId, LocalDate issuedOn, long fee, LocalDate limitationRestart, String by) {
        return jdbc.sql("""
                UPDATE tax_bill SET dunning_issued_on = ?, dunning_fee = dunning_fee + ?,
                  limitation_renewed_on = CASE WHEN %1$s THEN ? ELSE limitation_renewed_on END,
                  limitation_renewed_by = CASE WHEN %1$s THEN 'DUNNING' ELSE limitation_renewed_by END,
                  limitation_start = CASE WHEN %1$s THEN ? ELSE limitation_start END,
                  updated_at = CURRENT_TIMESTAMP, updated_by = ?
                WHERE id = ? AND dunning_issued_on IS NULL
                """.formatted(RESTARTS)).params(issuedOn, fee, limitationRestart, issuedOn, limitationRestart,
                limitationRestart, limitationRestart, by, billId).update() == 1;
    }

    /**
     * {@link #applyPayment}'s statement, for callers that batch it ({@link #applyPaymentArgs}). An installment is
     * PAID when principal, fee and assessed late charge are paid and no late charge is pending.
     */
    public static final String APPLY_PAYMENT = """
            UPDATE tax_bill SET dunning_fee_paid = dunning_fee_paid + ?, principal_paid = principal_paid + ?,
              late_charge_paid = late_charge_paid + ?, late_charge = late_charge + ?, late_charge_pending = ?,
              last_paid_on = ?,
              status = CASE WHEN principal_paid + ? >= principal AND dunning_fee_paid + ? >= dunning_fee
                             AND late_charge_paid + ? >= late_charge + ? AND ? = FALSE THEN 'PAID' ELSE status END,
              updated_at = CURRENT_TIMESTAMP, updated_by = ?
            WHERE id = ?
            """;

    /**
     * Applies a payment's parts to an installment.
     *
     * @param lateChargeAssessed late charge fixed by this payment and added to the assessed amount
     * @param lateChargePending  whether the installment's late charge is left to be computed (a rate not loaded)
     */
    public void applyPayment(long billId, long fee, long principal, long lateCharge, long lateChargeAssessed,
            boolean lateChargePending, LocalDate paidOn, String by) {
        jdbc.sql(APPLY_PAYMENT).params(applyPaymentArgs(billId, fee, principal, lateCharge, lateChargeAssessed,
                lateChargePending, paidOn, by)).update();
    }

    /** {@link #applyPayment} leaving no late charge pending. */
    public void applyPayment(long billId, long fee, long principal, long lateCharge, long lateChargeAssessed,
            LocalDate paidOn, String by) {
        applyPayment(billId, fee, principal, lateCharge, lateChargeAssessed, false, paidOn, by);
    }

    public static Object[] applyPaymentArgs(long billId, long fee, long principal, long lateCharge,
            long lateChargeAssessed, boolean lateChargePending, LocalDate paidOn, String by) {
        return new Object[] {fee, principal, lateCharge, lateChargeAssessed, lateChargePending, paidOn, principal, fee,
                lateCharge, lateChargeAssessed, lateChargePending, by, billId};
    }

    /**
     * A pending late charge computed at last (its year's rate added): assessed, no longer pending, and the
     * installment PAID when nothing else is owed.
     */
    public void fixPendingLateCharge(long billId, long lateCharge, String by) {
        jdbc.sql("""
                UPDATE tax_bill SET late_charge = late_charge + ?, late_charge_pending = FALSE,
                  status = CASE WHEN principal_paid >= principal AND dunning_fee_paid >= dunning_fee
                                 AND late_charge_paid >= late_charge + ? THEN 'PAID' ELSE status END,
                  updated_at = CURRENT_TIMESTAMP, updated_by = ?
                WHERE id = ? AND late_charge_pending = TRUE
                """).params(lateCharge, lateCharge, by, billId).update();
    }

    /** Open installments whose late charge waits for a rate. */
    public List<TaxBill> findLateChargePending() {
        return jdbc.sql(SELECT + "WHERE late_charge_pending = TRUE AND status = 'OPEN' ORDER BY id")
                .query(TaxBillRepository::map).list();
    }

    /**
     * Whether nothing is left to pay on the case: no balance ({@link #balanceOfCase}) and no late charge waiting
     * for its year's rate (it is owed, only not computed yet).
     */
    public boolean settled(String caseId) {
        return balanceOfCase(caseId) == 0 && jdbc.sql("""
                SELECT COUNT(*) FROM tax_bill WHERE case_id = ? AND status = 'OPEN' AND late_charge_pending = TRUE
                """).param(caseId).query(Long.class).single() == 0;
    }

    /** Unpaid principal, fees and assessed late charges of the case's open installments, in yen. */
    public long balanceOfCase(String caseId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(principal - principal_paid + dunning_fee - dunning_fee_paid
                                    + late_charge - late_charge_paid), 0)
                FROM tax_bill WHERE case_id = ? AND status = 'OPEN'
                """).param(caseId).query(Long.class).single();
    }

    /**
     * 承認 (a promise, a pledge, a partial payment) restarts the limitation period the next day (民法152) — of
     * the case's open installments whose period does not already start later (a dunning notice's restart can).
     */
    public void renewLimitationByAcknowledgement(String caseId, LocalDate acknowledgedOn) {
        LocalDate restart = jp.lg.collection.rules.CollectionLimitation.restartAfterAcknowledgement(acknowledgedOn);
        jdbc.sql("""
                UPDATE tax_bill SET limitation_start = ?, limitation_renewed_on = ?,
                  limitation_renewed_by = 'ACKNOWLEDGEMENT', updated_at = CURRENT_TIMESTAMP
                WHERE case_id = ? AND status = 'OPEN' AND %s
                """.formatted(RESTARTS)).params(restart, acknowledgedOn, caseId, restart).update();
    }

    /** Every open installment of a taxpayer, due or not, oldest first (an inquiry's answer, a proposal's choice). */
    public List<TaxBill> findOpenOf(String addresseeNo) {
        return jdbc.sql(SELECT + "WHERE addressee_no = ? AND status = 'OPEN' ORDER BY due_date, statutory_due_date, id")
                .param(addresseeNo).query(TaxBillRepository::map).list();
    }

    /**
     * 繰上徴収 (法13の2): the installment's due date brought forward to {@code acceleratedDueDate}, the one before it kept
     * (繰上前納期限, {@code due_date_before_acceleration}). False when it is no longer open, is due on {@code on}
     * already, or was brought forward before (nothing changed).
     */
    public boolean bringDueDateForward(long billId, LocalDate acceleratedDueDate, LocalDate on, long accelerationId,
            String by) {
        return jdbc.sql("""
                UPDATE tax_bill SET due_date_before_acceleration = due_date, due_date = ?, accelerated_collection_id = ?,
                  updated_at = CURRENT_TIMESTAMP, updated_by = ?
                WHERE id = ? AND status = 'OPEN' AND due_date > ? AND due_date_before_acceleration IS NULL
                """).params(acceleratedDueDate, accelerationId, by, billId, on).update() == 1;
    }

    /**
     * The case's open installments whose due date was brought forward (繰上徴収) and that were never dunned: bill id →
     * the accelerated due date. They need no 督促 (法329①ただし書) and may be seized from the day after that date
     * (法331①二).
     */
    public Map<Long, LocalDate> acceleratedWithoutDunning(String caseId) {
        Map<Long, LocalDate> accelerated = new HashMap<>();
        jdbc.sql("""
                SELECT id, due_date FROM tax_bill WHERE case_id = ? AND status = 'OPEN'
                  AND due_date_before_acceleration IS NOT NULL AND dunning_issued_on IS NULL
                """).param(caseId).query((rs, n) -> accelerated.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
        return accelerated;
    }

    /**
     * 減免: the principal of an installment nothing has been paid on lowered by {@code amount} (the reduction kept in
     * {@code reduced_amount}, so principal + reduced_amount is the tax as assessed). Its late charge, computed on the
     * principal, follows. Nothing left to pay → EXEMPTED. False when the installment is not open, has payments, or
     * owes less principal than that (nothing changed).
     */
    public boolean reducePrincipal(long billId, long amount, String by) {
        return jdbc.sql("""
                UPDATE tax_bill SET principal = principal - ?, reduced_amount = reduced_amount + ?,
                  status = CASE WHEN principal - ? = 0 AND dunning_fee_paid >= dunning_fee
                                 AND late_charge_paid >= late_charge THEN 'EXEMPTED' ELSE status END,
                  updated_at = CURRENT_TIMESTAMP, updated_by = ?
                WHERE id = ? AND status = 'OPEN' AND principal_paid = 0 AND principal >= ?
                """).params(amount, amount, amount, by, billId, amount).update() == 1;
    }

    public void setStatus(long billId, String status, String by) {
        jdbc.sql("UPDATE tax_bill SET status = ?, updated_at = CURRENT_TIMESTAMP, updated_by = ? WHERE id = ?")
                .params(status, by, billId).update();
    }

    static TaxBill map(ResultSet rs, int row) throws SQLException {
        return new TaxBill(rs.getLong("id"), rs.getString("addressee_no"), rs.getInt("fiscal_year"),
                rs.getInt("levy_year"), TaxItem.ofCode(rs.getString("tax_item")), rs.getString("notice_no"),
                rs.getInt("installment_no"), rs.getLong("principal"), rs.getLong("dunning_fee"),
                rs.getLong("late_charge"), rs.getLong("principal_paid"), rs.getLong("dunning_fee_paid"),
                rs.getLong("late_charge_paid"), rs.getObject("due_date", LocalDate.class),
                rs.getObject("statutory_due_date", LocalDate.class), rs.getObject("dunning_issued_on", LocalDate.class),
                rs.getObject("limitation_start", LocalDate.class), rs.getString("status"), rs.getString("case_id"),
                rs.getBoolean("late_charge_pending"));
    }
}
