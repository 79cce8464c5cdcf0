package jp.lg.collection.delinquency.payment;

import java.util.Optional;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.distribution.CaseAllocation;
import jp.lg.collection.imports.PaymentImport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 消込: matches a bank's payment to the installment its slip was printed for (notice number, installment,
 * year, tax). A match inside an open delinquency case pays the case ({@link PaymentService}: oldest first,
 * and the case's process hears of it); a match outside any case pays that installment; no match goes to
 * the unmatched list and a collector's task. A record seen before changes nothing.
 */
@Service
public class PaymentReconciliation {

    public enum Outcome { CASE, BILL, UNMATCHED, ALREADY_RECORDED }

    public static final String UNMATCHED_PROCESS = "UnmatchedPayment";

    private final JdbcClient jdbc;
    private final TaxBillRepository bills;
    private final PaymentService payments;
    private final CaseAllocation allocation;
    private final RuntimeService runtimeService;

    public PaymentReconciliation(JdbcClient jdbc, TaxBillRepository bills, PaymentService payments, CaseAllocation allocation,
            RuntimeService runtimeService) {
        this.jdbc = jdbc;
        this.bills = bills;
        this.payments = payments;
        this.allocation = allocation;
        this.runtimeService = runtimeService;
    }

    public Outcome reconcile(PaymentImport.Line line, String by) {
        if (allocation.applied(line.recordId()) || unmatchedExists(line.recordId())) {
            return Outcome.ALREADY_RECORDED;
        }
        Optional<TaxBill> bill = bills.findByInstallment(line.fiscalYear(), line.taxItem(), line.noticeNo(),
                line.installmentNo());
        if (bill.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO unmatched_payment (record_id, notice_no, installment_no, fiscal_year, tax_item, paid_on,
                      amount, channel, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
                    """).params(line.recordId(), line.noticeNo(), line.installmentNo(), line.fiscalYear(),
                    line.taxItem().code(), line.paidOn(), line.amount(), line.channel()).update();
            runtimeService.startProcessInstanceByKey(UNMATCHED_PROCESS, line.recordId(), Variables.createVariables()
                    .putValue("recordId", line.recordId()).putValue("amount", line.amount())
                    .putValue("paidOn", line.paidOn().toString()));
            return Outcome.UNMATCHED;
        }
        String caseId = bill.get().caseId();
        if (caseId != null && "OPEN".equals(jdbc.sql("SELECT status FROM delinquency_case WHERE case_id = ?")
                .param(caseId).query(String.class).single())) {
            payments.receive(caseId, line.amount(), line.paidOn(), line.channel(), line.recordId(), by);
            return Outcome.CASE;
        }
        allocation.allocateToBill(bill.get(), line.amount(), line.paidOn(), line.channel(), line.recordId(), by);
        return Outcome.BILL;
    }

    private boolean unmatchedExists(String recordId) {
        return jdbc.sql("SELECT COUNT(*) FROM unmatched_payment WHERE record_id = ?").param(recordId)
                .query(Long.class).single() > 0;
    }
}
