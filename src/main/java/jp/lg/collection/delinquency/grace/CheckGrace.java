package jp.lg.collection.delinquency.grace;

import jp.lg.collection.delinquency.GraceCalendar;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 猶予期間の確認 (before 差押): no seizure while a 徴収猶予 is in force (法15の2の3①: no new 滞納処分). A 換価猶予 does not
 * hold the seizure — it holds the sale of what is seized (法15の5①, 15の6①), which the auction phase waits for. Sets
 * {@code graceEndsAt} to the day after the 徴収猶予 ends (the timer waits for it, then looks again), or null.
 */
@Component("checkGrace")
public class CheckGrace implements JavaDelegate {

    private final GraceCalendar graces;

    public CheckGrace(GraceCalendar graces) {
        this.graces = graces;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        execution.setVariable("graceEndsAt", graces.collectionGraceUntil(caseId, Today.date())
                .map(end -> Today.startOf(end.plusDays(1))).orElse(null));
    }
}
