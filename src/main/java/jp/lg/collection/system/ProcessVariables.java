package jp.lg.collection.system;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads of the numbers a model carries between its steps (a disposition's id, the part of a plan being checked).
 * The engine hands back whichever Number type was stored — a Long from a delegate, an Integer from a test or the
 * REST API — so they are read as Number. A missing one is a fault of the model, not of a form.
 */
public final class ProcessVariables {

    private ProcessVariables() {
    }

    public static long requireLong(VariableScope scope, String name) {
        return require(scope, name).longValue();
    }

    public static int requireInt(VariableScope scope, String name) {
        return require(scope, name).intValue();
    }

    private static Number require(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number;
        }
        throw new IllegalStateException("process variable " + name + " is not a number: " + value);
    }
}
