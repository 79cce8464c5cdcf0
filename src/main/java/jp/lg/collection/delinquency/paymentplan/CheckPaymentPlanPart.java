package jp.lg.collection.delinquency.paymentplan;

import java.util.List;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 分納の履行確認, the day after part {@code partNo} fell due. Payments are not earmarked for a part (they are
 * applied to the bills), so a part counts as paid when the case balance has dropped, since the pledge, by
 * at least what the plan scheduled up to and including this part. That also lets a taxpayer who paid a late
 * part together with the next one catch up: the earlier parts are then marked paid too.
 * <p>
 * Sets {@code partPaid}, {@code missedPartNo} (when not paid), {@code planFinished} (every part paid, or nothing left to pay) and, while parts
 * remain, the next {@code partNo} and {@code nextPartCheckAt}. A finished plan is COMPLETED and sets
 * {@code paymentPlanOutcome}.
 */
@Component("checkPaymentPlanPart")
public class CheckPaymentPlanPart implements JavaDelegate {

    private final TaxBillRepository bills;
    private final PaymentPlanRepository plans;

    public CheckPaymentPlanPart(TaxBillRepository bills, PaymentPlanRepository plans) {
        this.bills = bills;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ProcessVariables.requireLong(execution, "paymentPlanId");
        int partNo = ProcessVariables.requireInt(execution, "partNo");
        PaymentPlanRepository.Plan plan = plans.require(planId);
        List<PaymentPlanRepository.StoredPart> parts = plans.parts(planId);

        long balance = bills.balanceOfCase(plan.caseId());
        long paidSincePledge = plan.totalAmount() - balance;
        boolean paid = balance <= 0 || paidSincePledge >= PaymentPlanSchedule.cumulative(parts, partNo);
        boolean finished = balance <= 0 || (paid && partNo >= plan.parts());

        if (paid) {
            plans.markPaidUpTo(planId, balance <= 0 ? plan.parts() : partNo);
        } else {
            // What came in beyond the earlier parts is shown on this part, so the collector sees a short payment.
            long towardsThis = paidSincePledge - PaymentPlanSchedule.cumulative(parts, partNo - 1);
            plans.markMissed(planId, partNo, Math.max(0, towardsThis));
            execution.setVariable("missedPartNo", partNo);
        }
        if (finished) {
            plans.setStatus(planId, "COMPLETED");
            execution.setVariable("paymentPlanOutcome", "COMPLETED");
        } else if (partNo < plan.parts()) {
            // The next part is checked whether this one was paid or not: after a breach the collector may let
            // the plan continue, and the cumulative test then asks for the missed amount too.
            PaymentPlanRepository.StoredPart next = parts.get(partNo);
            execution.setVariable("partNo", next.partNo());
            execution.setVariable("nextPartCheckAt", Today.startOf(next.dueDate().plusDays(1)));
        }
        execution.setVariable("partPaid", paid);
        execution.setVariable("planFinished", finished);
    }
}
