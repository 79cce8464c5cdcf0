package jp.lg.collection.delinquency.investigation;

import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 調査結果の判断の記録: checks the collector's decision in the completing transaction and hands it on as
 * {@code investigationOutcome}. Seizure needs something to seize: SEIZE is refused while no found_asset is
 * recorded for the case.
 */
@Component("recordInvestigationDecision")
public class RecordInvestigationDecision implements JavaDelegate {

    private final PropertyInquiryRepository inquiries;

    public RecordInvestigationDecision(PropertyInquiryRepository inquiries) {
        this.inquiries = inquiries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        InvestigationDecision decision = TaskInputs.requireEnum(execution, "investigationDecision",
                InvestigationDecision.class);
        TaskInputs.requireText(execution, "decisionReason");
        if (decision == InvestigationDecision.SEIZE && inquiries.countAssets(caseId) == 0) {
            throw new TaskInputException("investigationDecision",
                    "差押できる財産が見つかっていないため、差押へは進めません");
        }
        execution.setVariable("investigationOutcome", decision.name());
    }
}
