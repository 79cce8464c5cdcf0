package jp.lg.collection.subcontracting;

import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 宣誓書の受領記録: the collector who reminded the contractor confirms the monthly oath has arrived (by post or mail rather than
 * through the API); it is recorded like one received through POST /api/subcontracts/{id}/reports.
 */
@Component("recordMonthlyOath")
public class RecordMonthlyOath implements JavaDelegate {

    private final SubcontractRegister register;

    public RecordMonthlyOath(SubcontractRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.recordReport(Submissions.requestId(execution), ReportKind.OATH,
                Submissions.pastDate(execution, "reportReceivedOn"), null, TaskInputs.optionalText(execution, "reminderNote"),
                CurrentUser.orSystem(execution));
    }
}
