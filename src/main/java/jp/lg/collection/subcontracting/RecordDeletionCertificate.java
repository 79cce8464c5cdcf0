package jp.lg.collection.subcontracting;

import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.forms.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 消去結果報告書の受領記録: both seeds have the contractor report the erasure at the end (委託先から消去結果に係る
 * 報告書を提出); the collector records when it arrived and how the data was erased.
 */
@Component("recordDeletionCertificate")
public class RecordDeletionCertificate implements JavaDelegate {

    private final SubcontractRegister register;

    public RecordDeletionCertificate(SubcontractRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.recordReport(Submissions.requestId(execution), ReportKind.DELETION,
                Submissions.pastDate(execution, "certificateReceivedOn"), null,
                TaskInputs.requireText(execution, "deletionMethod"), CurrentUser.orSystem(execution));
    }
}
