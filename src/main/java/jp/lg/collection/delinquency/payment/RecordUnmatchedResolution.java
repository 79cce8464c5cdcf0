package jp.lg.collection.delinquency.payment;

import jp.lg.collection.delinquency.payment.UnmatchedPayments.Decision;
import jp.lg.collection.delinquency.payment.UnmatchedPayments.Resolution;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 充当・還付の記録: the collector's resolution of an unmatched payment, from the Tasklist form or from the
 * unmatched list (which completes this task for each line it resolves) — applied to the case, the taxpayer or the
 * installment named, or set aside to be returned ({@link UnmatchedPayments#apply}). Synchronous, so a wrong target
 * is refused on the form, naming the field.
 */
@Component("recordUnmatchedResolution")
public class RecordUnmatchedResolution implements JavaDelegate {

    private final UnmatchedPayments unmatched;

    public RecordUnmatchedResolution(UnmatchedPayments unmatched) {
        this.unmatched = unmatched;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String recordId = (String) execution.getVariable("recordId");
        Decision decision = new Decision(TaskInputs.requireEnum(execution, "resolution", Resolution.class),
                TaskInputs.optionalText(execution, "targetCaseId"), TaskInputs.optionalText(execution, "targetAddresseeNo"),
                whole(execution, "targetFiscalYear"), TaskInputs.optionalText(execution, "targetTaxItem"),
                TaskInputs.optionalText(execution, "targetNoticeNo"), whole(execution, "targetInstallmentNo"),
                TaskInputs.optionalText(execution, "resolutionNote"));
        try {
            unmatched.apply(recordId, decision, CurrentUser.orSystem(execution));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int colon = message.indexOf(':');
            boolean named = colon > 0 && colon < 40;
            throw new TaskInputException(named ? message.substring(0, colon) : "resolution",
                    named ? message.substring(colon + 1).strip() : message);
        }
    }

    /** A whole number the form sends as a number or as text; null when absent. */
    private static Integer whole(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return new java.math.BigDecimal(value.toString().strip()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new TaskInputException(name, "整数で入力してください (" + value + ")");
        }
    }
}
