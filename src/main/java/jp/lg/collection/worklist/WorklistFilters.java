package jp.lg.collection.worklist;

import static jp.lg.collection.system.Roles.COLLECTORS;
import static jp.lg.collection.system.Roles.MANAGERS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.system.Startup;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * The saved Tasklist filters of the work lists, for collectors and managers, created at every start and put back as
 * defined here when someone changed them (the same name is the same filter; nothing else is touched). Shared with
 * the groups by a READ grant on the filter. A filter is a task query that runs with the Tasklist user's own
 * authorizations, so a collector finds in each only the tasks of his districts' cases (security.DistrictGrants).
 *
 * <table>
 * <caption>the filters</caption>
 * <tr><th>name</th><th>tasks</th><th>order</th><th>for</th></tr>
 * <tr><td>今日が約束日</td><td>「納付約束日の確認」: the promise falls due today (the task opens on the day and is
 * gone the next morning, when the promise is checked)</td><td>rank</td><td>collectors, managers</td></tr>
 * <tr><td>時効が近い</td><td>tasks of cases extinguished by limitation within
 * {@code collection.worklist.limitation-near-months} (6)</td><td>soonest first</td><td>collectors, managers</td></tr>
 * <tr><td>高額順</td><td>tasks of cases</td><td>amount owed, largest first</td><td>collectors, managers</td></tr>
 * <tr><td>決裁待ち</td><td>approvals offered to the managers</td><td>rank, then due date</td><td>managers</td></tr>
 * <tr><td>期限切れ</td><td>tasks whose due date has passed (escalated: 期限超過)</td><td>oldest due first</td>
 * <td>collectors, managers</td></tr>
 * </table>
 */
@Component
public class WorklistFilters implements Startup.Step {

    /** One saved filter: its name, its place in Tasklist's list, the query, the columns and the groups it is shared with. */
    record Definition(String name, int priority, String description, TaskQuery query, List<Map<String, String>> columns,
            List<String> groups) {
    }

    /** The task of the promise's day (reminders.bpmn). */
    public static final String PROMISE_DAY_TASK = "Task_WatchPromise";

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    public WorklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    List<Definition> definitions() {
        List<Definition> list = new ArrayList<>();
        list.add(new Definition("今日が約束日", 1, "納付約束日が今日の案件（翌朝に納付を確認します）",
                tasks.createTaskQuery().taskDefinitionKey(PROMISE_DAY_TASK).orderByTaskPriority().desc(),
                columns(), List.of(COLLECTORS, MANAGERS)));
        list.add(new Definition("時効が近い", 2, "消滅時効の完成が近い案件（近い順）",
                tasks.createTaskQuery().taskVariableValueEquals(CaseRanks.LIMITATION_NEAR, true)
                        .orderByTaskVariable(CaseRanks.LIMITATION_ON, ValueType.DATE).asc(),
                columns(Map.of("name", CaseRanks.LIMITATION_ON, "label", "時効完成日")), List.of(COLLECTORS, MANAGERS)));
        list.add(new Definition("高額順", 3, "未納額の大きい案件から",
                // the tasks of cases: they carry a rank (a number condition would not survive the filter's JSON)
                tasks.createTaskQuery().taskVariableValueLike(CaseRanks.RANK, "%")
                        .orderByTaskVariable(CaseRanks.AMOUNT, ValueType.LONG).desc(),
                columns(), List.of(COLLECTORS, MANAGERS)));
        list.add(new Definition("期限切れ", 4, "期限を過ぎたタスク（古い順）",
                tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(),
                columns(Map.of("name", EscalateOverdueTask.OVERDUE, "label", "期限超過")), List.of(COLLECTORS, MANAGERS)));
        list.add(new Definition("決裁待ち", 5, "管理職の決裁を待つタスク（ランク順）",
                tasks.createTaskQuery().taskCandidateGroup(MANAGERS).orderByTaskPriority().desc().orderByDueDate().asc(),
                columns(), List.of(MANAGERS)));
        return list;
    }

    /** The columns every work list shows (case, taxpayer, rank, amount owed) and the filter's own. */
    @SafeVarargs
    private static List<Map<String, String>> columns(Map<String, String>... extra) {
        List<Map<String, String>> columns = new ArrayList<>(List.of(
                Map.of("name", "caseId", "label", "案件番号"),
                Map.of("name", "taxpayerName", "label", "滞納者"),
                Map.of("name", CaseRanks.RANK, "label", "ランク"),
                Map.of("name", CaseRanks.AMOUNT, "label", "未納額(円)")));
        columns.addAll(List.of(extra));
        return columns;
    }

    @Override
    public void run() {
        definitions().forEach(this::ensure);
    }

    /** Creates the filter, or puts an existing one back as defined, and shares it with its groups. */
    Filter ensure(Definition definition) {
        Filter filter = filters.createFilterQuery().filterName(definition.name()).list().stream()
                .filter(f -> f.getOwner() == null).findFirst()
                .orElseGet(() -> filters.newTaskFilter(definition.name()));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", definition.priority());
        properties.put("description", definition.description());
        properties.put("refresh", true);
        properties.put("variables", definition.columns());
        filter.setQuery(definition.query());
        filter.setProperties(properties);
        filters.saveFilter(filter);
        for (String group : definition.groups()) {
            shareRead(group, filter.getId());
        }
        return filter;
    }

    private void shareRead(String group, String filterId) {
        List<Authorization> existing = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(Resources.FILTER).resourceId(filterId).list();
        Authorization grant = existing.isEmpty() ? authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT)
                : existing.get(0);
        if (!existing.isEmpty() && grant.isPermissionGranted(Permissions.READ)) {
            return;
        }
        grant.setGroupId(group);
        grant.setResource(Resources.FILTER);
        grant.setResourceId(filterId);
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
    }
}
