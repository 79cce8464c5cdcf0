package jp.lg.collection.breach;

import jp.lg.collection.system.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 確報の記録: the day the final report, with all nine items, went to the PPC (個情法68①・規則). */
@Component("recordFinalReport")
public class RecordFinalReport implements JavaDelegate {

    private final BreachRegister register;

    public RecordFinalReport(BreachRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.recordFinalReport(BreachInputs.breachId(execution),
                BreachInputs.pastDate(execution, "finalReportedOn"), CurrentUser.orSystem(execution));
    }
}
