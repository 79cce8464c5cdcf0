package jp.lg.collection.security;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.lg.collection.delinquency.seizure.SeizureTestSupport;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Each group can do its job and no more (評価書 Ⅲ-3: ユーザIDにより利用権限を付しているため、権限のない機能は利用できない;
 * 担当外の情報を取得することはできない). The engine part runs as /engine-rest does: ProcessEngineAuthenticationFilter
 * sets the same engine authentication before the call.
 */
class LeastPrivilegeTest extends SeizureTestSupport {

    /** The collector who proposed the seizure, and the auditor, cannot approve it; a manager can. */
    @Test
    void onlyManagersCompleteTheSeizureApproval() {
        openCase(true);
        ProcessInstance seizure = startSeizure();
        today(LAWFUL);
        complete(task(), deposit());
        assertThat(seizure).isWaitingAt("Task_ApproveSeizure");
        Task approval = task();
        var identity = engine.getIdentityService();
        var tasks = engine.getTaskService();
        try {
            identity.setAuthentication("tanaka", List.of("collectors"));
            assertThatThrownBy(() -> tasks.complete(approval.getId(), java.util.Map.of("seizureApproved", "true")))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> tasks.claim(approval.getId(), "tanaka")).isInstanceOf(AuthorizationException.class);
            identity.setAuthentication("kobayashi", List.of("auditors"));
            assertThatThrownBy(() -> tasks.complete(approval.getId(), java.util.Map.of("seizureApproved", "true")))
                    .isInstanceOf(AuthorizationException.class);
            identity.setAuthentication("yamada", List.of("designers"));
            assertThatThrownBy(() -> tasks.complete(approval.getId(), java.util.Map.of("seizureApproved", "true")))
                    .isInstanceOf(AuthorizationException.class);
            identity.setAuthentication("sato", List.of("managers"));
            tasks.complete(approval.getId(), java.util.Map.of("seizureApproved", "true"));
        } finally {
            identity.clearAuthentication();
        }
        assertThat(seizure).isWaitingAt("Task_ExecuteSeizure");
    }

    @Test
    void auditorsChangeNothing() throws Exception {
        var auditor = member("kobayashi", "auditors");
        mvc().perform(post("/api/sweeps").param("asOf", "2026-01-05").with(auditor)).andExpect(status().isForbidden());
        mvc().perform(multipart("/api/imports/taxpayers").file(new MockMultipartFile("file", "t.csv", "text/csv",
                "x".getBytes())).with(auditor)).andExpect(status().isForbidden());
        mvc().perform(post("/api/cases/D2026-000001/payments").param("amount", "1000").with(auditor))
                .andExpect(status().isForbidden());
        mvc().perform(post("/api/taxpayers/100000001/death").with(auditor)).andExpect(status().isForbidden());
        mvc().perform(post("/api/breaches").contentType("application/json").content("{}").with(auditor))
                .andExpect(status().isForbidden());
        mvc().perform(post("/api/retention/deletion-requests").param("addresseeNo", "1").param("reason", "x")
                .with(auditor)).andExpect(status().isForbidden());
        // but they read: the operation log is theirs
        mvc().perform(get("/api/audit/verify").with(auditor)).andExpect(status().isOk());
    }

    @Test
    void designersSeeNoTaxpayerData() throws Exception {
        openCase(false);
        var designer = member("yamada", "designers");
        mvc().perform(get("/cases/" + caseId).with(designer)).andExpect(status().isForbidden());
        mvc().perform(get("/cases").param("addresseeNo", addresseeNo).with(designer)).andExpect(status().isForbidden());
        mvc().perform(get("/api/cases/" + caseId + "/documents").with(designer)).andExpect(status().isForbidden());
        mvc().perform(get("/api/documents/1").with(designer)).andExpect(status().isForbidden());
        mvc().perform(get("/api/certificates").param("addresseeNo", addresseeNo).with(designer))
                .andExpect(status().isForbidden());
        mvc().perform(get("/api/breaches").with(designer)).andExpect(status().isForbidden());
        mvc().perform(post("/api/taxpayers/by-my-number").contentType("application/json")
                .content("{\"myNumber\":\"123456789018\"}").with(designer)).andExpect(status().isForbidden());
        mvc().perform(get("/api/audit/operations").with(designer)).andExpect(status().isForbidden());
    }

    /** Exports only by データ出力担当 (外部媒体への出力は特定のアクセス権限を持ったユーザのみ), each logged. */
    @Test
    void onlyExportersExportCsv() throws Exception {
        for (String path : List.of("/api/breaches.csv", "/api/pia-changes.csv", "/api/subcontracts.csv")) {
            mvc().perform(get(path).with(member("kobayashi", "auditors"))).andExpect(status().isForbidden());
            mvc().perform(get(path).with(member("sato", "managers"))).andExpect(status().isForbidden());
            mvc().perform(get(path).with(member("tanaka", "collectors"))).andExpect(status().isForbidden());
            mvc().perform(get(path).with(member("kimura", "exporters"))).andExpect(status().isOk());
        }
        long exports = jdbc.sql("SELECT COUNT(*) FROM operation_log WHERE user_id = 'kimura' AND action = 'CSV_EXPORT'"
                + " AND result = 'OK'").query(Long.class).single();
        assertThat(exports).isGreaterThanOrEqualTo(3);
    }

    /** 担当外の情報を取得することはできない: a collector sees only the districts assigned to him. */
    @Test
    void collectorsSeeOnlyTheirDistricts() throws Exception {
        openCase(false);
        // the taxpayer moves to district 07 and to suzuki; tanaka has no district 07
        jdbc.sql("UPDATE taxpayer SET district_code = '07', assigned_collector = 'suzuki' WHERE addressee_no = ?")
                .param(addresseeNo).update();
        var tanaka = member("tanaka", "collectors");
        mvc().perform(get("/cases/" + caseId).with(tanaka)).andExpect(status().isForbidden());
        mvc().perform(get("/cases").param("addresseeNo", addresseeNo).with(tanaka)).andExpect(status().isForbidden());
        mvc().perform(get("/api/cases/" + caseId + "/documents").with(tanaka)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("担当外の地区（07）の納税義務者の情報は取得できません"));
        mvc().perform(get("/api/certificates").param("addresseeNo", addresseeNo).with(tanaka))
                .andExpect(status().isForbidden());
        mvc().perform(post("/api/cases/" + caseId + "/payments").param("amount", "1000").with(tanaka))
                .andExpect(status().isForbidden());
        // suzuki is the assigned collector, managers and auditors see every district
        mvc().perform(get("/api/cases/" + caseId + "/documents").with(member("suzuki", "collectors")))
                .andExpect(status().isOk());
        mvc().perform(get("/cases/" + caseId).with(member("sato", "managers"))).andExpect(status().isOk());
        mvc().perform(get("/cases/" + caseId).with(member("kobayashi", "auditors"))).andExpect(status().isOk());
        // once district 07 is assigned to tanaka, he may
        jdbc.sql("INSERT INTO collector_district (user_id, district_code) VALUES ('tanaka', '07')").update();
        try {
            mvc().perform(get("/cases/" + caseId).with(tanaka)).andExpect(status().isOk());
        } finally {
            jdbc.sql("DELETE FROM collector_district WHERE user_id = 'tanaka' AND district_code = '07'").update();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM operation_log WHERE user_id = 'tanaka' AND action = 'CASE_VIEW'"
                + " AND result = 'DENIED' AND target = ?").param("/cases/" + caseId).query(Long.class).single())
                .isEqualTo(1);
    }
}
