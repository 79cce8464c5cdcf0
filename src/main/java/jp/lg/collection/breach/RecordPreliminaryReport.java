package jp.lg.collection.breach;

import jp.lg.collection.system.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 速報の記録: the day the preliminary report went to the PPC (個情法68①, 番号法29の4①). */
@Component("recordPreliminaryReport")
public class RecordPreliminaryReport implements JavaDelegate {

    private final BreachRegister register;

    public RecordPreliminaryReport(BreachRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.recordPreliminaryReport(BreachInputs.breachId(execution),
                BreachInputs.pastDate(execution, "preliminaryReportedOn"), CurrentUser.orSystem(execution));
    }
}
