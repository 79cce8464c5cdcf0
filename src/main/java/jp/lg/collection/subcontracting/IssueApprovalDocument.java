package jp.lg.collection.subcontracting;

import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 承認書の作成: the written permission (番号法10①) is stored with the register row and served at
 * GET /api/subcontracts/{id}/approval-document. Runs after the manager's transaction (asyncBefore), so a
 * failure retries and shows as an incident instead of undoing the decision.
 */
@Component("issueApprovalDocument")
public class IssueApprovalDocument implements JavaDelegate {

    private final SubcontractRegister register;
    private final String cityName;

    public IssueApprovalDocument(SubcontractRegister register,
            @Value("${collection.city.name:○○市}") String cityName) {
        this.register = register;
        this.cityName = cityName;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = Submissions.requestId(execution);
        register.storeApprovalDocument(requestId,
                ApprovalDocument.render(register.require(requestId), Today.date(), cityName));
    }
}
