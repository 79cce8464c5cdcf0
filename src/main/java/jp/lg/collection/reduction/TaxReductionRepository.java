package jp.lg.collection.reduction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * 減免 ({@code tax_reduction}): an application for one installment as it is received, reviewed and decided, and what
 * it reduced (the principal before and after). The rows are the audit trail of every reduction and what the
 * statistics count; they are never deleted.
 */
@Repository
public class TaxReductionRepository {

    /** One application as stored. */
    public record Reduction(long id, String addresseeNo, long billId, ReductionGround ground, LocalDate receivedOn,
            long requestedAmount, String statement, List<String> evidence, String registeredBy, String status,
            Boolean inTime, String reviewedBy, LocalDate reviewedOn, String reviewChecklist, String reviewOpinion,
            String reviewNote, String decidedBy, LocalDate decidedOn, long reducedAmount, Long principalBefore,
            Long principalAfter, String decisionReason, Long noticeDocumentId) {

        /** "RD2026-000012": the business key of its process (fiscal year of receipt, then the id). */
        public String number() {
            int fiscalYear = receivedOn.getMonthValue() >= 4 ? receivedOn.getYear() : receivedOn.getYear() - 1;
            return "RD%d-%06d".formatted(fiscalYear, id);
        }
    }

    /** A line of the statistics: decisions of one ground and outcome, their number and the yen reduced. */
    public record Count(ReductionGround ground, String groundLabel, String status, long applications, long amount) {
    }

    private final JdbcClient jdbc;

    public TaxReductionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long apply(String addresseeNo, long billId, ReductionGround ground, LocalDate receivedOn,
            long requestedAmount, String statement, List<String> evidence, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO tax_reduction (addressee_no, bill_id, ground, received_on, requested_amount,
                  applicant_statement, evidence, registered_by, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'APPLIED')
                """).params(addresseeNo, billId, ground.name(), receivedOn, requestedAmount, statement,
                evidence.isEmpty() ? null : String.join("\n", evidence), by).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Whether an application for this installment is still undecided. */
    public boolean pendingFor(long billId) {
        return jdbc.sql("SELECT COUNT(*) FROM tax_reduction WHERE bill_id = ? AND status IN ('APPLIED', 'REVIEWED')")
                .param(billId).query(Long.class).single() > 0;
    }

    public void linkProcess(long id, String processInstanceId) {
        jdbc.sql("UPDATE tax_reduction SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
    }

    public void recordDeadline(long id, boolean inTime) {
        jdbc.sql("UPDATE tax_reduction SET in_time = ? WHERE id = ?").params(inTime, id).update();
    }

    public void recordReview(long id, String checklist, String opinion, String note, String by, LocalDate on) {
        jdbc.sql("""
                UPDATE tax_reduction SET status = 'REVIEWED', review_checklist = ?, review_opinion = ?, review_note = ?,
                  reviewed_by = ?, reviewed_on = ?
                WHERE id = ?
                """).params(checklist, opinion, note, by, on, id).update();
    }

    /** The decision: GRANTED with the amount reduced and the principal before and after, or REJECTED. */
    public void decide(long id, boolean granted, long amount, Long principalBefore, Long principalAfter, String reason,
            String by, LocalDate on) {
        jdbc.sql("""
                UPDATE tax_reduction SET status = ?, reduced_amount = ?, principal_before = ?, principal_after = ?,
                  decision_reason = ?, decided_by = ?, decided_on = ?
                WHERE id = ?
                """).params(granted ? "GRANTED" : "REJECTED", granted ? amount : 0, principalBefore, principalAfter,
                reason, by, on, id).update();
    }

    public void recordNotice(long id, long documentId) {
        jdbc.sql("UPDATE tax_reduction SET notice_document_id = ? WHERE id = ?").params(documentId, id).update();
    }

    public Reduction require(long id) {
        return jdbc.sql("SELECT * FROM tax_reduction WHERE id = ?").param(id).query(TaxReductionRepository::map)
                .optional().orElseThrow(() -> new IllegalArgumentException("id: 減免申請 " + id + " はありません"));
    }

    public List<Reduction> ofTaxpayer(String addresseeNo) {
        return jdbc.sql("SELECT * FROM tax_reduction WHERE addressee_no = ? ORDER BY id DESC").param(addresseeNo)
                .query(TaxReductionRepository::map).list();
    }

    /** 減免の件数と金額 by ground and outcome, decided between the two days (inclusive). */
    public List<Count> statistics(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT ground, status, COUNT(*) AS applications, COALESCE(SUM(reduced_amount), 0) AS amount
                FROM tax_reduction WHERE status IN ('GRANTED', 'REJECTED') AND decided_on BETWEEN ? AND ?
                GROUP BY ground, status ORDER BY ground, status
                """).params(from, to).query((rs, n) -> {
                    ReductionGround ground = ReductionGround.valueOf(rs.getString("ground"));
                    return new Count(ground, ground.label(), rs.getString("status"), rs.getLong("applications"),
                            rs.getLong("amount"));
                }).list();
    }

    private static Reduction map(ResultSet rs, int row) throws SQLException {
        String evidence = rs.getString("evidence");
        boolean inTimeValue = rs.getBoolean("in_time");
        Boolean inTime = rs.wasNull() ? null : inTimeValue;
        long before = rs.getLong("principal_before");
        Long principalBefore = rs.wasNull() ? null : before;
        long after = rs.getLong("principal_after");
        Long principalAfter = rs.wasNull() ? null : after;
        long notice = rs.getLong("notice_document_id");
        Long noticeId = rs.wasNull() ? null : notice;
        return new Reduction(rs.getLong("id"), rs.getString("addressee_no"), rs.getLong("bill_id"),
                ReductionGround.valueOf(rs.getString("ground")), rs.getObject("received_on", LocalDate.class),
                rs.getLong("requested_amount"), rs.getString("applicant_statement"),
                evidence == null ? List.of() : Arrays.asList(evidence.split("\n")), rs.getString("registered_by"),
                rs.getString("status"), inTime, rs.getString("reviewed_by"),
                rs.getObject("reviewed_on", LocalDate.class), rs.getString("review_checklist"),
                rs.getString("review_opinion"), rs.getString("review_note"), rs.getString("decided_by"),
                rs.getObject("decided_on", LocalDate.class), rs.getLong("reduced_amount"), principalBefore,
                principalAfter, rs.getString("decision_reason"), noticeId);
    }
}
