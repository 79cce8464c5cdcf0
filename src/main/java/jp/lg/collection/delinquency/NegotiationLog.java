package jp.lg.collection.delinquency;

import java.time.LocalDateTime;
import java.util.List;
import jp.lg.collection.system.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 交渉経過: every contact and every step of a case, with date, time, action, result and collector. */
@Repository
public class NegotiationLog {

    /** Who appears in the log for steps the system takes by itself (batch dunning, timers). */
    public static final String SYSTEM = "system";

    public record Entry(long id, String caseId, LocalDateTime occurredAt, NegotiationAction action, String result,
            String note, String collector) {
    }

    private final JdbcClient jdbc;

    public NegotiationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String caseId, NegotiationAction action, String result, String note, String collector) {
        jdbc.sql("""
                INSERT INTO negotiation_log (case_id, occurred_at, action, result, note, collector)
                VALUES (?, ?, ?, ?, ?, ?)
                """).params(caseId, Today.dateTime(), action.name(), result, note,
                collector == null ? SYSTEM : collector).update();
    }

    public List<Entry> of(String caseId) {
        return jdbc.sql("SELECT * FROM negotiation_log WHERE case_id = ? ORDER BY occurred_at, id").param(caseId)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("case_id"),
                        rs.getObject("occurred_at", LocalDateTime.class),
                        NegotiationAction.valueOf(rs.getString("action")), rs.getString("result"),
                        rs.getString("note"), rs.getString("collector")))
                .list();
    }
}
