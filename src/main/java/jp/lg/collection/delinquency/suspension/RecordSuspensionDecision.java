package jp.lg.collection.delinquency.suspension;

import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 執行停止の決裁の記録, in the manager's completing transaction: a rejection needs its reason; an approval
 * with immediate extinction needs the ground NO_PROPERTY (法15の7⑤: no property and collection clearly
 * impossible) — otherwise the approval is refused and the manager rejects so the collector can re-propose.
 * Records the decision (approved or rejected) with its ground. Sets {@code suspensionApproved},
 * {@code suspensionId}, {@code immediateExtinction}, and {@code suspensionOutcome} = REJECTED on rejection.
 */
@Component("recordSuspensionDecision")
public class RecordSuspensionDecision implements JavaDelegate {

    private final SuspensionRepository suspensions;
    private final NegotiationLog log;

    public RecordSuspensionDecision(SuspensionRepository suspensions, NegotiationLog log) {
        this.suspensions = suspensions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = TaskInputs.requireText(execution, "caseId");
        SuspensionGround ground = TaskInputs.requireEnum(execution, "suspensionGround", SuspensionGround.class);
        boolean immediate = execution.getVariable("immediateExtinction") != null
                && TaskInputs.requireBoolean(execution, "immediateExtinction");
        String reasons = TaskInputs.requireText(execution, "suspensionReasons");
        boolean approved = "APPROVE".equals(TaskInputs.requireText(execution, "suspensionDecision"));
        String reason = TaskInputs.optionalText(execution, "suspensionDecisionReason");
        if (!approved && reason == null) {
            throw new TaskInputException("suspensionDecisionReason", "却下の理由を入力してください");
        }
        if (approved && immediate && !ground.allowsImmediateExtinction()) {
            throw new TaskInputException("immediateExtinction", "即時消滅 (法15の7⑤) は停止理由が「財産なし」の場合に限られます ("
                    + ground.label() + " では不可)。却下して再起案してください");
        }
        String by = CurrentUser.orSystem(execution);
        Object collector = execution.getVariable("assignedCollector");
        long id = suspensions.insertDecision(caseId, ground, immediate, reasons,
                collector == null ? NegotiationLog.SYSTEM : collector.toString(), by, Today.date(), reason, approved);
        log.record(caseId, NegotiationAction.SUSPENSION,
                (approved ? "執行停止決裁 承認: " : "執行停止決裁 却下: ") + ground.label() + " (" + ground.article() + ")"
                        + (immediate ? " 即時消滅" : ""),
                reason == null ? reasons : reason, by);
        execution.setVariable("suspensionId", id);
        execution.setVariable("suspensionApproved", approved);
        execution.setVariable("immediateExtinction", immediate);
        if (!approved) {
            execution.setVariable("suspensionOutcome", "REJECTED");
        }
    }
}
