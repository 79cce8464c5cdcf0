package jp.lg.collection.delinquency.acceleration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 繰上徴収の決裁の記録, in the manager's completing transaction: a rejection needs its reason; an approval is checked
 * again against today (an installment paid, or fallen due, since the proposal cannot be brought forward; the new due
 * date must not have passed) — otherwise it is refused and the manager rejects so the collector can propose again.
 * Sets {@code accelerationApproved}.
 */
@Component("recordAccelerationDecision")
public class RecordAccelerationDecision implements JavaDelegate {

    private final AcceleratedCollectionRepository accelerations;
    private final AccelerableInstallments installments;

    public RecordAccelerationDecision(AcceleratedCollectionRepository accelerations,
            AccelerableInstallments installments) {
        this.accelerations = accelerations;
        this.installments = installments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "accelerationId");
        boolean approved = TaskInputs.requireBoolean(execution, "accelerationApproved");
        String reason = TaskInputs.optionalText(execution, "accelerationDecisionReason");
        if (!approved && reason == null) {
            throw new TaskInputException("accelerationDecisionReason", "却下の理由を入力してください");
        }
        AcceleratedCollectionRepository.Acceleration a = accelerations.require(id);
        LocalDate today = Today.date();
        if (approved) {
            Map<Long, LocalDate> proposed = accelerations.bills(id);
            List<TaxBill> still = installments.of(a.addresseeNo(), today);
            for (long billId : proposed.keySet()) {
                if (still.stream().noneMatch(b -> b.id() == billId)) {
                    throw new TaskInputException("accelerationApproved", "起案の後に納付されたか納期限が到来した期別があります"
                            + " (期別 " + billId + ")。却下して再起案してください");
                }
            }
            try {
                RegisterAccelerationProposal.requireDueDate(a.acceleratedDueDate(), today, proposed);
            } catch (TaskInputException e) {
                String refused = e.getMessage().substring(e.getMessage().indexOf(':') + 1).strip();
                throw new TaskInputException("accelerationApproved", refused + "。却下して再起案してください");
            }
        }
        accelerations.decide(id, approved, reason, CurrentUser.orSystem(execution), today);
        execution.setVariable("accelerationApproved", approved);
    }
}
