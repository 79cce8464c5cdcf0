package jp.lg.collection.reduction;

import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.rules.TaxReductionRule;
import jp.lg.collection.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 申請期限の確認: whether the application was received by the deadline the ordinance sets for its tax
 * ({@link ReductionProperties#daysBeforeDueDate}, {@link TaxReductionRule#lastDayToApply}). A late one skips the
 * review and goes to the manager, who rejects it — or grants it for a special reason the ordinance allows, stating
 * it. Sets {@code applicationInTime}.
 */
@Component("checkReductionDeadline")
public class CheckReductionDeadline implements JavaDelegate {

    private final TaxReductionRepository reductions;
    private final TaxBillRepository bills;
    private final ReductionProperties ordinance;

    public CheckReductionDeadline(TaxReductionRepository reductions, TaxBillRepository bills,
            ReductionProperties ordinance) {
        this.reductions = reductions;
        this.bills = bills;
        this.ordinance = ordinance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaxReductionRepository.Reduction r = reductions.require(ProcessVariables.requireLong(execution, "reductionId"));
        TaxBill bill = bills.require(r.billId());
        boolean inTime = TaxReductionRule.inTime(r.receivedOn(), bill.dueDate(), ordinance.daysBefore(bill.taxItem()));
        reductions.recordDeadline(r.id(), inTime);
        execution.setVariable("applicationInTime", inTime);
    }
}
