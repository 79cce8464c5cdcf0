package jp.lg.collection.delinquency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 滞納案件: one open case per taxpayer (the unique index on open_addressee_no enforces it). */
@Repository
public class DelinquencyCaseRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final String nextCaseNo;

    public DelinquencyCaseRepository(JdbcClient jdbc, JdbcTemplate batch, javax.sql.DataSource dataSource)
            throws java.sql.SQLException {
        this.jdbc = jdbc;
        this.batch = batch;
        try (var connection = dataSource.getConnection()) {
            // the one statement H2 and PostgreSQL spell differently
            this.nextCaseNo = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                    ? "SELECT nextval('case_no_seq') FROM generate_series(1, ?)"
                    : "SELECT NEXT VALUE FOR case_no_seq FROM SYSTEM_RANGE(1, ?)";
        }
    }

    public Optional<String> findOpenCaseOf(String addresseeNo) {
        return jdbc.sql("SELECT case_id FROM delinquency_case WHERE open_addressee_no = ?")
                .param(addresseeNo).query(String.class).optional();
    }

    /** The open case of each of these taxpayers that has one (a sweep's chunk in one query). */
    public Map<String, String> findOpenCasesOf(Collection<String> addresseeNos) {
        if (addresseeNos.isEmpty()) {
            return Map.of();
        }
        Map<String, String> open = new HashMap<>();
        jdbc.sql("SELECT open_addressee_no, case_id FROM delinquency_case WHERE open_addressee_no IN (:nos)")
                .param("nos", addresseeNos).query((rs, n) -> open.put(rs.getString(1), rs.getString(2))).list();
        return open;
    }

    /** Opens a case with an id like D2026-000123 (fiscal year of opening, then a sequence). */
    public String open(String addresseeNo, LocalDate openedOn) {
        return openAll(List.of(addresseeNo), openedOn).get(addresseeNo);
    }

    /**
     * Opens a case for each of these taxpayers (a sweep's chunk: the numbers drawn in one query, the rows
     * inserted in one batch); addressee number → case id, in the given order.
     */
    public Map<String, String> openAll(List<String> addresseeNos, LocalDate openedOn) {
        if (addresseeNos.isEmpty()) {
            return Map.of();
        }
        List<Long> numbers = jdbc.sql(nextCaseNo).param(addresseeNos.size()).query(Long.class).list();
        int fiscalYear = openedOn.getMonthValue() >= 4 ? openedOn.getYear() : openedOn.getYear() - 1;
        Map<String, String> opened = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < addresseeNos.size(); i++) {
            String addresseeNo = addresseeNos.get(i);
            String caseId = "D%d-%06d".formatted(fiscalYear, numbers.get(i));
            opened.put(addresseeNo, caseId);
            rows.add(new Object[] {caseId, addresseeNo, addresseeNo, openedOn});
        }
        batch.batchUpdate("""
                INSERT INTO delinquency_case (case_id, addressee_no, open_addressee_no, status, opened_on)
                VALUES (?, ?, ?, 'OPEN', ?)
                """, rows);
        return opened;
    }

    /** Records each case's process instance (case id → process instance id), in one JDBC batch. */
    public void linkProcessInstances(Map<String, String> instanceByCase) {
        if (instanceByCase.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        instanceByCase.forEach((caseId, instanceId) -> rows.add(new Object[] {instanceId, caseId}));
        batch.batchUpdate("UPDATE delinquency_case SET process_instance_id = ? WHERE case_id = ?", rows);
    }

    public void close(String caseId, LocalDate closedOn, String reason) {
        jdbc.sql("""
                UPDATE delinquency_case SET status = 'CLOSED', open_addressee_no = NULL, closed_on = ?,
                  close_reason = ?, updated_at = CURRENT_TIMESTAMP
                WHERE case_id = ? AND status = 'OPEN'
                """).params(closedOn, reason, caseId).update();
    }

    public String addresseeOf(String caseId) {
        return jdbc.sql("SELECT addressee_no FROM delinquency_case WHERE case_id = ?").param(caseId)
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("caseId: 案件 " + caseId + " はありません"));
    }

    public String statusOf(String caseId) {
        return jdbc.sql("SELECT status FROM delinquency_case WHERE case_id = ?").param(caseId)
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("caseId: 案件 " + caseId + " はありません"));
    }
}
