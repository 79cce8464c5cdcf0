package jp.lg.collection.security;

import static jp.lg.collection.system.Roles.ADMINS;
import static jp.lg.collection.system.Roles.AUDITORS;
import static jp.lg.collection.system.Roles.COLLECTORS;
import static jp.lg.collection.system.Roles.DESIGNERS;
import static jp.lg.collection.system.Roles.INQUIRERS;
import static jp.lg.collection.system.Roles.MANAGERS;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import java.util.Map;
import jp.lg.collection.system.Roles;
import jp.lg.collection.system.Startup;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The division's groups, what each may see and do, and the Tasklist filters. Runs at every start in every
 * profile (production too: these are configuration, not demo data) and only adds what is missing; the first
 * {@link Startup} step, so the groups exist before any profile's step runs.
 *
 * <p>collectors work tasks in Tasklist; managers also read every case in Cockpit; designers deploy and
 * change models in Cockpit; auditors read everything and change nothing; admins may do all; inquirers (other
 * departments) get nothing here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RoleSetup implements Startup.Step {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    public RoleSetup(IdentityService identityService, AuthorizationService authorizationService,
            FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run() {
        apply();
    }

    public void apply() {
        Roles.NAMES.forEach(this::ensureGroup);

        grant(COLLECTORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        // 担当外の情報を取得することはできない: no grant on every instance or task — each case's instances and
        // tasks are granted to its district group as they start (security.DistrictGrants); exactly, so the
        // older global READ_TASK / READ_INSTANCE / instance READ are taken back
        exactly(COLLECTORS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        exactly(COLLECTORS, Resources.PROCESS_INSTANCE, ANY);

        grant(MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(MANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_TASK,
                Permissions.UPDATE_TASK, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
        grant(MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(MANAGERS, Resources.TASK, ANY, Permissions.READ, Permissions.UPDATE);
        grant(MANAGERS, Resources.DEPLOYMENT, ANY, Permissions.READ);

        grant(DESIGNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // models, not cases: no task or instance permissions (a designer neither works nor approves a case and
        // reads no process variables, which carry taxpayer names). Deploy and read models; delete only those
        // without cases and never with cascade (security.EngineCommandGuard); no suspension (UPDATE would allow
        // it too); no decisions (a deployment holds BPMN and forms only, security.ModelRules) — set exactly, so
        // an older ALL is taken back
        exactly(DESIGNERS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
        exactly(DESIGNERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.DELETE);
        exactly(DESIGNERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        exactly(DESIGNERS, Resources.PROCESS_INSTANCE, ANY);

        grant(AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(AUDITORS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(AUDITORS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(AUDITORS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(AUDITORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grant(AUDITORS, Resources.OPERATION_LOG_CATEGORY, ANY,
                org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions.READ);

        for (Resource resource : Resources.values()) {
            grant(ADMINS, resource, ANY, Permissions.ALL);
            // 他課照会: nothing inside Camunda — no webapp, definition, instance, task, history or user — and a grant
            // added by hand in Admin is taken back at the next start (their one door is /api/inquiries)
            exactly(INQUIRERS, resource, ANY);
        }

        ensureFilter("自分のタスク", -10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                COLLECTORS, MANAGERS);
        ensureFilter("担当グループのタスク", 0, taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(), COLLECTORS, MANAGERS);
        // 決裁待ち and the other work lists: worklist.WorklistFilters
        ensureFilter("全タスク", 10, taskService.createTaskQuery(), MANAGERS, AUDITORS, ADMINS);
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        List<Authorization> existing = authorizations(groupId, resource, resourceId);
        Authorization authorization = existing.isEmpty() ? newGrant(groupId, resource, resourceId) : existing.get(0);
        boolean changed = existing.isEmpty();
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }

    /** The group holds exactly these permissions on the resource (none: its authorization is removed). */
    private void exactly(String groupId, Resource resource, String resourceId, Permission... permissions) {
        List<Authorization> existing = authorizations(groupId, resource, resourceId);
        if (permissions.length == 0) {
            existing.forEach(a -> authorizationService.deleteAuthorization(a.getId()));
            return;
        }
        Authorization authorization = existing.isEmpty() ? newGrant(groupId, resource, resourceId) : existing.get(0);
        authorization.setPermissions(permissions);
        authorizationService.saveAuthorization(authorization);
    }

    private List<Authorization> authorizations(String groupId, Resource resource, String resourceId) {
        return authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).list();
    }

    /** A grant for the group on the resource, not saved yet. */
    private Authorization newGrant(String groupId, Resource resource, String resourceId) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }

    private void ensureFilter(String name, int priority, TaskQuery query, String... groups) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(Map.of(
                "priority", priority,
                "refresh", true,
                "variables", List.of(
                        Map.of("name", "caseId", "label", "案件番号"),
                        Map.of("name", "taxpayerName", "label", "滞納者"))));
        filterService.saveFilter(filter);
        for (String group : groups) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
