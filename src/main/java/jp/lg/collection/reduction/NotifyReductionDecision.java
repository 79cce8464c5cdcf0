package jp.lg.collection.reduction;

import java.time.LocalDate;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.rules.CollectionArticles;
import jp.lg.collection.rules.TaxReductionRule;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 減免決定通知書の送付: queued for printing with the applicant (and the installment's case, when it has one); its
 * document id is kept on the application. Sets {@code reductionNoticeId}.
 */
@Component("notifyReductionDecision")
public class NotifyReductionDecision implements JavaDelegate {

    private final TaxReductionRepository reductions;
    private final TaxBillRepository bills;
    private final NoticeQueue notices;
    private final ReductionProperties ordinance;

    public NotifyReductionDecision(TaxReductionRepository reductions, TaxBillRepository bills, NoticeQueue notices,
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
        DocumentKind kind = DocumentKind.TAX_REDUCTION_DECISION;
        long documentId = notices.issue(bill.caseId(), r.addresseeNo(), kind, kind.label() + " " + r.number(), today,
                r.decidedBy(), new TaxReductionDecisionNotice.Content(notices.addressee(r.addresseeNo()), bill.caseId(),
                        today, r.number(), r.receivedOn(), r.ground().label(), basis(bill, r.ground()), bill.label(),
                        bill.noticeNo(), bill.dueDate(), r.principalBefore(), r.reducedAmount(), r.principalAfter()));
        reductions.recordNotice(r.id(), documentId);
        execution.setVariable("reductionNoticeId", documentId);
    }

    /** "地方税法第463条の23及び熊谷市税条例第90条". */
    String basis(TaxBill bill, ReductionGround ground) {
        return CollectionArticles.LAW + TaxReductionRule.statutoryBasis(bill.taxItem().articles()) + "及び"
                + ordinance.citation(ground, bill.taxItem());
    }
}
