package jp.lg.collection.refund;

import java.time.LocalDate;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.refund.RefundRepository.Candidate;
import jp.lg.collection.refund.RefundRepository.Refund;
import jp.lg.collection.rules.RefundAdditionResult;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 還付の決裁の記録. Approved, the day is the 支出決定日: the 還付加算金 is counted to it (地方税法17の4①) and fixed on
 * the refund — and a year whose rate is not loaded refuses the approval (the addition cannot be paid short). Rejected,
 * the reason is required; the refund goes back to 還付先の確認, whose form shows it. Every decision is kept
 * ({@code refund_review}). Sets {@code refundApproved}.
 */
@Component("recordRefundDecision")
public class RecordRefundDecision implements JavaDelegate {

    private final RefundRepository refunds;
    private final RefundAdditions additions;
    private final NegotiationLog log;

    public RecordRefundDecision(RefundRepository refunds, RefundAdditions additions, NegotiationLog log) {
        this.refunds = refunds;
        this.additions = additions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "refundId");
        boolean approved = TaskInputs.requireBoolean(execution, "refundApproved");
        String reason = TaskInputs.optionalText(execution, "decisionReason");
        if (!approved && reason == null) {
            throw new TaskInputException("decisionReason", "却下する場合は理由を入力してください (還付先の確認に戻ります)");
        }
        Refund refund = refunds.require(id);
        Candidate candidate = refunds.candidate(refund.candidateId());
        LocalDate today = Today.date();
        String manager = CurrentUser.orSystem(execution);
        String result;
        if (approved) {
            RefundAdditionResult addition = additions.rule().compute(refund.refundAmount(), candidate.overpayment(), today);
            if (addition.pending()) {
                throw new TaskInputException("refundApproved", addition.missingRateYears()
                        + "年の還付加算金の割合が未登録のため、還付加算金を計算できません。管理者に割合の登録を依頼してください");
            }
            refunds.review(id, today, manager, true, reason, addition.addition(), addition.firstDay());
            result = "還付の決裁 承認 (" + refund.number() + "): 還付金 " + Yen.of(refund.refundAmount()) + " + 還付加算金 "
                    + Yen.of(addition.addition() + refund.allocationAddition());
            execution.removeVariable("decisionReason");
        } else {
            refunds.review(id, today, manager, false, reason, 0, null);
            result = "還付の決裁 却下 (" + refund.number() + ")";
            execution.setVariable("decisionReason", reason);
        }
        execution.setVariable("refundApproved", approved);
        if (refund.caseId() != null) {
            log.record(refund.caseId(), NegotiationAction.REFUND, result, reason, manager);
        }
    }
}
