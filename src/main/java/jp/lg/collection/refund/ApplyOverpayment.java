package jp.lg.collection.refund;

import jp.lg.collection.documents.Yen;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 充当: the 過誤納金 pays the taxpayer's unpaid taxes first (地方税法17の2, {@link RefundAllocations}), with its
 * 充当通知書. Sets {@code refundDue} (something is left to pay out) and the amounts the forms show.
 */
@Component("applyOverpayment")
public class ApplyOverpayment implements JavaDelegate {

    private final RefundAllocations allocations;

    public ApplyOverpayment(RefundAllocations allocations) {
        this.allocations = allocations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long refundId = ProcessVariables.requireLong(execution, "refundId");
        RefundAllocations.Applied applied = allocations.apply(refundId, Today.date(), CurrentUser.orSystem(execution));
        execution.setVariable("refundDue", applied.refundDue());
        execution.setVariable("allocatedAmount", applied.allocated());
        execution.setVariable("refundAmount", applied.refundAmount());
        execution.setVariable("refundAmountText", Yen.of(applied.refundAmount() + applied.allocationAddition()));
        if (applied.caseId() != null) {
            execution.setVariable("caseId", applied.caseId());
        }
    }
}
