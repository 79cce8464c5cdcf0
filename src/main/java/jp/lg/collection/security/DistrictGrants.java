package jp.lg.collection.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.lg.collection.system.Roles;
import jp.lg.collection.system.Startup;
import jp.lg.collection.taxpayer.TaxpayerMoved;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 担当外の情報を取得することはできない, inside Camunda: a collector sees and works only the cases of his districts
 * or assigned to him — in Tasklist, Cockpit and every engine-rest resource — by Camunda's own authorizations.
 * Collectors hold no global grant on instances or tasks (RoleSetup); instead:
 * <ul>
 * <li>each district is a group {@code district<code>} whose members are the collectors of
 * {@code collector_district} (synchronised at every start);</li>
 * <li>when a process instance of a case starts (the case and each of its phases: the business key is the case
 * id), the case's district group gets READ on it — and the assigned collector too, when the district is not
 * his;</li>
 * <li>a case task offered to {@code collectors} (candidate group) is granted to the case's district group
 * (READ, UPDATE) instead of to every collector; the assignee gets his grant from Camunda as before;</li>
 * <li>a taxpayer who changes district or 担当者 ({@link TaxpayerMoved}) takes the grants of his open cases
 * along: the old district's and the old collector's grants go, the new ones come, and the old collector's
 * open tasks pass to the new one.</li>
 * </ul>
 * Grants are per resource and per district group, not per user: the task list's authorization join stays one
 * grant per task. Processes that are not cases (breaches, subcontracts, unmatched payments) keep Camunda's
 * default: their tasks are granted to their candidate groups.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after the demo data, which fills collector_district
public class DistrictGrants extends AbstractProcessEnginePlugin implements Startup.Step {

    /** Camunda allows letters and digits in group ids (its resource-id whitelist): {@code district01}. */
    public static final String PREFIX = "district";
    static final Permission[] TASK_PERMISSIONS = {Permissions.READ, Permissions.UPDATE};

    /** The case's district, its assigned collector and whether that collector works the district anyway. */
    record Holder(String district, String collector, boolean collectorInDistrict) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<ProcessEngine> engine;

    public DistrictGrants(JdbcClient jdbc, ObjectProvider<ProcessEngine> engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    /** The district's group: {@code district} and the code's letters and digits (the only characters Camunda takes). */
    public static String group(String district) {
        return PREFIX + district.replaceAll("[^A-Za-z0-9]", "");
    }

    // ---- in the engine ------------------------------------------------------------------------------------

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new CaseAuthorizationProvider());
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        ExecutionListener grant = this::instanceStarted;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, grant);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    void instanceStarted(DelegateExecution execution) {
        if (execution.getParentId() != null) {
            return;
        }
        caseOf(execution.getProcessBusinessKey()).ifPresent(holder -> {
            String instanceId = execution.getProcessInstanceId();
            var db = Context.getCommandContext().getDbEntityManager();
            if (holder.district() != null) {
                db.insert(grant(group(holder.district()), null, Resources.PROCESS_INSTANCE, instanceId,
                        Permissions.READ));
            }
            if (holder.collector() != null && !holder.collectorInDistrict()) {
                db.insert(grant(null, holder.collector(), Resources.PROCESS_INSTANCE, instanceId, Permissions.READ));
            }
        });
    }

    /** Camunda's default grants, except that a case task offered to all collectors goes to its district only. */
    final class CaseAuthorizationProvider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            if (Roles.COLLECTORS.equals(groupId) && task instanceof TaskEntity entity
                    && entity.getProcessInstance() != null) {
                Optional<Holder> holder = caseOf(entity.getProcessInstance().getBusinessKey());
                if (holder.isPresent()) {
                    return holder.get().district() == null ? null
                            : super.newTaskGroupIdentityLink(task, group(holder.get().district()), type);
                }
            }
            return super.newTaskGroupIdentityLink(task, groupId, type);
        }
    }

    private static AuthorizationEntity grant(String group, String user, Resource resource, String id,
            Permission... permissions) {
        return fill(new AuthorizationEntity(AUTH_TYPE_GRANT), group, user, resource, id, permissions);
    }

    private static <A extends Authorization> A fill(A grant, String group, String user, Resource resource, String id,
            Permission... permissions) {
        grant.setGroupId(group);
        grant.setUserId(user);
        grant.setResource(resource);
        grant.setResourceId(id);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        return grant;
    }

    /**
     * The case whose id is this business key, if it is one. Looked up once per transaction and case: the sweep
     * starts a case and its first phase in the same command.
     */
    Optional<Holder> caseOf(String caseId) {
        if (caseId == null) {
            return Optional.empty();
        }
        Map<String, Optional<Holder>> cache = transactionCache();
        return cache == null ? lookup(caseId) : cache.computeIfAbsent(caseId, this::lookup);
    }

    private Optional<Holder> lookup(String caseId) {
        return jdbc.sql("""
                SELECT t.district_code, t.assigned_collector,
                  (SELECT COUNT(*) FROM collector_district d
                   WHERE d.user_id = t.assigned_collector AND d.district_code = t.district_code)
                FROM delinquency_case c JOIN taxpayer t ON t.addressee_no = c.addressee_no WHERE c.case_id = ?""")
                .param(caseId).query((rs, n) -> new Holder(rs.getString(1), rs.getString(2), rs.getLong(3) > 0))
                .optional();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Optional<Holder>> transactionCache() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        var cache = (Map<String, Optional<Holder>>) TransactionSynchronizationManager.getResource(this);
        if (cache == null) {
            cache = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, cache);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DistrictGrants.this);
                }
            });
        }
        return cache;
    }

    // ---- a case moves ----------------------------------------------------------------------------------------

    @EventListener
    public void moved(TaxpayerMoved moved) {
        Map<String, Optional<Holder>> cache = transactionCache();
        if (cache != null) {
            cache.clear();
        }
        ProcessEngine camunda = engine.getObject();
        boolean newCollectorInDistrict = moved.toCollector() != null && moved.toDistrict() != null && jdbc.sql(
                "SELECT COUNT(*) FROM collector_district WHERE user_id = ? AND district_code = ?")
                .params(moved.toCollector(), moved.toDistrict()).query(Long.class).single() > 0;
        List<String> cases = jdbc.sql("SELECT case_id FROM delinquency_case WHERE open_addressee_no = ?")
                .param(moved.addresseeNo()).query(String.class).list();
        for (String caseId : cases) {
            for (ProcessInstance instance : camunda.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseId).list()) {
                moveInstance(camunda, instance.getId(), moved, newCollectorInDistrict);
            }
        }
    }

    private void moveInstance(ProcessEngine camunda, String instanceId, TaxpayerMoved moved,
            boolean newCollectorInDistrict) {
        AuthorizationService authorizations = camunda.getAuthorizationService();
        revoke(authorizations, groupOrNull(moved.fromDistrict()), null, Resources.PROCESS_INSTANCE, instanceId);
        revoke(authorizations, null, moved.fromCollector(), Resources.PROCESS_INSTANCE, instanceId);
        if (moved.toDistrict() != null) {
            save(authorizations, group(moved.toDistrict()), null, Resources.PROCESS_INSTANCE, instanceId,
                    Permissions.READ);
        }
        if (moved.toCollector() != null && !newCollectorInDistrict) {
            save(authorizations, null, moved.toCollector(), Resources.PROCESS_INSTANCE, instanceId, Permissions.READ);
        }
        var runtime = camunda.getRuntimeService();
        if (moved.collectorChanged() && runtime.getVariableLocal(instanceId, "assignedCollector") != null) {
            runtime.setVariableLocal(instanceId, "assignedCollector", moved.toCollector());
        }
        for (Task task : camunda.getTaskService().createTaskQuery().processInstanceId(instanceId).list()) {
            if (moved.districtChanged() && moved.fromDistrict() != null
                    && revoke(authorizations, group(moved.fromDistrict()), null, Resources.TASK, task.getId())
                    && moved.toDistrict() != null) {
                save(authorizations, group(moved.toDistrict()), null, Resources.TASK, task.getId(), TASK_PERMISSIONS);
            }
            if (moved.collectorChanged() && moved.fromCollector() != null
                    && moved.fromCollector().equals(task.getAssignee())) {
                camunda.getTaskService().setAssignee(task.getId(), moved.toCollector());
                revoke(authorizations, null, moved.fromCollector(), Resources.TASK, task.getId());
            }
        }
    }

    private static String groupOrNull(String district) {
        return district == null ? null : group(district);
    }

    /** Removes the grant of this group or user on the resource; whether there was one. */
    private static boolean revoke(AuthorizationService authorizations, String group, String user, Resource resource,
            String id) {
        if (group == null && user == null) {
            return false;
        }
        var query = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).resourceType(resource)
                .resourceId(id);
        List<Authorization> found = group != null ? query.groupIdIn(group).list() : query.userIdIn(user).list();
        found.forEach(a -> authorizations.deleteAuthorization(a.getId()));
        return !found.isEmpty();
    }

    private static void save(AuthorizationService authorizations, String group, String user, Resource resource,
            String id, Permission... permissions) {
        var query = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).resourceType(resource)
                .resourceId(id);
        List<Authorization> found = group != null ? query.groupIdIn(group).list() : query.userIdIn(user).list();
        authorizations.saveAuthorization(fill(found.isEmpty() ? authorizations.createNewAuthorization(AUTH_TYPE_GRANT)
                : found.get(0), group, user, resource, id, permissions));
    }

    // ---- at start ------------------------------------------------------------------------------------------

    /** District groups as in collector_district; then grants for cases started before this class existed. */
    @Override
    public void run() {
        syncGroups();
        backfill();
    }

    /** Each district of collector_district a group {@code district<code>}, its collectors its members. */
    public void syncGroups() {
        Map<String, Set<String>> wanted = new TreeMap<>();
        jdbc.sql("SELECT user_id, district_code FROM collector_district").query((rs, n) -> {
            wanted.computeIfAbsent(group(rs.getString(2)), g -> new TreeSet<>()).add(rs.getString(1));
            return null;
        }).list();
        IdentityService identity = engine.getObject().getIdentityService();
        for (var entry : wanted.entrySet()) {
            if (identity.createGroupQuery().groupId(entry.getKey()).count() == 0) {
                Group group = identity.newGroup(entry.getKey());
                group.setName("地区 " + entry.getKey().substring(PREFIX.length()) + "（徴収担当）");
                group.setType("WORKFLOW");
                identity.saveGroup(group);
            }
            for (String user : entry.getValue()) {
                if (identity.createUserQuery().userId(user).count() > 0
                        && identity.createUserQuery().userId(user).memberOfGroup(entry.getKey()).count() == 0) {
                    identity.createMembership(user, entry.getKey());
                }
            }
        }
        for (Group group : identity.createGroupQuery().list()) {
            if (group.getId().startsWith(PREFIX)) {
                for (User member : identity.createUserQuery().memberOfGroup(group.getId()).list()) {
                    if (!wanted.getOrDefault(group.getId(), Set.of()).contains(member.getId())) {
                        identity.deleteMembership(member.getId(), group.getId());
                    }
                }
            }
        }
    }

    /**
     * Cases started while collectors still held READ on every instance and task: their instances get their
     * district grants, and their collectors' tasks move from the {@code collectors} group to the district.
     */
    void backfill() {
        AuthorizationService authorizations = engine.getObject().getAuthorizationService();
        List<String[]> instances = jdbc.sql("""
                SELECT e.ID_, e.BUSINESS_KEY_ FROM ACT_RU_EXECUTION e
                JOIN delinquency_case c ON c.case_id = e.BUSINESS_KEY_
                WHERE e.ID_ = e.PROC_INST_ID_ AND NOT EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION a
                  WHERE a.RESOURCE_TYPE_ = ? AND a.RESOURCE_ID_ = e.ID_ AND a.GROUP_ID_ LIKE ?)""")
                .params(Resources.PROCESS_INSTANCE.resourceType(), PREFIX + "%")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        for (String[] instance : instances) {
            lookup(instance[1]).ifPresent(holder -> {
                if (holder.district() != null) {
                    save(authorizations, group(holder.district()), null, Resources.PROCESS_INSTANCE, instance[0],
                            Permissions.READ);
                }
                if (holder.collector() != null && !holder.collectorInDistrict()) {
                    save(authorizations, null, holder.collector(), Resources.PROCESS_INSTANCE, instance[0],
                            Permissions.READ);
                }
            });
        }
        List<String[]> tasks = jdbc.sql("""
                SELECT a.ID_, t.ID_, p.BUSINESS_KEY_ FROM ACT_RU_AUTHORIZATION a
                JOIN ACT_RU_TASK t ON t.ID_ = a.RESOURCE_ID_
                JOIN ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_
                JOIN delinquency_case c ON c.case_id = p.BUSINESS_KEY_
                WHERE a.RESOURCE_TYPE_ = ? AND a.GROUP_ID_ = ?""")
                .params(Resources.TASK.resourceType(), Roles.COLLECTORS)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        for (String[] task : tasks) {
            authorizations.deleteAuthorization(task[0]);
            lookup(task[2]).map(Holder::district).filter(Objects::nonNull).ifPresent(district -> save(
                    authorizations, group(district), null, Resources.TASK, task[1], TASK_PERMISSIONS));
        }
    }
}
