package jp.lg.collection.delinquency.paymentplan;

import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 分納不履行の記録: logs the missed part with the collector's decision. REMIND and INVESTIGATE end the plan as
 * BREACHED and leave as {@code paymentPlanOutcome}; CONTINUE keeps the plan and waits for the next check
 * (already scheduled by the part check). When the missed part was the last one there is no next part, so the
 * last part is checked again one interval from today.
 */
@Component("recordPaymentPlanBreach")
public class RecordPaymentPlanBreach implements JavaDelegate {

    private final PaymentPlanRepository plans;
    private final NegotiationLog log;

    public RecordPaymentPlanBreach(PaymentPlanRepository plans, NegotiationLog log) {
        this.plans = plans;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        long planId = ProcessVariables.requireLong(execution, "paymentPlanId");
        BreachDecision decision = TaskInputs.requireEnum(execution, "breachDecision", BreachDecision.class);
        String reason = TaskInputs.requireText(execution, "breachReason");
        PaymentPlanRepository.Plan plan = plans.require(planId);
        int missed = ProcessVariables.requireInt(execution, "missedPartNo");

        log.record(caseId, NegotiationAction.INSTALLMENT_MISSED, "第" + missed + "回 不履行 → " + decision.label(),
                reason, CurrentUser.of(execution));
        if (decision == BreachDecision.CONTINUE) {
            if (missed >= plan.parts()) {
                execution.setVariable("partNo", plan.parts());
                execution.setVariable("nextPartCheckAt",
                        Today.startOf(Today.date().plusMonths(plan.intervalMonths()).plusDays(1)));
            }
        } else {
            plans.setStatus(planId, "BREACHED");
            execution.setVariable("paymentPlanOutcome", decision.name());
        }
    }
}
