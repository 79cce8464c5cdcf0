package jp.lg.collection.delinquency.writeoff;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 不納欠損整理簿 (write_off): one row per bill, split principal / late charge / fee, with the reason code. */
@Repository
public class WriteOffLedger {

    public record Row(long billId, String caseId, LocalDate writtenOffOn, ExtinctionReason reason, long principal,
            long lateCharge, long fee, String approvedBy) {
    }

    private final JdbcClient jdbc;

    public WriteOffLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row row) {
        jdbc.sql("""
                INSERT INTO write_off (case_id, bill_id, written_off_on, reason_code, principal, late_charge, fee,
                  approved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(row.caseId(), row.billId(), row.writtenOffOn(), row.reason().name(), row.principal(),
                row.lateCharge(), row.fee(), row.approvedBy()).update();
    }

    public List<Row> ofCase(String caseId) {
        return jdbc.sql("SELECT * FROM write_off WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, n) -> new Row(rs.getLong("bill_id"), rs.getString("case_id"),
                        rs.getObject("written_off_on", LocalDate.class),
                        ExtinctionReason.valueOf(rs.getString("reason_code")), rs.getLong("principal"),
                        rs.getLong("late_charge"), rs.getLong("fee"), rs.getString("approved_by")))
                .list();
    }
}
