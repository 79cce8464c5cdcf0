package jp.lg.collection.refund;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.lg.collection.rules.Overpayment;
import jp.lg.collection.rules.OverpaymentCause;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * 過誤納金 ({@code refund_candidate}, written by the allocation of payments and distributions) and the refunds made of
 * them ({@code refund}, one per 過誤納金, with its 充当明細 {@code refund_allocation} and its decisions
 * {@code refund_review}).
 */
@Repository
public class RefundRepository {

    /** The channel of a distribution's 残余金 (CaseAllocation.DISTRIBUTION). */
    static final String DISTRIBUTION = "DISTRIBUTION";

    /**
     * A 過誤納金 as recorded.
     *
     * @param cause  as stored, or — for a row written by a payment, which stores none — 誤納 for a payment and 残余金
     *               for a distribution
     * @param paidOn as stored, or the day it arose (a payment's surplus arises the day it was paid)
     */
    public record Candidate(long id, String caseId, String addresseeNo, String recordId, String channel, long amount,
            LocalDate arisenOn, String status, OverpaymentCause cause, LocalDate paidOn, LocalDate taxDueDate,
            LocalDate claimedOn, LocalDate causeDecidedOn, Long billId, String note) {

        /** The facts the 還付加算金 counts from. */
        public Overpayment overpayment() {
            return new Overpayment(cause, paidOn, taxDueDate, claimedOn, causeDecidedOn);
        }
    }

    /** A refund with what was 充当, decided and paid. */
    public record Refund(long id, long candidateId, String addresseeNo, String caseId, long overpayment,
            long allocated, long allocationAddition, LocalDate allocatedOn, long refundAmount, long addition,
            LocalDate additionFrom, RefundStatus status, PayeeKind payeeKind, BankAccount account, LocalDate claimedOn,
            LocalDate consentOn, String withdrawReason, String decidedBy, LocalDate decidedOn,
            Long allocationDocumentId, Long refundDocumentId, LocalDate paidOn, String paidBy,
            String processInstanceId) {

        /** "RF-12": how papers and lists name a refund. */
        public String number() {
            return number(id);
        }

        public static String number(long id) {
            return "RF-" + id;
        }

        /** What is paid out: the refund and every 還付加算金 (of the refund and of the 充当). */
        public long payout() {
            return refundAmount + addition + allocationAddition;
        }
    }

    /** One line of the 充当明細. */
    public record AllocationLine(long billId, LocalDate allocatedOn, LocalDate suitableOn, long fee, long principal,
            long lateCharge, String recordId) {

        public long total() {
            return fee + principal + lateCharge;
        }
    }

    /** One decision on a refund. */
    public record Review(LocalDate decidedOn, String decidedBy, boolean approved, String reason) {
    }

    private final JdbcClient jdbc;

    public RefundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- 過誤納金 -------------------------------------------------------------------------------------------------

    /** The 過誤納金 no refund has been started for, oldest first. */
    public List<Long> candidatesWithoutRefund(int max) {
        return jdbc.sql("""
                SELECT c.id FROM refund_candidate c
                WHERE c.status = 'CANDIDATE' AND NOT EXISTS (SELECT 1 FROM refund r WHERE r.candidate_id = c.id)
                ORDER BY c.id FETCH FIRST ? ROWS ONLY
                """).param(max).query(Long.class).list();
    }

    public Candidate candidate(long id) {
        return jdbc.sql("SELECT * FROM refund_candidate WHERE id = ?").param(id).query(RefundRepository::candidate)
                .optional().orElseThrow(() -> new IllegalArgumentException("candidateId: 過誤納金 " + id + " はありません"));
    }

    /** A 過誤納金 registered by hand (a 過納 after a reduced assessment, …); returns its id. */
    public long insertCandidate(String caseId, String addresseeNo, String recordId, String channel, long amount,
            LocalDate arisenOn, Overpayment o, Long billId, String note, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO refund_candidate (case_id, addressee_no, record_id, channel, amount, arisen_on, recorded_by,
                  cause, paid_on, tax_due_date, claimed_on, cause_decided_on, bill_id, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(caseId, addresseeNo, recordId, channel, amount, arisenOn, by, o.cause().name(), o.paidOn(),
                o.taxDueDate(), o.claimedOn(), o.causeDecidedOn(), billId, note).update(keys, "id");
        return keys.getKey().longValue();
    }

    void setCandidateStatus(long candidateId, String status) {
        jdbc.sql("UPDATE refund_candidate SET status = ? WHERE id = ?").params(status, candidateId).update();
    }

    // ---- 還付 ------------------------------------------------------------------------------------------------------

    /**
     * Starts the refund of a 過誤納金: its row, with the cause and payment day it was read with (so a later reading
     * cannot differ). Fails with a duplicate key when another node started it first.
     */
    long create(Candidate c) {
        jdbc.sql("""
                UPDATE refund_candidate SET status = 'IN_PROCESS', cause = ?, paid_on = ? WHERE id = ?
                """).params(c.cause().name(), c.paidOn(), c.id()).update();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO refund (candidate_id, addressee_no, case_id, overpayment, status)
                VALUES (?, ?, ?, ?, 'ALLOCATING')
                """).params(c.id(), c.addresseeNo(), c.caseId(), c.amount()).update(keys, "id");
        return keys.getKey().longValue();
    }

    void linkProcess(long refundId, String processInstanceId) {
        jdbc.sql("UPDATE refund SET process_instance_id = ? WHERE id = ?").params(processInstanceId, refundId).update();
    }

    public Refund require(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("refundId: 還付 " + id + " はありません"));
    }

    public Optional<Refund> find(long id) {
        return jdbc.sql("SELECT * FROM refund WHERE id = ?").param(id).query(RefundRepository::refund).optional();
    }

    public Optional<Refund> findByCandidate(long candidateId) {
        return jdbc.sql("SELECT * FROM refund WHERE candidate_id = ?").param(candidateId)
                .query(RefundRepository::refund).optional();
    }

    /** Refunds, newest first, of a status and/or a taxpayer (either may be null). */
    public List<Refund> list(RefundStatus status, String addresseeNo, int max) {
        return jdbc.sql("""
                SELECT * FROM refund WHERE (CAST(? AS VARCHAR(20)) IS NULL OR status = ?)
                  AND (CAST(? AS VARCHAR(15)) IS NULL OR addressee_no = ?)
                ORDER BY id DESC FETCH FIRST ? ROWS ONLY
                """).params(status == null ? null : status.name(), status == null ? null : status.name(), addresseeNo,
                addresseeNo, max).query(RefundRepository::refund).list();
    }

    /** The 充当 made, and what is left to refund. */
    void recordAllocation(long refundId, String caseId, long allocated, long allocationAddition, LocalDate on,
            long refundAmount, Long documentId, RefundStatus status) {
        jdbc.sql("""
                UPDATE refund SET case_id = COALESCE(case_id, ?), allocated = ?, allocation_addition = ?,
                  allocated_on = ?, refund_amount = ?, allocation_document_id = ?, status = ?,
                  updated_at = CURRENT_TIMESTAMP
                WHERE id = ?
                """).params(caseId, allocated, allocationAddition, on, refundAmount, documentId, status.name(), refundId)
                .update();
    }

    void insertAllocationLine(long refundId, AllocationLine line) {
        jdbc.sql("""
                INSERT INTO refund_allocation (refund_id, bill_id, allocated_on, suitable_on, fee, principal,
                  late_charge, record_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(refundId, line.billId(), line.allocatedOn(), line.suitableOn(), line.fee(), line.principal(),
                line.lateCharge(), line.recordId()).update();
    }

    public List<AllocationLine> allocations(long refundId) {
        return jdbc.sql("SELECT * FROM refund_allocation WHERE refund_id = ? ORDER BY suitable_on, bill_id")
                .param(refundId).query((rs, n) -> new AllocationLine(rs.getLong("bill_id"),
                        rs.getObject("allocated_on", LocalDate.class), rs.getObject("suitable_on", LocalDate.class),
                        rs.getLong("fee"), rs.getLong("principal"), rs.getLong("late_charge"),
                        rs.getString("record_id"))).list();
    }

    /** Where the refund goes; it now waits for the decision. */
    void recordAccount(long refundId, PayeeKind kind, BankAccount a, LocalDate claimedOn, LocalDate consentOn) {
        jdbc.sql("""
                UPDATE refund SET payee_kind = ?, bank_code = ?, bank_name = ?, branch_code = ?, branch_name = ?,
                  account_type = ?, account_number = ?, account_holder = ?, claimed_on = ?, consent_on = ?,
                  status = 'AWAITING_DECISION', updated_at = CURRENT_TIMESTAMP
                WHERE id = ?
                """).params(kind.name(), a.bankCode(), a.bankName(), a.branchCode(), a.branchName(), a.type().name(),
                a.number(), a.holder(), claimedOn, consentOn, refundId).update();
    }

    void withdraw(long refundId, long candidateId, String reason) {
        jdbc.sql("""
                UPDATE refund SET status = 'WITHDRAWN', withdraw_reason = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?
                """).params(reason, refundId).update();
        setCandidateStatus(candidateId, "WITHDRAWN");
    }

    /**
     * A manager's decision: approved, the 支出決定 is made that day with the 還付加算金 counted to it; rejected, the
     * refund goes back to its account step with the reason.
     */
    void review(long refundId, LocalDate on, String by, boolean approved, String reason, long addition,
            LocalDate additionFrom) {
        jdbc.sql("""
                INSERT INTO refund_review (refund_id, decided_on, decided_by, approved, reason) VALUES (?, ?, ?, ?, ?)
                """).params(refundId, on, by, approved, reason).update();
        if (approved) {
            jdbc.sql("""
                    UPDATE refund SET status = 'DECIDED', decided_by = ?, decided_on = ?, addition = ?, addition_from = ?,
                      updated_at = CURRENT_TIMESTAMP WHERE id = ?
                    """).params(by, on, addition, additionFrom, refundId).update();
        } else {
            jdbc.sql("UPDATE refund SET status = 'AWAITING_ACCOUNT', updated_at = CURRENT_TIMESTAMP WHERE id = ?")
                    .param(refundId).update();
        }
    }

    public List<Review> reviews(long refundId) {
        return jdbc.sql("SELECT * FROM refund_review WHERE refund_id = ? ORDER BY id").param(refundId)
                .query((rs, n) -> new Review(rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
                        rs.getBoolean("approved"), rs.getString("reason"))).list();
    }

    void recordNotice(long refundId, long documentId) {
        jdbc.sql("UPDATE refund SET refund_document_id = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?")
                .params(documentId, refundId).update();
    }

    void recordPayment(long refundId, long candidateId, LocalDate paidOn, String by) {
        jdbc.sql("""
                UPDATE refund SET status = 'PAID', paid_on = ?, paid_by = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?
                """).params(paidOn, by, refundId).update();
        setCandidateStatus(candidateId, "REFUNDED");
    }

    // ---- mapping --------------------------------------------------------------------------------------------------

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        String channel = rs.getString("channel");
        String stored = rs.getString("cause");
        OverpaymentCause cause = stored != null ? OverpaymentCause.valueOf(stored)
                : DISTRIBUTION.equals(channel) ? OverpaymentCause.RESIDUE : OverpaymentCause.ERRONEOUS;
        LocalDate arisenOn = rs.getObject("arisen_on", LocalDate.class);
        LocalDate paidOn = rs.getObject("paid_on", LocalDate.class);
        Long billId = nullableLong(rs, "bill_id");
        return new Candidate(rs.getLong("id"), rs.getString("case_id"), rs.getString("addressee_no"),
                rs.getString("record_id"), channel, rs.getLong("amount"), arisenOn, rs.getString("status"), cause,
                paidOn == null ? arisenOn : paidOn, rs.getObject("tax_due_date", LocalDate.class),
                rs.getObject("claimed_on", LocalDate.class), rs.getObject("cause_decided_on", LocalDate.class),
                billId, rs.getString("note"));
    }

    private static Refund refund(ResultSet rs, int row) throws SQLException {
        String payee = rs.getString("payee_kind");
        BankAccount account = rs.getString("bank_code") == null ? null
                : new BankAccount(rs.getString("bank_code"), rs.getString("bank_name"), rs.getString("branch_code"),
                        rs.getString("branch_name"), AccountType.valueOf(rs.getString("account_type")),
                        rs.getString("account_number"), rs.getString("account_holder"));
        return new Refund(rs.getLong("id"), rs.getLong("candidate_id"), rs.getString("addressee_no"),
                rs.getString("case_id"), rs.getLong("overpayment"), rs.getLong("allocated"),
                rs.getLong("allocation_addition"), rs.getObject("allocated_on", LocalDate.class),
                rs.getLong("refund_amount"), rs.getLong("addition"), rs.getObject("addition_from", LocalDate.class),
                RefundStatus.valueOf(rs.getString("status")), payee == null ? null : PayeeKind.valueOf(payee), account,
                rs.getObject("claimed_on", LocalDate.class), rs.getObject("consent_on", LocalDate.class),
                rs.getString("withdraw_reason"), rs.getString("decided_by"),
                rs.getObject("decided_on", LocalDate.class), nullableLong(rs, "allocation_document_id"),
                nullableLong(rs, "refund_document_id"), rs.getObject("paid_on", LocalDate.class),
                rs.getString("paid_by"), rs.getString("process_instance_id"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
