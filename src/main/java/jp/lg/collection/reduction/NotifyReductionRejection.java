package jp.lg.collection.reduction;

import java.time.LocalDate;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.rules.TaxReductionRule;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 減免申請却下通知書の送付: the manager's reason, preceded by the missed deadline when the application was late; queued
 * for printing with the applicant (and the installment's case, when it has one). Sets {@code reductionNoticeId}.
 */
@Component("notifyReductionRejection")
public class NotifyReductionRejection implements JavaDelegate {

    private final TaxReductionRepository reductions;
    private final TaxBillRepository bills;
    private final NoticeQueue notices;
    private final ReductionProperties ordinance;

    public NotifyReductionRejection(TaxReductionRepository reductions, TaxBillRepository bills, NoticeQueue notices,
            ReductionProperties ordinance) {
        this.reductions = reductions;
        this.bills = bills;
        this.notices = notices;
        this.ordinance = ordinance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaxReductionRepository.Reduction r = reductions.require(ProcessVariables.requireLong(execution, "reductionId"));
        TaxBill bill = bills.require(r.billId());
        LocalDate today = Today.date();
        LocalDate lastDay = Boolean.FALSE.equals(r.inTime())
                ? TaxReductionRule.lastDayToApply(bill.dueDate(), ordinance.daysBefore(bill.taxItem())) : null;
        DocumentKind kind = DocumentKind.TAX_REDUCTION_REJECTION;
        long documentId = notices.issue(bill.caseId(), r.addresseeNo(), kind, kind.label() + " " + r.number(), today,
                r.decidedBy(), new TaxReductionRejectionNotice.Content(notices.addressee(r.addresseeNo()), bill.caseId(),
                        today, r.number(), r.receivedOn(), r.ground().label(), bill.label(), bill.dueDate(),
                        bill.principalDue(), r.decisionReason(), lastDay));
        reductions.recordNotice(r.id(), documentId);
        execution.setVariable("reductionNoticeId", documentId);
    }
}
