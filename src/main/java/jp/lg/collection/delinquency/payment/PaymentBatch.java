package jp.lg.collection.delinquency.payment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows a run of allocations writes, held back and sent as one JDBC batch per statement — a payment
 * file's lines outside any case cost a round trip per statement otherwise. Used inside the file's
 * transaction; the caller flushes before it reads an installment a held-back row changes.
 */
public final class PaymentBatch {

    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

    void add(String sql, Object[] args) {
        rows.computeIfAbsent(sql, k -> new ArrayList<>()).add(args);
    }

    /** Writes the held-back rows, statement by statement in the order first added, and starts afresh. */
    public void flush(JdbcTemplate jdbc) {
        rows.forEach(jdbc::batchUpdate);
        rows.clear();
    }
}
