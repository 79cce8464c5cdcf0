package jp.lg.collection.delinquency.suspension;

import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 執行停止の取消 (地方税法15条の8): property was found, so the suspension is revoked (the 3-year timer is gone
 * with the event gateway) and the case resumes enforcement. Sets {@code suspensionOutcome} = REVOKED.
 */
@Component("revokeSuspension")
public class RevokeSuspension implements JavaDelegate {

    private final SuspensionRepository suspensions;
    private final NegotiationLog log;

    public RevokeSuspension(SuspensionRepository suspensions, NegotiationLog log) {
        this.suspensions = suspensions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "suspensionId");
        SuspensionRepository.Suspension s = suspensions.require(id);
        Object note = execution.getVariable("propertyFoundNote");
        Object by = execution.getVariable("propertyFoundBy");
        suspensions.end(id, "REVOKED", Today.date(), note == null ? "財産の判明" : note.toString());
        log.record(s.caseId(), NegotiationAction.SUSPENSION, "執行停止の取消 (地方税法15条の8)",
                note == null ? "財産の判明" : note.toString(), by == null ? null : by.toString());
        execution.setVariable("suspensionOutcome", "REVOKED");
    }
}
