package jp.lg.collection.caseview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Component;

/**
 * What a case is waiting for when no one has a task on it, read from the engine: the timers of the case's
 * process and of its phases (「配当期日 令和8年12月12日を待っています」), the events they wait to be told of
 * (「財産の判明を待っています」), and steps the engine will run by itself or could not run. The call activities
 * pass the case id on as business key, so one query finds the phases. The event subprocesses that can start at
 * any time (完納, 一部納付, 死亡 …) are not waits of the case.
 */
@Component
class CaseWaits {

    /** One thing waited for: the sentence, the phase (process name) it belongs to, and its date if any. */
    record Wait(String text, String phase, Date due) {
    }

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;

    CaseWaits(RuntimeService runtime, ManagementService management, RepositoryService repository) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
    }

    /** Soonest first; empty when the case has no running process. */
    List<Wait> of(String caseId) {
        Map<String, ProcessInstance> instances = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).active().list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        List<Wait> waits = new ArrayList<>();
        if (instances.isEmpty()) {
            return waits;
        }
        for (Job job : management.createJobQuery().processInstanceIds(instances.keySet()).list()) {
            JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult();
            String type = definition == null ? "" : definition.getJobType();
            if (type.startsWith("timer-start")) {
                continue; // an event subprocess that may start, not a step the case waits at
            }
            String name = name(job.getProcessDefinitionId(),
                    definition == null ? job.getFailedActivityId() : definition.getActivityId());
            String phase = phase(job.getProcessDefinitionId());
            if (job.getRetries() == 0) {
                waits.add(new Wait("「" + name + "」が処理できずに止まっています (システム担当者に連絡してください)", phase,
                        null));
            } else if (type.startsWith("timer")) {
                waits.add(new Wait(name + " " + WarekiDate.format(job.getDuedate().toInstant().atZone(Today.TOKYO)
                        .toLocalDate()) + "を待っています", phase, job.getDuedate()));
            } else {
                waits.add(new Wait("「" + name + "」の自動処理を待っています", phase, job.getDuedate()));
            }
        }
        for (ProcessInstance instance : instances.values()) {
            for (EventSubscription event : runtime.createEventSubscriptionQuery()
                    .processInstanceId(instance.getId()).list()) {
                FlowElement element = element(instance.getProcessDefinitionId(), event.getActivityId());
                if (element instanceof StartEvent || "compensate".equals(event.getEventType())) {
                    continue;
                }
                waits.add(new Wait(name(element, event.getActivityId()) + "を待っています",
                        phase(instance.getProcessDefinitionId()), null));
            }
        }
        waits.sort(Comparator.comparing(Wait::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return waits;
    }

    private String phase(String processDefinitionId) {
        String name = repository.getProcessDefinition(processDefinitionId).getName();
        return name == null ? "" : name;
    }

    private String name(String processDefinitionId, String activityId) {
        return name(element(processDefinitionId, activityId), activityId);
    }

    private static String name(FlowElement element, String activityId) {
        return element == null || element.getName() == null ? String.valueOf(activityId) : element.getName();
    }

    private FlowElement element(String processDefinitionId, String activityId) {
        if (activityId == null) {
            return null;
        }
        return repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
    }
}
