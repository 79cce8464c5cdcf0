package jp.lg.collection.delinquency.writeoff;

import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 不納欠損の決裁結果の記録, in the manager's completing transaction. A write-off of an extinguished debt is not
 * discretionary (the right no longer exists), so the manager either confirms it or sends it back to have the
 * reason checked, saying what to check. Sets {@code writeOffConfirmed} and {@code writeOffApprovedBy}.
 */
@Component("recordWriteOffReview")
public class RecordWriteOffReview implements JavaDelegate {

    private final NegotiationLog log;

    public RecordWriteOffReview(NegotiationLog log) {
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = TaskInputs.requireText(execution, "caseId");
        WriteOffDecision decision = TaskInputs.requireEnum(execution, "writeOffDecision", WriteOffDecision.class);
        String note = TaskInputs.optionalText(execution, "writeOffNote");
        if (decision == WriteOffDecision.RECHECK && note == null) {
            throw new TaskInputException("writeOffNote", "再確認してほしい点を入力してください");
        }
        String by = CurrentUser.orSystem(execution);
        boolean confirmed = decision == WriteOffDecision.CONFIRM;
        if (!confirmed) {
            log.record(caseId, NegotiationAction.WRITE_OFF, "欠損理由の再確認依頼", note, by);
        }
        execution.setVariable("writeOffConfirmed", confirmed);
        execution.setVariable("writeOffApprovedBy", by);
        execution.removeVariable("writeOffDecision");
    }
}
