package jp.lg.collection.subcontracting;

import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.forms.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 検査結果の記録: the on-site inspection the contract reserves to the city (市による監査、検査; Kumagaya's
 * recurrence measure 実地検査). Anything but "compliant" needs the findings written down.
 */
@Component("recordInspection")
public class RecordInspection implements JavaDelegate {

    private final SubcontractRegister register;

    public RecordInspection(SubcontractRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        InspectionResult result = TaskInputs.requireEnum(execution, "inspectionResult", InspectionResult.class);
        String findings = result == InspectionResult.COMPLIANT ? TaskInputs.optionalText(execution, "findings")
                : TaskInputs.requireText(execution, "findings");
        register.recordReport(Submissions.requestId(execution), ReportKind.INSPECTION,
                Submissions.pastDate(execution, "inspectedOn"), result.label(), findings, CurrentUser.orSystem(execution));
    }
}
