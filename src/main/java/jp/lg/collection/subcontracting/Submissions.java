package jp.lg.collection.subcontracting;

import java.time.LocalDate;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Dates a collector enters for a submission or an inspection: they happened, so never after today. */
final class Submissions {

    private Submissions() {
    }

    static LocalDate pastDate(VariableScope scope, String field) {
        LocalDate date = TaskInputs.requireDate(scope, field);
        if (date.isAfter(Today.date())) {
            throw new TaskInputException(field, "今日以前の日付を入力してください (" + date + ")");
        }
        return date;
    }

    static String requestId(VariableScope scope) {
        return (String) scope.getVariable("requestId");
    }
}
