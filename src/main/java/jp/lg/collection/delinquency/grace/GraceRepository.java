package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import java.util.Optional;
import jp.lg.collection.rules.GraceGround;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class GraceRepository {

    private final JdbcClient jdbc;

    public GraceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param ground the ground of a 徴収猶予 (it decides the late-charge reduction); null for a 換価猶予 */
    public void record(String caseId, GraceKind kind, GraceGround ground, LocalDate startsOn, LocalDate endsOn,
            boolean granted, String reason, String decidedBy, LocalDate decidedOn) {
        jdbc.sql("""
                INSERT INTO grace (case_id, kind, ground, starts_on, ends_on, status, reason, decided_by, decided_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(caseId, kind.name(), ground == null ? null : ground.name(), startsOn, endsOn,
                granted ? "GRANTED" : "REJECTED", reason, decidedBy, decidedOn).update();
    }

    /** The last day of the latest grace in force on {@code day}, if any. */
    public Optional<LocalDate> inForceUntil(String caseId, LocalDate day) {
        return jdbc.sql("""
                SELECT MAX(ends_on) FROM grace
                WHERE case_id = ? AND status = 'GRANTED' AND starts_on <= ? AND ends_on >= ?
                """).params(caseId, day, day).query(LocalDate.class).optional();
    }
}
