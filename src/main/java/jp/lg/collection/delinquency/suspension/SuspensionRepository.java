package jp.lg.collection.delinquency.suspension;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** 執行停止 (suspension): the decision, its ground, the 3-year date, and how it ended. */
@Repository
public class SuspensionRepository {

    public record Suspension(long id, String caseId, SuspensionGround ground, boolean immediateExtinction,
            String reasons, String proposedBy, String decidedBy, LocalDate decidedOn, String decisionReason,
            String status, LocalDate startedOn, LocalDate extinctionDate, LocalDate endedOn, String endNote) {
    }

    private final JdbcClient jdbc;

    public SuspensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertDecision(String caseId, SuspensionGround ground, boolean immediate, String reasons,
            String proposedBy, String decidedBy, LocalDate decidedOn, String decisionReason, boolean approved) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO suspension (case_id, ground, immediate_extinction, reasons, proposed_by, decided_by,
                  decided_on, decision_reason, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(caseId, ground.name(), immediate, reasons, proposedBy, decidedBy, decidedOn, decisionReason,
                approved ? "APPROVED" : "REJECTED").update(keys, "id");
        return keys.getKey().longValue();
    }

    public void start(long id, LocalDate startedOn, LocalDate extinctionDate) {
        jdbc.sql("UPDATE suspension SET status = 'SUSPENDED', started_on = ?, extinction_date = ? WHERE id = ?")
                .params(startedOn, extinctionDate, id).update();
    }

    public void end(long id, String status, LocalDate endedOn, String note) {
        jdbc.sql("UPDATE suspension SET status = ?, ended_on = ?, end_note = ? WHERE id = ?")
                .params(status, endedOn, note, id).update();
    }

    public Suspension require(long id) {
        return jdbc.sql("SELECT * FROM suspension WHERE id = ?").param(id).query(SuspensionRepository::map).optional()
                .orElseThrow(() -> new IllegalArgumentException("suspensionId: 執行停止 " + id + " はありません"));
    }

    public Optional<Suspension> findSuspended(String caseId) {
        return jdbc.sql("SELECT * FROM suspension WHERE case_id = ? AND status = 'SUSPENDED'").param(caseId)
                .query(SuspensionRepository::map).optional();
    }

    public List<Suspension> ofCase(String caseId) {
        return jdbc.sql("SELECT * FROM suspension WHERE case_id = ? ORDER BY id").param(caseId)
                .query(SuspensionRepository::map).list();
    }

    private static Suspension map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Suspension(rs.getLong("id"), rs.getString("case_id"), SuspensionGround.valueOf(rs.getString("ground")),
                rs.getBoolean("immediate_extinction"), rs.getString("reasons"), rs.getString("proposed_by"),
                rs.getString("decided_by"), rs.getObject("decided_on", LocalDate.class), rs.getString("decision_reason"),
                rs.getString("status"), rs.getObject("started_on", LocalDate.class),
                rs.getObject("extinction_date", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_note"));
    }
}
