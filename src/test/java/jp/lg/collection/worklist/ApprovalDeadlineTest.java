package jp.lg.collection.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.seizure.SeizureTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * 差押の決裁 has a due date (3 days, practice) and is escalated when it passes: a manager's approval left lying is
 * reported in the case's log and marked in Tasklist; approving it afterwards goes on as before.
 */
class ApprovalDeadlineTest extends SeizureTestSupport {

    @Test
    void anApprovalLeftLyingIsEscalated() {
        openCase(true);
        ProcessInstance seizure = startSeizure();
        Task proposal = task();
        assertThat(proposal.getDueDate()).isNotNull();
        today(LAWFUL);
        complete(proposal, deposit());
        assertThat(seizure).isWaitingAt("Task_ApproveSeizure");
        Task approval = task();
        assertThat(approval.getDueDate()).isEqualTo(java.util.Date.from(
                LAWFUL.plusDays(3).atTime(9, 0).atZone(jp.lg.collection.system.Today.TOKYO).toInstant()));

        today(LAWFUL.plusDays(4));
        execute(job());
        assertThat(seizure).hasPassed("Event_ApproveSeizureOverdue", "Event_ApproveSeizureEscalated")
                .isWaitingAt("Task_ApproveSeizure");
        assertThat(engine.getTaskService().getVariableLocal(approval.getId(), EscalateOverdueTask.OVERDUE))
                .isEqualTo("期限超過 令和8年6月24日");
        assertThat(count(NegotiationAction.TASK_OVERDUE)).isEqualTo(1);
        assertThat(last(NegotiationAction.TASK_OVERDUE).result()).startsWith("差押の決裁 の期限");

        complete(task(), withVariables("seizureApproved", "true"));
        assertThat(seizure).isWaitingAt("Task_ExecuteSeizure");
        assertThat(LocalDate.of(2026, 6, 24)).isEqualTo(LAWFUL.plusDays(3));
    }
}
