package jp.lg.collection.delinquency.investigation;

import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.forms.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 調査結果の判断の記録: checks the collector's decision in the completing transaction, writes it with its reason
 * into the negotiation log (the next step's reader — the seizure's approver — reads why) and hands it on as
 * {@code investigationOutcome}. Seizure needs something to seize: SEIZE is refused while no found_asset is
 * recorded for the case.
 */
@Component("recordInvestigationDecision")
public class RecordInvestigationDecision implements JavaDelegate {

    private final PropertyInquiryRepository inquiries;
    private final NegotiationLog log;

    public RecordInvestigationDecision(PropertyInquiryRepository inquiries, NegotiationLog log) {
        this.inquiries = inquiries;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        InvestigationDecision decision = TaskInputs.requireEnum(execution, "investigationDecision",
                InvestigationDecision.class);
        String reason = TaskInputs.requireText(execution, "decisionReason");
        if (decision == InvestigationDecision.SEIZE && inquiries.countAssets(caseId) == 0) {
            throw new TaskInputException("investigationDecision",
                    "差押できる財産が見つかっていないため、差押へは進めません");
        }
        log.record(caseId, NegotiationAction.INVESTIGATION_DECIDED, decision.label() + " (見つかった財産 "
                + inquiries.countAssets(caseId) + "件)", reason, CurrentUser.of(execution));
        execution.setVariable("investigationOutcome", decision.name());
    }
}
