package jp.lg.collection.delinquency.distribution;

import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 配当計算書の確認結果の記録: runs in the manager's completing transaction. A correction needs a note (what is
 * wrong); the statement is then marked CORRECTED and made again with a new date — the payout day runs from
 * the sending of the corrected statement (徴132②). Sets {@code statementApproved}.
 */
@Component("recordStatementReview")
public class RecordStatementReview implements JavaDelegate {

    private final DistributionRepository distributions;
    private final NegotiationLog log;

    public RecordStatementReview(DistributionRepository distributions, NegotiationLog log) {
        this.distributions = distributions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = TaskInputs.requireText(execution, "caseId");
        long id = ProcessVariables.requireLong(execution, "distributionId");
        StatementDecision decision = TaskInputs.requireEnum(execution, "statementDecision", StatementDecision.class);
        String note = TaskInputs.optionalText(execution, "statementNote");
        if (decision == StatementDecision.CORRECT && note == null) {
            throw new TaskInputException("statementNote", "訂正の理由を入力してください");
        }
        String by = CurrentUser.orSystem(execution);
        boolean approved = decision == StatementDecision.APPROVE;
        distributions.review(id, approved ? "APPROVED" : "CORRECTED", by, note);
        log.record(caseId, NegotiationAction.DISTRIBUTION, approved ? "配当計算書確認" : "配当計算書訂正", note, by);
        execution.setVariable("statementApproved", approved);
        execution.removeVariable("statementDecision");
        execution.removeVariable("statementNote");
    }
}
