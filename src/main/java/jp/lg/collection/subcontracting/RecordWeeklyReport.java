package jp.lg.collection.subcontracting;

import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 週報の受領記録: the collector who reminded the contractor confirms the weekly work report has arrived (by post or mail rather than
 * through the API); it is recorded like one received through POST /api/subcontracts/{id}/reports.
 */
@Component("recordWeeklyReport")
public class RecordWeeklyReport implements JavaDelegate {

    private final SubcontractRegister register;

    public RecordWeeklyReport(SubcontractRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.recordReport(Submissions.requestId(execution), ReportKind.WEEKLY,
                Submissions.pastDate(execution, "reportReceivedOn"), null, TaskInputs.optionalText(execution, "reminderNote"),
                CurrentUser.orSystem(execution));
    }
}
