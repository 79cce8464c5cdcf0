package jp.lg.collection.delinquency.writeoff;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 納税義務の消滅 per bill (bill_extinction): the reason and what was owed at that moment, which the 不納欠損
 * ledger books. Whoever extinguishes a bill (執行停止 here, a limitation sweep elsewhere) records it here
 * beside setting the bill's status to EXTINGUISHED.
 */
@Repository
public class BillExtinctions {

    /** What was owed on an extinguished bill. */
    public record Extinguished(long billId, LocalDate extinguishedOn, ExtinctionReason reason, long principal,
            long lateCharge, long fee) {
    }

    private final JdbcClient jdbc;

    public BillExtinctions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(TaxBill bill, LocalDate extinguishedOn, ExtinctionReason reason, Long suspensionId,
            long lateCharge, String by) {
        jdbc.sql("""
                INSERT INTO bill_extinction (bill_id, case_id, extinguished_on, reason_code, suspension_id, principal,
                  late_charge, fee, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(bill.id(), bill.caseId(), extinguishedOn, reason.name(), suspensionId, bill.principalDue(),
                lateCharge, bill.dunningFeeDue(), by).update();
    }

    /**
     * The case's EXTINGUISHED bills not yet written off. A bill extinguished without a record here can only
     * have been extinguished by limitation (法18①, absolute): it is booked with reason LIMITATION and its
     * unpaid principal, fee and assessed late charge as the bill shows them.
     */
    public List<Extinguished> pendingWriteOff(String caseId) {
        return jdbc.sql("""
                SELECT b.id, b.principal - b.principal_paid AS principal_due, b.dunning_fee - b.dunning_fee_paid AS fee_due,
                  b.late_charge - b.late_charge_paid AS late_due, b.updated_at,
                  e.extinguished_on, e.reason_code, e.principal, e.late_charge, e.fee
                FROM tax_bill b LEFT JOIN bill_extinction e ON e.bill_id = b.id
                WHERE b.case_id = ? AND b.status = 'EXTINGUISHED'
                  AND NOT EXISTS (SELECT 1 FROM write_off w WHERE w.bill_id = b.id)
                ORDER BY b.statutory_due_date, b.due_date, b.id
                """).param(caseId).query((rs, n) -> rs.getString("reason_code") == null
                        ? new Extinguished(rs.getLong("id"), rs.getTimestamp("updated_at").toLocalDateTime().toLocalDate(),
                                ExtinctionReason.LIMITATION, rs.getLong("principal_due"), rs.getLong("late_due"),
                                rs.getLong("fee_due"))
                        : new Extinguished(rs.getLong("id"), rs.getObject("extinguished_on", LocalDate.class),
                                ExtinctionReason.valueOf(rs.getString("reason_code")), rs.getLong("principal"),
                                rs.getLong("late_charge"), rs.getLong("fee")))
                .list();
    }
}
