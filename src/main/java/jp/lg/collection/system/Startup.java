package jp.lg.collection.system;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is up (the engine has deployed bpmn/ and forms/): the steps in their order — the roles
 * first (security's {@code RoleSetup}, ordered first), then what a profile adds. The steps live with what they
 * set up; this base package only runs them.
 */
@Component
public class Startup {

    /** Something run once at start; {@code @Order} puts it before or after the others. */
    public interface Step {
        void run();
    }

    private final List<Step> steps;

    public Startup(List<Step> steps) {
        this.steps = steps;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void afterDeploy() {
        steps.forEach(Step::run);
    }
}
