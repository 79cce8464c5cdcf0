package jp.lg.collection.security;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.ProcessTestSupport;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * An administrator changes a collector's districts and the change holds inside Camunda at once: the collector
 * joins and leaves the district groups that carry the grants on the districts' cases — no restart.
 */
class CollectorDistrictControllerTest extends ProcessTestSupport {

    /** How many instances of the case the collector finds through the engine, with the groups he holds now. */
    long instancesSeenBy(String userId, String caseId) {
        var identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
        try {
            identity.setAuthentication(userId, groups);
            return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId).count();
        } finally {
            identity.clearAuthentication();
        }
    }

    void setDistricts(String userId, String json, int expectedStatus) throws Exception {
        mvc().perform(put("/api/admin/collector-districts/{userId}", userId).with(member("admin", "admins"))
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expectedStatus));
    }

    /** A collector of the test's own, in the {@code collectors} group. */
    void ogawa() {
        var identity = engine.getIdentityService();
        synchronized (CollectorDistrictControllerTest.class) {
            if (identity.createUserQuery().userId("ogawa").count() == 0) {
                User ogawa = identity.newUser("ogawa");
                ogawa.setFirstName("小川"); // 姓 first, as Camunda prints it (docs/architecture.md "Names")
                ogawa.setLastName("三郎");
                ogawa.setPassword("Test-Shokuin-2026");
                identity.saveUser(ogawa);
                identity.createMembership("ogawa", "collectors");
            }
        }
    }

    @Test
    void aCollectorMovedToAnotherDistrictLosesTheOldDistrictsCasesAtOnce() throws Exception {
        var identity = engine.getIdentityService();
        ogawa();
        String addresseeNo = newTaxpayer(null); // district 01, no 担当者
        newBill(addresseeNo, 30_000, LocalDate.of(2026, 5, 31));
        DunnedCase dunned = openDunnedCase(addresseeNo, LocalDate.of(2026, 6, 10));

        setDistricts("ogawa", "{\"districts\":[\"01\"]}", 200);
        assertThat(instancesSeenBy("ogawa", dunned.caseId())).as("the case and its dunning phase").isEqualTo(2);

        setDistricts("ogawa", "{\"districts\":[\"02\"]}", 200);
        assertThat(instancesSeenBy("ogawa", dunned.caseId())).isZero();
        mvc().perform(get("/api/admin/collector-districts").with(member("admin", "admins")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.userId == 'ogawa')].districts[0]").value("02"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM operation_log WHERE user_id = 'admin' AND target LIKE ?")
                .param("/api/admin/collector-districts/ogawa%地区 02%").query(Long.class).single()).isEqualTo(1);

        setDistricts("ogawa", "{\"districts\":[]}", 200);
        assertThat(identity.createGroupQuery().groupMember("ogawa").list()).extracting(Group::getId)
                .containsExactly("collectors");
    }

    @Test
    void refusalsNameTheFieldAndOnlyAdministratorsMayChangeDistricts() throws Exception {
        jp.lg.collection.TestUsers.staff(engine.getIdentityService());
        ogawa();
        mvc().perform(put("/api/admin/collector-districts/{userId}", "sato").with(member("admin", "admins"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"districts\":[\"01\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("userId")));
        mvc().perform(put("/api/admin/collector-districts/{userId}", "ogawa").with(member("admin", "admins"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"districts\":[\"第1地区\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("districts[0]")));
        mvc().perform(put("/api/admin/collector-districts/{userId}", "tanaka").with(member("sato", "managers"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"districts\":[\"02\"]}"))
                .andExpect(status().isForbidden());
    }
}
