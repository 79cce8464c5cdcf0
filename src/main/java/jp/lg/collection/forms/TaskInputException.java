package jp.lg.collection.forms;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A submitted task variable the server refuses. The message names the field and says what is expected;
 * Tasklist shows it on the form and the task stays open (the completing transaction rolls back).
 */
public class TaskInputException extends BadUserRequestException {

    private final String field;

    public TaskInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
