package jp.lg.collection.delinquency.acceleration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.lg.collection.rules.AccelerationGround;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * 繰上徴収情報 ({@code accelerated_collection}): a proposal as it is drafted, proposed and decided, with the installments
 * it brings forward ({@code accelerated_collection_bill}, each with its due date before) and, once approved, the
 * notice and the case they joined.
 */
@Repository
public class AcceleratedCollectionRepository {

    /** One proposal as stored. */
    public record Acceleration(long id, String addresseeNo, String status, AccelerationGround ground, String facts,
            LocalDate acceleratedDueDate, String proposedBy, LocalDate proposedOn, String decidedBy,
            LocalDate decidedOn, String decisionReason, String caseId, Long noticeDocumentId) {

        /** "K2026-000012": the business key of its process (fiscal year of the proposal, then the id). */
        public String number() {
            return number(id, proposedOn);
        }

        static String number(long id, LocalDate on) {
            int fiscalYear = on.getMonthValue() >= 4 ? on.getYear() : on.getYear() - 1;
            return "K%d-%06d".formatted(fiscalYear, id);
        }
    }

    private final JdbcClient jdbc;

    public AcceleratedCollectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A draft: who started the proposal for which taxpayer; the proposal form fills in the rest. */
    public long draft(String addresseeNo, String by, LocalDate on) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO accelerated_collection (addressee_no, status, proposed_by, proposed_on)
                VALUES (?, 'DRAFT', ?, ?)
                """).params(addresseeNo, by, on).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The proposal as submitted (again after a refusal): ground, facts, new due date and installments. */
    public void propose(long id, AccelerationGround ground, String facts, LocalDate acceleratedDueDate,
            Map<Long, LocalDate> dueDateOfBill, String by, LocalDate on) {
        jdbc.sql("""
                UPDATE accelerated_collection SET status = 'PROPOSED', ground = ?, facts = ?, accelerated_due_date = ?,
                  proposed_by = ?, proposed_on = ?, updated_at = CURRENT_TIMESTAMP
                WHERE id = ?
                """).params(ground.name(), facts, acceleratedDueDate, by, on, id).update();
        jdbc.sql("DELETE FROM accelerated_collection_bill WHERE accelerated_collection_id = ?").param(id).update();
        dueDateOfBill.forEach((billId, due) -> jdbc.sql("""
                INSERT INTO accelerated_collection_bill (accelerated_collection_id, bill_id, due_date_before)
                VALUES (?, ?, ?)
                """).params(id, billId, due).update());
    }

    public void decide(long id, boolean approved, String reason, String by, LocalDate on) {
        jdbc.sql("""
                UPDATE accelerated_collection SET status = ?, decision_reason = ?, decided_by = ?, decided_on = ?,
                  updated_at = CURRENT_TIMESTAMP
                WHERE id = ?
                """).params(approved ? "APPROVED" : "REJECTED", reason, by, on, id).update();
    }

    public void recordNotice(long id, long documentId) {
        jdbc.sql("UPDATE accelerated_collection SET notice_document_id = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?")
                .params(documentId, id).update();
    }

    public void recordCase(long id, String caseId) {
        jdbc.sql("UPDATE accelerated_collection SET case_id = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?")
                .params(caseId, id).update();
    }

    public Acceleration require(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("id: 繰上徴収 " + id + " はありません"));
    }

    public Optional<Acceleration> find(long id) {
        return jdbc.sql("SELECT * FROM accelerated_collection WHERE id = ?").param(id)
                .query((rs, n) -> map(rs)).optional();
    }

    /** The taxpayer's proposals, newest first. */
    public List<Acceleration> ofTaxpayer(String addresseeNo) {
        return jdbc.sql("SELECT * FROM accelerated_collection WHERE addressee_no = ? ORDER BY id DESC")
                .param(addresseeNo).query((rs, n) -> map(rs)).list();
    }

    /** The installments the proposal brings forward: bill id → due date before (in the order of the due dates). */
    public Map<Long, LocalDate> bills(long id) {
        Map<Long, LocalDate> bills = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT bill_id, due_date_before FROM accelerated_collection_bill WHERE accelerated_collection_id = ?
                ORDER BY due_date_before, bill_id
                """).param(id).query((rs, n) -> bills.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        return bills;
    }

    private static Acceleration map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String ground = rs.getString("ground");
        long notice = rs.getLong("notice_document_id");
        Long noticeId = rs.wasNull() ? null : notice;
        return new Acceleration(rs.getLong("id"), rs.getString("addressee_no"), rs.getString("status"),
                ground == null ? null : AccelerationGround.valueOf(ground), rs.getString("facts"),
                rs.getObject("accelerated_due_date", LocalDate.class), rs.getString("proposed_by"),
                rs.getObject("proposed_on", LocalDate.class), rs.getString("decided_by"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decision_reason"), rs.getString("case_id"),
                noticeId);
    }
}
