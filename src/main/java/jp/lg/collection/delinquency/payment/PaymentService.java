package jp.lg.collection.delinquency.payment;

import java.time.LocalDate;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.CaseDataChanged;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.rules.AllocationResult;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A payment on a delinquent case, at any stage: applied to the case's installments — the installment its slip
 * was printed for first, then the statutory order ({@link CaseAllocation}) — then told to the case's process — 完納 ends the case (and releases its
 * seizures), a part payment keeps it going with the limitation renewed. Idempotent by the bank's record id.
 */
@Service
public class PaymentService {

    public record Receipt(String caseId, String recordId, long amount, long surplus, long balance, boolean paidInFull,
            boolean alreadyRecorded) {
    }

    private final CaseAllocation allocation;
    private final TaxBillRepository bills;
    private final DelinquencyCaseRepository cases;
    private final RuntimeService runtimeService;
    private final ApplicationEventPublisher events;

    public PaymentService(CaseAllocation allocation, TaxBillRepository bills, DelinquencyCaseRepository cases,
            RuntimeService runtimeService, ApplicationEventPublisher events) {
        this.allocation = allocation;
        this.bills = bills;
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.events = events;
    }

    /** Money without a slip (the counter, a payment assigned to the case): the case's bills oldest first. */
    @Transactional
    public Receipt receive(String caseId, long amount, LocalDate paidOn, String channel, String recordId, String by) {
        return receive(caseId, amount, paidOn, channel, recordId, by, null);
    }

    /**
     * @param designatedBillId the installment of the case the payment's slip was printed for, paid first; null for
     *                         money without a designation
     */
    @Transactional
    public Receipt receive(String caseId, long amount, LocalDate paidOn, String channel, String recordId, String by,
            Long designatedBillId) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount: 納付額は1円以上の整数(円)です");
        }
        if (recordId == null || recordId.isBlank()) {
            throw new IllegalArgumentException("recordId: 収納データのレコード番号は必須です");
        }
        // as in the payment file: the bill's id is appended to it in the payment row (40 characters)
        if (recordId.length() > 30) {
            throw new IllegalArgumentException("recordId: 収納データのレコード番号は30文字以内です (" + recordId.length() + "文字)");
        }
        if (channel == null || channel.length() > 20) {
            throw new IllegalArgumentException("channel: 収納チャネルは20文字以内です (COUNTER, BANK など)");
        }
        if (!"OPEN".equals(cases.statusOf(caseId))) {
            throw new IllegalArgumentException("caseId: 案件 " + caseId + " は終了しています");
        }
        if (allocation.applied(recordId)) {
            return new Receipt(caseId, recordId, amount, 0, bills.balanceOfCase(caseId), bills.settled(caseId), true);
        }
        return applyAndTell(caseId, amount, paidOn, channel, recordId, by, designatedBillId);
    }

    /**
     * {@link #receive} for a record the caller has just found, in this transaction, neither applied nor on the
     * unmatched list — a line of a payment file, whose record ids are looked up a chunk at a time. The line's slip
     * designates {@code designatedBillId}: it is paid first.
     */
    @Transactional
    public Receipt receiveUnseen(String caseId, long amount, LocalDate paidOn, String channel, String recordId,
            String by, Long designatedBillId) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount: 納付額は1円以上の整数(円)です");
        }
        return applyAndTell(caseId, amount, paidOn, channel, recordId, by, designatedBillId);
    }

    private Receipt applyAndTell(String caseId, long amount, LocalDate paidOn, String channel, String recordId,
            String by, Long designatedBillId) {
        AllocationResult result = allocation.allocateUnapplied(caseId, amount, paidOn, channel, recordId, by,
                designatedBillId);
        long balance = bills.balanceOfCase(caseId);
        // a late charge pending its year's rate is still owed: the case stays open until it is fixed and paid
        boolean paidInFull = bills.settled(caseId);
        runtimeService.createMessageCorrelation(paidInFull ? "Message_PaidInFull" : "Message_PaymentReceived")
                .processInstanceBusinessKey(caseId).setVariable("partPaidOn", Today.startOf(paidOn)).correlateAll();
        events.publishEvent(new CaseDataChanged(caseId, "payment"));
        return new Receipt(caseId, recordId, amount, result.surplus(), balance, paidInFull, false);
    }
}
