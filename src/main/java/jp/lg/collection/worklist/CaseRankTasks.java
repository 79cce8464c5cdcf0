package jp.lg.collection.worklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every task of a case is born with its case's rank: a create listener the engine adds to each user task of
 * every model (built in, so a designer neither writes nor can forget it) sets the priority and the rank's
 * variables ({@link CaseRanks#apply}). Tasks of processes that are not cases are left as they are.
 */
@Component
public class CaseRankTasks extends AbstractProcessEnginePlugin {

    private final ObjectProvider<CaseRanks> ranks;

    public CaseRankTasks(ObjectProvider<CaseRanks> ranks) {
        this.ranks = ranks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        TaskListener created = this::created;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    void created(DelegateTask task) {
        String caseId = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        ranks.getObject().forNewTask(caseId).ifPresent(ranked -> CaseRanks.apply(task, ranked));
    }
}
