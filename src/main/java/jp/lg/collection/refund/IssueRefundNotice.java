package jp.lg.collection.refund;

import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.refund.RefundRepository.Candidate;
import jp.lg.collection.refund.RefundRepository.Refund;
import jp.lg.collection.rules.RefundAdditionResult;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 還付通知書の発行: the refund as decided — the 還付金, its 還付加算金 line by line to the 支出決定日, the account (number
 * masked) — queued for the print batch ({@link RefundNotice}); its document id on the refund and in the case's log.
 */
@Component("issueRefundNotice")
public class IssueRefundNotice implements JavaDelegate {

    private final RefundRepository refunds;
    private final RefundAdditions additions;
    private final NoticeQueue notices;
    private final NegotiationLog log;

    public IssueRefundNotice(RefundRepository refunds, RefundAdditions additions, NoticeQueue notices,
            NegotiationLog log) {
        this.refunds = refunds;
        this.additions = additions;
        this.notices = notices;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "refundId");
        Refund r = refunds.require(id);
        if (r.status() != RefundStatus.DECIDED || r.account() == null) {
            throw new IllegalStateException("還付 " + r.number() + " は支出決定されていません (" + r.status().label() + ")");
        }
        Candidate c = refunds.candidate(r.candidateId());
        // the lines of the addition fixed at the decision (a loaded year's rate is never changed)
        RefundAdditionResult addition = additions.rule().compute(r.refundAmount(), c.overpayment(), r.decidedOn());
        long documentId = notices.issue(r.caseId(), r.addresseeNo(), DocumentKind.REFUND_NOTICE,
                DocumentKind.REFUND_NOTICE.label() + " (" + r.number() + ")", Today.date(), r.decidedBy(),
                new RefundNotice.Content(notices.addressee(r.addresseeNo()), r.caseId(), r.number(), Today.date(),
                        r.overpayment(), c.cause(), c.paidOn(), r.allocated(), r.refundAmount(), r.addition(),
                        r.additionFrom(), r.decidedOn(), addition.days(), addition.segments(), r.allocationAddition(),
                        r.payeeKind(), r.account().label()));
        refunds.recordNotice(id, documentId);
        if (r.caseId() != null) {
            log.record(r.caseId(), NegotiationAction.REFUND, DocumentKind.REFUND_NOTICE.label() + "送付 (" + r.number()
                    + ")", "お支払いする額 " + Yen.of(r.payout()) + " / 文書ID " + documentId, NegotiationLog.SYSTEM);
        }
    }
}
