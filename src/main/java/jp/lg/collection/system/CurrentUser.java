package jp.lg.collection.system;

import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completed the task that led here (a Tasklist or REST user): the engine's current authentication. Null
 * for steps the job executor runs by itself, and in tests that do not log a user in.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String of(ProcessEngineServicesAware scope) {
        Authentication auth = scope.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }

    /** The user, or "system" where no one is logged in — for "updated by" columns and log entries. */
    public static String orSystem(ProcessEngineServicesAware scope) {
        String user = of(scope);
        return user == null ? SYSTEM : user;
    }

    public static final String SYSTEM = "system";
}
