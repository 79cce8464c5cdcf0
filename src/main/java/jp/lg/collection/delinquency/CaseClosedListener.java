package jp.lg.collection.delinquency;

import java.util.Map;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a case's process ends, by whatever path, the domain case closes with the reason of the end event it
 * reached, so the taxpayer can get a new case for the next overdue bill. A case cancelled by an operator in
 * Cockpit closes as CANCELLED.
 */
@Component("caseClosedListener")
public class CaseClosedListener implements ExecutionListener {

    static final Map<String, String> REASON_BY_END = Map.of(
            "Event_CasePaidInFull", "PAID_IN_FULL",
            "Event_PaymentPlanCompleted", "PAID_IN_FULL",
            "Event_CaseSettled", "SETTLED_BY_DISTRIBUTION",
            "Event_CaseWrittenOff", "WRITTEN_OFF",
            "Event_CaseExtinguished", "EXTINGUISHED_BY_LIMITATION",
            "Event_CaseSucceeded", "SUCCEEDED_BY_HEIRS");

    private final DelinquencyCaseRepository cases;
    private final NegotiationLog log;

    public CaseClosedListener(DelinquencyCaseRepository cases, NegotiationLog log) {
        this.cases = cases;
        this.log = log;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseId = execution.getProcessBusinessKey();
        String end = execution.getCurrentActivityId();
        String reason = end == null ? "CANCELLED" : REASON_BY_END.getOrDefault(end, "CANCELLED");
        cases.close(caseId, Today.date(), reason);
        log.record(caseId, NegotiationAction.CASE_CLOSED, reason, null, null);
    }
}
