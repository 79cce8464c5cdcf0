package jp.lg.collection.documents;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.rules.LateChargeRateTable;
import jp.lg.collection.rules.LateChargeRule;
import jp.lg.collection.rules.PartialPayment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The late charge still owed on a bill if it were paid in full on a given day, for notices and the case view:
 * {@link LateChargeRule} (法326①, 法20の4の2) over the whole principal with the recorded partial payments,
 * less what has been paid of it. When the payment rows do not add up to the bill's paid principal (a payment
 * recorded without its row), it falls back to the unpaid principal from the due date, which never overstates.
 * Reduced periods (猶予・執行停止, 法15の9) are not applied here; a notice states the charge as an estimate.
 */
@Component
public class LateCharges {

    private final LateChargeRule rule = new LateChargeRule(LateChargeRateTable.statutory());
    private final JdbcClient jdbc;

    public LateCharges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Yen owed on {@code asOf}; null when the rates for a year involved are not loaded (printed as pending). */
    public Long owedOn(TaxBill bill, LocalDate asOf) {
        long assessedUnpaid = Math.max(0, bill.lateCharge() - bill.lateChargePaid());
        if (bill.principalDue() <= 0) {
            return assessedUnpaid; // fixed when the principal was paid off
        }
        if (!asOf.isAfter(bill.dueDate())) {
            return 0L;
        }
        List<PartialPayment> payments = jdbc.sql("""
                SELECT paid_on, allocated_principal FROM payment
                WHERE bill_id = ? AND allocated_principal > 0 AND paid_on <= ? ORDER BY paid_on
                """).params(bill.id(), asOf)
                .query((rs, n) -> new PartialPayment(rs.getObject(1, LocalDate.class), rs.getLong(2))).list();
        long recorded = payments.stream().mapToLong(PartialPayment::amount).sum();
        try {
            if (recorded == bill.principalPaid()) {
                long whole = rule.compute(bill.principal(), bill.dueDate(), asOf, payments, List.of()).lateCharge();
                return Math.max(0, whole - bill.lateChargePaid());
            }
            return rule.compute(bill.principalDue(), bill.dueDate(), asOf).lateCharge() + assessedUnpaid;
        } catch (IllegalArgumentException e) {
            return null; // e.g. "dueDate: late-charge rates for 2027 are not loaded"
        }
    }
}
