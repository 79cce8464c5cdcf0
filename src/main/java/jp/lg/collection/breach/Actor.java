package jp.lg.collection.breach;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who did a step, for the registers' "updated by" and the PIA change record: the user completing the task
 * in Tasklist, or "system" for timers and jobs. (Used by the subcontracting package too; it belongs in
 * {@code system/} once that package may be changed.)
 */
public final class Actor {

    public static final String SYSTEM = "system";

    private Actor() {
    }

    public static String of(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }

    /** A checkbox: Camunda Forms submit false for an unticked box, the REST API may omit it. */
    public static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && "true".equals(value.toString());
    }

    /** Optional text: trimmed, or null when blank. */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
