package jp.lg.collection.delinquency;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.system.Today;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** 交渉経過: every contact and every step of a case, with date, time, action, result and collector. */
@Repository
public class NegotiationLog {

    /** Who appears in the log for steps the system takes by itself (batch dunning, timers). */
    public static final String SYSTEM = "system";

    public record Entry(long id, String caseId, LocalDateTime occurredAt, NegotiationAction action, String result,
            String note, String collector) {
    }

    private static final String INSERT = """
            INSERT INTO negotiation_log (case_id, occurred_at, action, result, note, collector)
            VALUES (?, ?, ?, ?, ?, ?)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public NegotiationLog(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Records an entry. Inside a transaction the entry is written when the transaction commits, with the
     * transaction's other entries in one JDBC batch (the nightly sweep writes two per case); it is as durable
     * as the rest of the transaction and gone with it on rollback.
     */
    public void record(String caseId, NegotiationAction action, String result, String note, String collector) {
        Object[] row = {caseId, Today.dateTime(), action.name(), result, note, collector == null ? SYSTEM : collector};
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            Pending p = pending(true);
            if (p != null) {
                p.rows.add(row);
                return;
            }
        }
        jdbc.sql(INSERT).params(row).update();
    }

    /**
     * This transaction's entries not written yet. Kept under a key of the transaction's connection, so a
     * transaction started inside another (REQUIRES_NEW, which binds a connection of its own) has its own.
     */
    private Pending pending(boolean create) {
        Object connection = TransactionSynchronizationManager.getResource(batch.getDataSource());
        if (connection == null) {
            return null;
        }
        var key = new PendingKey(this, connection);
        Pending p = (Pending) TransactionSynchronizationManager.getResource(key);
        if (p == null && create) {
            p = new Pending(this, key);
            TransactionSynchronizationManager.bindResource(key, p);
            TransactionSynchronizationManager.registerSynchronization(p);
        }
        return p;
    }

    private record PendingKey(NegotiationLog log, Object connection) {
    }

    private static final class Pending implements TransactionSynchronization {
        final NegotiationLog log;
        final PendingKey key;
        final List<Object[]> rows = new ArrayList<>();

        Pending(NegotiationLog log, PendingKey key) {
            this.log = log;
            this.key = key;
        }

        void writeRows() {
            if (!rows.isEmpty()) {
                log.batch.batchUpdate(INSERT, rows);
                rows.clear();
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            writeRows();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
    }

    public List<Entry> of(String caseId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending p = pending(false);
            if (p != null) {
                p.writeRows(); // read what this transaction has recorded too
            }
        }
        return jdbc.sql("SELECT * FROM negotiation_log WHERE case_id = ? ORDER BY occurred_at, id").param(caseId)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("case_id"),
                        rs.getObject("occurred_at", LocalDateTime.class),
                        NegotiationAction.valueOf(rs.getString("action")), rs.getString("result"),
                        rs.getString("note"), rs.getString("collector")))
                .list();
    }
}
