package jp.lg.collection.delinquency.installment;

import jp.lg.collection.system.CurrentUser;
import java.math.BigDecimal;
import jp.lg.collection.forms.TaskInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Whole-number form fields (counts, months): Camunda Forms may submit 3 as Long, Integer, Double or "3". */
final class InstallmentInputs {

    private InstallmentInputs() {
    }

    static int requireWhole(VariableScope scope, String name, int min, int max, Integer fallback) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw new TaskInputException(name, "入力してください");
        }
        int number;
        try {
            number = new BigDecimal(value.toString().trim()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TaskInputException(name, "整数で入力してください (" + value + ")");
        }
        if (number < min || number > max) {
            throw new TaskInputException(name, min + "から" + max + "までの数を入力してください (" + number + ")");
        }
        return number;
    }

    static String optionalText(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    static String collector(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        return CurrentUser.of(execution);
    }
}
