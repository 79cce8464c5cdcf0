package jp.lg.collection.system;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once the application is up (the engine has deployed bpmn/ and forms/): roles first, then what a profile adds. */
@Component
public class Startup {

    /** Something a profile runs once the roles exist. */
    public interface Step {
        void run();
    }

    private final RoleSetup roles;
    private final List<Step> steps;

    public Startup(RoleSetup roles, List<Step> steps) {
        this.roles = roles;
        this.steps = steps;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void afterDeploy() {
        roles.apply();
        steps.forEach(Step::run);
    }
}
