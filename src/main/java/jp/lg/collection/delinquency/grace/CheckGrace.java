package jp.lg.collection.delinquency.grace;

import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 猶予期間の確認: no seizure while a 徴収猶予 or 換価猶予 is in force (法15の2の3, 15の5, 15の6). Sets
 * {@code graceEndsAt} to the day after the grace ends (the timer waits for it), or null when none runs.
 */
@Component("checkGrace")
public class CheckGrace implements JavaDelegate {

    private final GraceRepository graces;

    public CheckGrace(GraceRepository graces) {
        this.graces = graces;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        execution.setVariable("graceEndsAt", graces.inForceUntil(caseId, Today.date())
                .map(end -> Today.startOf(end.plusDays(1))).orElse(null));
    }
}
