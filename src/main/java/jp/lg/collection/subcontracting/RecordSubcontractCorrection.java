package jp.lg.collection.subcontracting;

import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.forms.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 補正の記録: the contractor's corrected documents are added to the request and it goes back to review; the
 * register counts the rounds, so an auditor sees how often a request came back.
 */
@Component("recordSubcontractCorrection")
public class RecordSubcontractCorrection implements JavaDelegate {

    private final SubcontractRegister register;

    public RecordSubcontractCorrection(SubcontractRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaskInputs.requireText(execution, "correctionNote");
        register.recordCorrection(Submissions.requestId(execution), TaskInputs.optionalText(execution, "addedAttachments"),
                CurrentUser.orSystem(execution));
    }
}
