package jp.lg.collection.subcontracting;

import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 決定の記録: the manager's permission (番号法10①) with its conditions, or the refusal with its reasons, into
 * the register. A refusal needs reasons (they are sent to the contractor); a permission for a period that has
 * already ended makes no sense. On approval the obligations run until the day after the period ends.
 */
@Component("recordSubcontractDecision")
public class RecordSubcontractDecision implements JavaDelegate {

    private final SubcontractRegister register;

    public RecordSubcontractDecision(SubcontractRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = Submissions.requestId(execution);
        SubcontractDecision decision = TaskInputs.requireEnum(execution, "decision", SubcontractDecision.class);
        SubcontractRegister.Entry request = register.require(requestId);
        boolean approved = decision == SubcontractDecision.APPROVE;
        String conditions = TaskInputs.optionalText(execution, "conditions");
        String refusalReason = null;
        if (approved) {
            if (request.periodTo().isBefore(Today.date())) {
                throw new TaskInputException("decision", "再委託期間 (" + request.periodTo() + "まで) が既に終了しています");
            }
            execution.setVariable("periodEndAt", Today.startOf(request.periodTo().plusDays(1)));
        } else {
            refusalReason = TaskInputs.requireText(execution, "refusalReason");
            conditions = null;
        }
        register.recordDecision(requestId, approved, conditions, refusalReason, CurrentUser.orSystem(execution));
        execution.setVariable("subcontractApproved", approved);
    }
}
