package jp.lg.collection.breach;

import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.forms.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 実施状況の記録: a measure counts only once it is in place; until then the case stays open and is checked
 * again, so "measures decided" never passes for "measures taken".
 */
@Component("recordPreventionProgress")
public class RecordPreventionProgress implements JavaDelegate {

    private final BreachRegister register;

    public RecordPreventionProgress(BreachRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean completed = TaskInputs.requireBoolean(execution, "measuresCompleted");
        if (completed) {
            register.recordMeasuresCompleted(BreachInputs.breachId(execution),
                    BreachInputs.pastDate(execution, "measuresCompletedOn"), CurrentUser.orSystem(execution));
        }
        execution.setVariable("measuresCompleted", completed);
    }
}
