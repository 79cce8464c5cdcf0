package jp.lg.collection.delinquency.acceleration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.rules.AcceleratedCollection;
import jp.lg.collection.rules.AccelerationGround;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 繰上徴収の起案の登録, in the proposer's completing transaction, so what the law does not allow is refused on the form:
 * the ground (法13の2①各号) and the fact, installments that are still open and not yet due, and a new due date on or
 * after today and before each of their due dates ({@link AcceleratedCollection#requireDueDate}).
 */
@Component("registerAccelerationProposal")
public class RegisterAccelerationProposal implements JavaDelegate {

    private final AcceleratedCollectionRepository accelerations;
    private final AccelerableInstallments installments;

    public RegisterAccelerationProposal(AcceleratedCollectionRepository accelerations,
            AccelerableInstallments installments) {
        this.accelerations = accelerations;
        this.installments = installments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "accelerationId");
        String addresseeNo = (String) execution.getVariable("addresseeNo");
        LocalDate today = Today.date();
        List<TaxBill> chosen = AccelerableInstallments.chosen(execution.getVariable(AccelerableInstallments.CHOSEN),
                installments.of(addresseeNo, today));
        AccelerationGround ground = TaskInputs.requireEnum(execution, "accelerationGround", AccelerationGround.class);
        String facts = TaskInputs.requireText(execution, "accelerationFacts");
        LocalDate due = TaskInputs.requireDate(execution, "acceleratedDueDate");
        Map<Long, LocalDate> dueDateOfBill = new LinkedHashMap<>();
        chosen.forEach(b -> dueDateOfBill.put(b.id(), b.dueDate()));
        requireDueDate(due, today, dueDateOfBill);
        String by = CurrentUser.of(execution);
        if (by == null) { // completed by the engine's API without a login: the one who started the proposal
            Object proposer = execution.getVariable("proposer");
            by = proposer == null ? CurrentUser.SYSTEM : proposer.toString();
        }
        accelerations.propose(id, ground, facts, due, dueDateOfBill, by, today);
        // a proposal again after a refusal on the form: the decision starts blank
        execution.removeVariable("accelerationApproved");
        execution.removeVariable("accelerationDecisionReason");
    }

    /** {@link AcceleratedCollection#requireDueDate}, refused on the form's field. */
    static void requireDueDate(LocalDate due, LocalDate today, Map<Long, LocalDate> dueDateOfBill) {
        try {
            AcceleratedCollection.requireDueDate(due, today, dueDateOfBill.values());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new TaskInputException("acceleratedDueDate", message.substring(message.indexOf(':') + 1).strip());
        }
    }
}
