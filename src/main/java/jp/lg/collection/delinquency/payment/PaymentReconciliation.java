package jp.lg.collection.delinquency.payment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.bill.TaxBillRepository.Installment;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 消込: matches a bank's payment to the installment its slip was printed for (notice number, installment,
 * year, tax). A match inside an open delinquency case pays the case ({@link PaymentService}: that installment
 * first, then the rest of the case oldest first, and the case's process hears of it); a match outside any case
 * pays that installment; no match goes to the unmatched list ({@link UnmatchedPayments}) and a collector's task.
 * A record seen before changes nothing.
 */
@Service
public class PaymentReconciliation {

    public enum Outcome { CASE, BILL, UNMATCHED, ALREADY_RECORDED }

    public static final String UNMATCHED_PROCESS = "UnmatchedPayment";

    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;
    private final TaxBillRepository bills;
    private final PaymentService payments;
    private final CaseAllocation allocation;
    private final RuntimeService runtimeService;

    public PaymentReconciliation(JdbcClient jdbc, JdbcTemplate batchJdbc, TaxBillRepository bills,
            PaymentService payments, CaseAllocation allocation, RuntimeService runtimeService) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.bills = bills;
        this.payments = payments;
        this.allocation = allocation;
        this.runtimeService = runtimeService;
    }

    public Outcome reconcile(PaymentSlip line, String by) {
        if (seenBefore(line.recordId())) {
            return Outcome.ALREADY_RECORDED;
        }
        return reconcileUnseen(line, by);
    }

    /**
     * {@link #reconcile} for a chunk of a payment file, with the same outcome line by line, in fewer round
     * trips: the record ids and the installments are read for the whole chunk in one query each, and the lines
     * for an installment outside any case (nine in ten of a city's file) are written as JDBC batches. A line
     * that matches nothing, a line for an installment in a case (its process hears of it), and a line for an
     * installment an earlier line of the chunk has changed go the single-line way, on rows read afresh.
     */
    public List<Outcome> reconcileAll(List<PaymentSlip> lines, String by) {
        Set<String> seen = seenBefore(lines.stream().map(PaymentSlip::recordId).toList());
        Map<Installment, TaxBill> found = bills.findByInstallments(
                lines.stream().map(PaymentReconciliation::printedFor).distinct().toList());
        Set<Long> changed = new HashSet<>();
        PaymentBatch batch = new PaymentBatch();
        List<Outcome> outcomes = new ArrayList<>(lines.size());
        for (PaymentSlip line : lines) {
            if (!seen.add(line.recordId())) {
                outcomes.add(Outcome.ALREADY_RECORDED); // applied before, or earlier in this file
                continue;
            }
            TaxBill bill = found.get(printedFor(line));
            if (bill == null || bill.caseId() != null || !changed.add(bill.id())) {
                batch.flush(batchJdbc);
                if (bill != null) {
                    changed.add(bill.id());
                }
                outcomes.add(reconcileUnseen(line, by));
                continue;
            }
            allocation.allocateToBill(bill, line.amount(), line.paidOn(), line.channel(), line.recordId(), by, batch);
            outcomes.add(Outcome.BILL);
        }
        batch.flush(batchJdbc);
        return outcomes;
    }

    private static Installment printedFor(PaymentSlip line) {
        return new Installment(line.fiscalYear(), line.taxItem(), line.noticeNo(), line.installmentNo());
    }

    /** The record ids among these that were applied or put on the unmatched list before. */
    private Set<String> seenBefore(List<String> recordIds) {
        return new HashSet<>(jdbc.sql("""
                SELECT record_id FROM payment WHERE record_id IN (:ids)
                UNION SELECT record_id FROM refund_candidate WHERE record_id IN (:ids)
                UNION SELECT record_id FROM unmatched_payment WHERE record_id IN (:ids)
                """).param("ids", recordIds).query(String.class).list());
    }

    private Outcome reconcileUnseen(PaymentSlip line, String by) {
        Optional<TaxBill> bill = bills.findByInstallment(line.fiscalYear(), line.taxItem(), line.noticeNo(),
                line.installmentNo());
        if (bill.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO unmatched_payment (record_id, notice_no, installment_no, fiscal_year, tax_item, paid_on,
                      amount, channel, payer_name, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
                    """).params(line.recordId(), line.noticeNo(), line.installmentNo(), line.fiscalYear(),
                    line.taxItem().code(), line.paidOn(), line.amount(), line.channel(),
                    line.payerName() == null ? null : truncate(line.payerName(), 60)).update();
            runtimeService.startProcessInstanceByKey(UNMATCHED_PROCESS, line.recordId(), Variables.createVariables()
                    .putValue("recordId", line.recordId()).putValue("amount", line.amount())
                    .putValue("paidOn", line.paidOn().toString()));
            return Outcome.UNMATCHED;
        }
        String caseId = bill.get().caseId();
        if (caseId != null && "OPEN".equals(jdbc.sql("SELECT status FROM delinquency_case WHERE case_id = ?")
                .param(caseId).query(String.class).single())) {
            // the slip names its installment: it is paid first, the rest of the case after it (AllocationOrder)
            payments.receiveUnseen(caseId, line.amount(), line.paidOn(), line.channel(), line.recordId(), by,
                    bill.get().id());
            return Outcome.CASE;
        }
        allocation.allocateToBill(bill.get(), line.amount(), line.paidOn(), line.channel(), line.recordId(), by, null);
        return Outcome.BILL;
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** Applied ({@link CaseAllocation#applied}) or on the unmatched list. */
    private boolean seenBefore(String recordId) {
        return !seenBefore(List.of(recordId)).isEmpty();
    }
}
