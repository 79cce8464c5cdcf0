package jp.lg.collection.subcontracting;

import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 確認項目の照合: every contract clause of the checklist must be confirmed in the request before a manager
 * may permit the re-entrusting (番号法10①, supervision under 番号法11); what is missing goes back to the
 * contractor, named, in {@code missingItems}.
 */
@Component("checkSubcontractChecklist")
public class CheckSubcontractChecklist implements JavaDelegate {

    private final SubcontractRegister register;

    public CheckSubcontractChecklist(SubcontractRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> missing = new ArrayList<>();
        for (ContractClause clause : ContractClause.values()) {
            if (!TaskInputs.flag(execution, clause.field())) {
                missing.add(clause.label());
            }
        }
        String missingItems = missing.isEmpty() ? null : String.join("、", missing);
        register.recordReview(Submissions.requestId(execution), missingItems, CurrentUser.orSystem(execution));
        execution.setVariable("checklistComplete", missing.isEmpty());
        execution.setVariable("missingItems", missingItems);
    }
}
