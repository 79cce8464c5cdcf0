package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 差押の決裁の記録: the manager's decision, with who and when, in the disposition row and the log. A rejection
 * must say why, because the collector re-drafts from it ({@code decisionReason} is shown on the proposal
 * form until the next proposal is registered, which also clears {@code seizureApproved}, so that the next
 * approval form does not open pre-filled with this one's answer). Sets {@code seizureApproved}.
 */
@Component("recordSeizureDecision")
public class RecordSeizureDecision implements JavaDelegate {

    private final DispositionRepository dispositions;
    private final NegotiationLog log;

    public RecordSeizureDecision(DispositionRepository dispositions, NegotiationLog log) {
        this.dispositions = dispositions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        long id = ProcessVariables.requireLong(execution, "dispositionId");
        boolean approved = TaskInputs.requireBoolean(execution, "seizureApproved");
        String reason = TaskInputs.optionalText(execution, "decisionReason");
        if (!approved && reason == null) {
            throw new TaskInputException("decisionReason", "却下する場合は理由を入力してください");
        }
        String manager = CurrentUser.of(execution);
        dispositions.decide(id, approved, manager, Today.date(), reason);
        log.record(caseId, NegotiationAction.SEIZURE_DECIDED, dispositions.require(id).label() + (approved ? " 承認" : " 却下"),
                reason, manager);
        execution.setVariable("seizureApproved", approved);
        if (approved) {
            execution.removeVariable("decisionReason");
        } else {
            execution.setVariable("decisionReason", reason);
        }
    }
}
