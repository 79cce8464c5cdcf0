package jp.lg.collection.worklist;

import java.time.LocalDate;
import java.util.Date;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Roles;
import jp.lg.collection.system.StaffNames;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 期限超過: the escalation of every task of the delinquency lifecycle whose due date has passed — the listener of the
 * non-interrupting timer 「期限超過」 attached to the task, which fires at the task's due date (the model gives the
 * timer the same date as the task's {@code camunda:dueDate}; {@code TaskDeadlinesTest} keeps them equal). The task
 * stays where it is and who has it keeps it; the managers are told in Tasklist:
 * <ul>
 * <li>the task is offered to the {@code managers} group as well (a manager may take it over or hand it on);</li>
 * <li>it carries the task-local variable {@value #OVERDUE} (「期限超過 令和8年12月13日」), which the managers' filter
 * 「期限切れ」 shows;</li>
 * <li>the case's negotiation log says which task, whose, and since when (when the process is a case's).</li>
 * </ul>
 * Bound in the models as {@code <camunda:executionListener event="start" delegateExpression="${escalateOverdueTask}"/>}
 * on the boundary event.
 */
@Component("escalateOverdueTask")
public class EscalateOverdueTask implements ExecutionListener {

    public static final String OVERDUE = "overdue";

    private final NegotiationLog log;
    private final StaffNames staff;
    private final JdbcClient jdbc;

    public EscalateOverdueTask(NegotiationLog log, StaffNames staff, JdbcClient jdbc) {
        this.log = log;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        if (!(element instanceof BoundaryEvent boundary) || boundary.getAttachedTo() == null) {
            throw new IllegalStateException("escalateOverdueTask belongs on a boundary event of a user task, not on "
                    + (element == null ? execution.getCurrentActivityId() : element.getId()));
        }
        String taskKey = boundary.getAttachedTo().getId();
        // the log is the case's: a procedure before a case (繰上徴収, keyed by its own number) has none
        String key = execution.getProcessBusinessKey();
        String caseId = key != null && jdbc.sql("SELECT COUNT(*) FROM delinquency_case WHERE case_id = ?").param(key)
                .query(Long.class).single() > 0 ? key : null;
        var tasks = Context.getCommandContext().getTaskManager()
                .findTasksByProcessInstanceId(execution.getProcessInstanceId());
        for (TaskEntity task : tasks) {
            if (!taskKey.equals(task.getTaskDefinitionKey())) {
                continue;
            }
            Date due = task.getDueDate();
            LocalDate dueDay = due == null ? Today.date() : due.toInstant().atZone(Today.TOKYO).toLocalDate();
            task.setVariableLocal(OVERDUE, "期限超過 " + WarekiDate.format(dueDay));
            if (task.getIdentityLinks().stream().noneMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                    && Roles.MANAGERS.equals(l.getGroupId()))) {
                task.addCandidateGroup(Roles.MANAGERS);
            }
            if (caseId != null) {
                log.record(caseId, NegotiationAction.TASK_OVERDUE, task.getName() + " の期限 ("
                        + WarekiDate.format(dueDay) + ") を過ぎました。管理職へ報告",
                        task.getAssignee() == null ? "担当者未定" : "担当 " + staff.person(task.getAssignee()), null);
            }
        }
    }
}
