package jp.lg.collection.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.lg.collection.delinquency.seizure.SeizureTestSupport;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The grants behind the district scope (DistrictGrants): every instance of a case — the case and each phase —
 * and each collectors' task belong to the case's district group, not to all collectors; a database from before
 * (collectors' tasks granted to the whole group, instances without grants) is brought in line at start.
 */
class DistrictGrantsTest extends SeizureTestSupport {

    @Autowired
    DistrictGrants districtGrants;

    List<String> instancesOfTheCase() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
                .stream().map(p -> p.getId()).toList();
    }

    List<Authorization> grants(String group, org.camunda.bpm.engine.authorization.Resource resource, String id) {
        return engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group).resourceType(resource)
                .resourceId(id).list();
    }

    /** Whether the collector, working this district, finds the task in his task list. */
    boolean sees(String user, String district, Task task) {
        var identity = engine.getIdentityService();
        try {
            identity.setAuthentication(user, List.of("collectors", DistrictGrants.group(district)));
            return engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 1;
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void aCaseAndItsPhasesAndTasksAreGrantedToTheDistrictOnly() {
        openCase(true);
        startSeizure();
        Task proposal = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
        assertThat(instancesOfTheCase()).hasSize(3).allSatisfy(id -> assertThat(grants("district01",
                Resources.PROCESS_INSTANCE, id)).singleElement().satisfies(a -> assertThat(
                        a.isPermissionGranted(Permissions.READ)).isTrue()));
        assertThat(grants("district01", Resources.TASK, proposal.getId())).singleElement()
                .satisfies(a -> assertThat(a.isPermissionGranted(Permissions.UPDATE)).isTrue());
        assertThat(grants("collectors", Resources.TASK, proposal.getId())).isEmpty();
        assertThat(sees("suzuki", "01", proposal)).isTrue();
        assertThat(sees("someone", "02", proposal)).isFalse();
        assertThat(sees("tanaka", "02", proposal)).as("the assignee, whatever his districts").isTrue();

        // as an older database has it: no instance grants, the task granted to every collector
        instancesOfTheCase().forEach(id -> grants("district01", Resources.PROCESS_INSTANCE, id)
                .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId())));
        grants("district01", Resources.TASK, proposal.getId())
                .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
        Authorization everyCollector = engine.getAuthorizationService()
                .createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        everyCollector.setGroupId("collectors");
        everyCollector.setResource(Resources.TASK);
        everyCollector.setResourceId(proposal.getId());
        everyCollector.addPermission(Permissions.READ);
        everyCollector.addPermission(Permissions.UPDATE);
        engine.getAuthorizationService().saveAuthorization(everyCollector);
        assertThat(sees("someone", "02", proposal)).isTrue();

        districtGrants.backfill();

        assertThat(sees("someone", "02", proposal)).isFalse();
        assertThat(sees("suzuki", "01", proposal)).isTrue();
        assertThat(instancesOfTheCase()).allSatisfy(id -> assertThat(grants("district01", Resources.PROCESS_INSTANCE,
                id)).hasSize(1));
    }
}
