package jp.lg.collection.breach;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Checks of what the breach forms submit, beyond the form's own rules. */
final class BreachInputs {

    private BreachInputs() {
    }

    static String breachId(VariableScope scope) {
        return (String) scope.getVariable("breachId");
    }

    /** Something that was done (a report submitted, a notice sent): not after today. */
    static LocalDate pastDate(VariableScope scope, String field) {
        LocalDate date = TaskInputs.requireDate(scope, field);
        if (date.isAfter(Today.date())) {
            throw new TaskInputException(field, "今日以前の日付を入力してください (" + date + ")");
        }
        return date;
    }

    /** A whole number in a range (forms submit numbers as Long or Double). */
    static int wholeNumber(VariableScope scope, String field, int min, int max) {
        Object value = scope.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            throw new TaskInputException(field, "数値を入力してください");
        }
        int number;
        try {
            number = new BigDecimal(value.toString().trim()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TaskInputException(field, "整数で入力してください (" + value + ")");
        }
        if (number < min || number > max) {
            throw new TaskInputException(field, min + "以上" + max + "以下で入力してください");
        }
        return number;
    }
}
