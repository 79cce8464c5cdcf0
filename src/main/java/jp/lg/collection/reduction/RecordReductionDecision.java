package jp.lg.collection.reduction;

import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.rules.TaxReductionRule;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 減免の決定の記録, in the manager's completing transaction. A grant states the amount — at most the installment's
 * unpaid tax ({@link TaxReductionRule#requireAmount}), on an installment still unpaid — and, for an application
 * received after the deadline, the special reason the ordinance allows; a rejection states its reason (it is printed
 * on the 却下通知書). Sets {@code reductionApproved}.
 */
@Component("recordReductionDecision")
public class RecordReductionDecision implements JavaDelegate {

    private final TaxReductionRepository reductions;
    private final TaxBillRepository bills;

    public RecordReductionDecision(TaxReductionRepository reductions, TaxBillRepository bills) {
        this.reductions = reductions;
        this.bills = bills;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "reductionId");
        TaxReductionRepository.Reduction r = reductions.require(id);
        boolean approved = TaskInputs.requireBoolean(execution, "reductionApproved");
        String reason = TaskInputs.optionalText(execution, "reductionDecisionReason");
        String by = CurrentUser.orSystem(execution);
        if (!approved) {
            if (reason == null) {
                throw new TaskInputException("reductionDecisionReason", "却下の理由を入力してください (却下通知書に記載されます)");
            }
            reductions.decide(id, false, 0, null, null, reason, by, Today.date());
            execution.setVariable("reductionApproved", false);
            return;
        }
        if (Boolean.FALSE.equals(r.inTime()) && reason == null) {
            throw new TaskInputException("reductionDecisionReason",
                    "申請期限後の申請を減免するときは、条例の定める特別の理由を入力してください");
        }
        long amount = TaskInputs.requireYen(execution, "reductionAmount", 1);
        TaxBill bill = bills.require(r.billId());
        if (!"OPEN".equals(bill.status()) || bill.principalPaid() > 0) {
            throw new TaskInputException("reductionApproved", bill.label()
                    + " は申請の後に納付されたため減免できません (納付済みの税額は還付の手続によります)。却下してください");
        }
        try {
            TaxReductionRule.requireAmount(amount, bill.principalDue());
        } catch (IllegalArgumentException e) {
            throw new TaskInputException("reductionAmount", e.getMessage().substring(e.getMessage().indexOf(':') + 1).strip());
        }
        reductions.decide(id, true, amount, bill.principal(), bill.principal() - amount, reason, by, Today.date());
        execution.setVariable("reductionAmount", amount);
        execution.setVariable("reductionApproved", true);
    }
}
