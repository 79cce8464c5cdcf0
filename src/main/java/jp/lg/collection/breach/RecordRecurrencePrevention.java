package jp.lg.collection.breach;

import jp.lg.collection.system.CurrentUser;
import java.time.LocalDate;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 再発防止策の記録: the measures (one of the nine report items) and the day by which they must be in place;
 * the confirmation task is due then. Kumagaya's are the model: handling rules submitted, re-subcontracting
 * applied for in writing, an on-site inspection after the work.
 */
@Component("recordRecurrencePrevention")
public class RecordRecurrencePrevention implements JavaDelegate {

    private final BreachRegister register;

    public RecordRecurrencePrevention(BreachRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String measures = TaskInputs.requireText(execution, "measures");
        LocalDate due = TaskInputs.requireDate(execution, "measuresDue");
        if (due.isBefore(Today.date())) {
            throw new TaskInputException("measuresDue", "実施期限は今日以降の日付を入力してください");
        }
        register.recordMeasures(BreachInputs.breachId(execution), measures, due, CurrentUser.orSystem(execution));
        execution.setVariable("measuresDueAt", Today.startOf(due));
    }
}
