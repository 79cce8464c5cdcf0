package jp.lg.collection.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Checks every completed user task against its Camunda Form on the server: Tasklist validates only in the
 * browser, and the REST API not at all. Added to every user task of every model at parse time, so a new
 * model needs nothing to get it. It runs before the model's own complete listeners (a built-in listener) and
 * stores typed dates and amounts as they were read ({@link FormSchema#check}), so every listener and delegate
 * after it sees the ISO date and the Long yen, never the text.
 */
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

    private final FormSchema forms;

    public FormValidationPlugin(FormSchema forms) {
        this.forms = forms;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                if (formRef != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior task) {
                    task.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, validator(formRef));
                }
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    private TaskListener validator(String formId) {
        return (DelegateTask task) -> {
            FormSchema.Checked checked = forms.check(formId, task.getVariables());
            List<String> problems = checked.problems();
            checked.normalized().forEach(task::setVariable);
            if (!problems.isEmpty()) {
                String first = problems.get(0);
                int colon = first.indexOf(':');
                throw new TaskInputException(first.substring(0, colon),
                        String.join(" / ", problems).substring(colon + 2));
            }
        };
    }
}
