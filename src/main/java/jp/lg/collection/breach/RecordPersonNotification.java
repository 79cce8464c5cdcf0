package jp.lg.collection.breach;

import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.forms.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 本人通知の記録: when and how the affected persons were told (個情法68②, 番号法29の4②). A phone call counts
 * if it is recorded; publication stands in only where notice is difficult, so it is marked published.
 */
@Component("recordPersonNotification")
public class RecordPersonNotification implements JavaDelegate {

    private final BreachRegister register;

    public RecordPersonNotification(BreachRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NotificationMethod method = TaskInputs.requireEnum(execution, "notificationMethod", NotificationMethod.class);
        boolean published = method == NotificationMethod.PUBLICATION || TaskInputs.flag(execution, "published");
        register.recordNotification(BreachInputs.breachId(execution), BreachInputs.pastDate(execution, "notifiedOn"),
                method.label(), published, CurrentUser.orSystem(execution));
    }
}
