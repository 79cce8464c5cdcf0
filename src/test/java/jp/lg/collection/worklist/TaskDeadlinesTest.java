package jp.lg.collection.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.system.Roles;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;

/**
 * Every task of the delinquency lifecycle has a due date — the statute's where one applies, the city's practice
 * otherwise (docs/delinquency-design.md, "Practice values") — and what happens when it passes: either the deadline
 * moves the case on by itself (an interrupting timer: an inquiry not answered in 30 days, the buyer's payment
 * deadline, the promise's day) or the task is escalated to the managers (the non-interrupting timer 「期限超過」 at
 * the same date, {@link EscalateOverdueTask}). The escalation is walked through for the collector's phone call.
 */
class TaskDeadlinesTest extends WorklistTestSupport {

    /**
     * The models of the delinquency lifecycle (猶予 included) and 繰上徴収 (delinquency.acceleration); the breach, subcontract,
     * unmatched-payment, 減免 and refund procedures are not.
     */
    static final List<String> LIFECYCLE = List.of("delinquency-case", "dunning", "reminders", "payment-plan",
            "property-investigation", "seizure", "public-auction", "distribution", "suspension", "write-off",
            "accelerated-collection", "grace");

    static String timer(BoundaryEvent boundary) {
        TimerEventDefinition timer = boundary.getEventDefinitions().stream()
                .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast).findFirst()
                .orElse(null);
        if (timer == null) {
            return null;
        }
        return timer.getTimeDate() != null ? timer.getTimeDate().getTextContent()
                : timer.getTimeDuration() != null ? timer.getTimeDuration().getTextContent() : "";
    }

    @Test
    void everyLifecycleTaskHasADueDateAndAnEscalationOrADeadlineThatMovesTheCaseOn() {
        List<String> escalated = new ArrayList<>();
        List<String> movedOn = new ArrayList<>();
        for (String name : LIFECYCLE) {
            BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/" + name + ".bpmn"));
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String due = task.getCamundaDueDate();
                assertThat(due).as("%s: %s has a camunda:dueDate", name, task.getId()).isNotBlank();
                List<BoundaryEvent> timers = model.getModelElementsByType(BoundaryEvent.class).stream()
                        .filter(b -> b.getAttachedTo() == task && timer(b) != null).toList();
                List<BoundaryEvent> escalations = timers.stream().filter(b -> !b.cancelActivity()).toList();
                if (timers.stream().anyMatch(BoundaryEvent::cancelActivity)) {
                    movedOn.add(task.getId());
                    continue;
                }
                assertThat(escalations).as("%s: %s has one 期限超過 escalation", name, task.getId()).hasSize(1);
                BoundaryEvent overdue = escalations.get(0);
                assertThat(overdue.getId()).isEqualTo("Event_" + task.getId().substring(5) + "Overdue");
                assertThat(overdue.getName()).isEqualTo("期限超過");
                assertThat(timer(overdue)).as("%s: the escalation fires at the due date", task.getId()).isEqualTo(due);
                assertThat(overdue.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaExecutionListener.class).list()).as(task.getId()).singleElement()
                        .satisfies(l -> {
                            assertThat(l.getCamundaEvent()).isEqualTo("start");
                            assertThat(l.getCamundaDelegateExpression()).isEqualTo("${escalateOverdueTask}");
                        });
                assertThat(overdue.getOutgoing()).singleElement().satisfies(flow -> assertThat(flow.getTarget())
                        .isInstanceOf(EndEvent.class).satisfies(end -> assertThat(end.getName())
                                .isEqualTo("管理職へ報告")));
                escalated.add(task.getId());
            }
        }
        assertThat(escalated).hasSize(22).contains("Task_DecideAcceleration", "Task_DecideGrace", "Task_ApproveSeizure", "Task_ProposeSeizure", "Task_PhoneReminder",
                "Task_DetermineHeirs", "Task_PlanAuction", "Task_RecordBids", "Task_DecideAfterUnsold");
        assertThat(movedOn).containsExactlyInAnyOrder("Task_WatchPromise", "Task_RecordInquiryAnswer",
                "Task_ConfirmBuyerPayment");
    }

    @Test
    void anOverduePhoneCallIsEscalatedToTheManagersAndStaysWithTheCollector() {
        OpenCase late = caseAtPhoneReminder("tanaka", "01", 58_000);
        ProcessInstance reminders = phase(late.process(), "Reminders");
        assertThat(late.phoneTask().getDueDate()).isEqualTo(java.util.Date.from(
                LocalDate.of(2026, 6, 28).atTime(9, 0).atZone(jp.lg.collection.system.Today.TOKYO).toInstant()));
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(reminders.getId())
                .timers().list();
        assertThat(timers).singleElement().satisfies(job -> assertThat(job.getDuedate())
                .isEqualTo(late.phoneTask().getDueDate()));

        today(LocalDate.of(2026, 6, 27));
        runJobs(reminders);
        assertThat(reminders).hasNotPassed("Event_PhoneReminderOverdue");

        today(LocalDate.of(2026, 6, 29));
        runJobs(reminders);
        assertThat(reminders).hasPassed("Event_PhoneReminderOverdue", "Event_PhoneReminderEscalated")
                .isWaitingAt("Task_PhoneReminder");
        Task task = engine.getTaskService().createTaskQuery().taskId(late.phoneTask().getId()).singleResult();
        assertThat(task.getAssignee()).isEqualTo("tanaka");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains(Roles.MANAGERS);
        assertThat(engine.getTaskService().getVariableLocal(task.getId(), EscalateOverdueTask.OVERDUE))
                .isEqualTo("期限超過 令和8年6月28日");
        assertThat(log.of(late.caseId())).filteredOn(e -> e.action() == NegotiationAction.TASK_OVERDUE)
                .singleElement().satisfies(e -> {
                    assertThat(e.result()).isEqualTo("電話催告・納付交渉 の期限 (令和8年6月28日) を過ぎました。管理職へ報告");
                    assertThat(e.note()).startsWith("担当 ");
                });
        assertThat(filter("期限切れ", "sato", List.of(Roles.MANAGERS))).contains(late.caseId());

        // the collector still works it, and the case goes on as before
        engine.getTaskService().complete(task.getId(), java.util.Map.of("contactResult", "NO_ANSWER"));
        assertThat(reminders).isWaitingAt("Gateway_NextRound");
    }
}
