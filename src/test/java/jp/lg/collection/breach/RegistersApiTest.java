package jp.lg.collection.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.subcontracting.SubcontractIntake;
import jp.lg.collection.subcontracting.SubcontractRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The three registers as JSON and as CSV an auditor opens in Excel: UTF-8 with BOM, Japanese header. */
@AutoConfigureMockMvc
@WithMockUser(username = "kobayashi", authorities = "GROUP_auditors")
class RegistersApiTest extends ProcessTestSupport {

    /** CSV exports are for データ出力担当 only (security.LeastPrivilegeTest). */
    static final org.springframework.test.web.servlet.request.RequestPostProcessor EXPORTER =
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("kimura")
                    .authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_exporters"));

    @Autowired
    MockMvc mvc;
    @Autowired
    SubcontractIntake subcontracts;
    @Autowired
    BreachIntake breaches;
    @Autowired
    PiaChangeRecord pia;

    org.springframework.test.web.servlet.ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType("application/json").content(json));
    }

    static String csv(byte[] body) {
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void theSubcontractRegisterIsReadableAndExportable() throws Exception {
        today(LocalDate.of(2026, 6, 1));
        String id = subcontracts.register(new SubcontractRequest("株式会社 \"引用\"情報", "有限会社 入力, 第二", "データ入力",
                "氏名", 10, false, "熊谷市", "施錠管理", LocalDate.of(2026, 6, 10), LocalDate.of(2026, 7, 10), List.of(),
                null), "tanaka");
        mvc.perform(get("/api/subcontracts")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.requestId == '" + id + "')].statusLabel").value("審査中"));
        mvc.perform(get("/api/subcontracts/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.subcontract.subcontractor").value("有限会社 入力, 第二"));
        byte[] body = mvc.perform(get("/api/subcontracts.csv").with(EXPORTER)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"subcontracts.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        String text = csv(body);
        assertThat(text).startsWith("\"申請番号\",\"委託先\",\"再委託先\",\"業務\"");
        assertThat(text).contains("\"" + id + "\",\"株式会社 \"\"引用\"\"情報\",\"有限会社 入力, 第二\"", "\"いいえ\"",
                "\"審査中\"").contains("\r\n");
    }

    @Test
    void theIncidentRegisterAndThePiaChangeRecordAreExportable() throws Exception {
        today(LocalDate.of(2026, 9, 7));
        String breachId = breaches.report(new BreachReport("委託先サーバーへのランサムウェア攻撃", "氏名、健診結果", 120, false,
                "委託先からの報告", "株式会社 健診センター", null, null), "sato");
        pia.add(LocalDate.of(2026, 9, 30), RecordPiaChange.ITEM_SERIOUS_INCIDENT, "発生なし", "発生あり\n・ランサムウェア",
                PiaChangeRecord.AFTER_THE_FACT, "重大事故の発生に伴う修正", breachId, "sato");
        mvc.perform(get("/api/breaches/{id}", breachId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.statusLabel").value("初動対応中"))
                .andExpect(jsonPath("$.awareOn").value("2026-09-07"));
        String breachCsv = csv(mvc.perform(get("/api/breaches.csv").with(EXPORTER)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray());
        assertThat(breachCsv).startsWith("\"事案番号\",\"認識日\",\"報告者\",\"概要\"")
                .contains("\"" + breachId + "\",\"2026-09-07\",\"sato\",\"委託先サーバーへのランサムウェア攻撃\"");
        mvc.perform(get("/api/pia-changes")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.breachId == '" + breachId + "')].timing").value("事後"));
        String piaCsv = csv(mvc.perform(get("/api/pia-changes.csv").with(EXPORTER)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray());
        assertThat(piaCsv).startsWith("\"変更日\",\"項目\",\"変更前の記載\",\"変更後の記載\",\"提出時期\",\"提出時期に係る説明\",\"事案番号\"\r\n")
                .contains("\"2026-09-30\",\"Ⅲ リスク対策 7. 特定個人情報の保管・消去 ②過去3年以内に")
                .contains("\"発生なし\",\"発生あり\n・ランサムウェア\",\"事後\"");
    }

    /**
     * CSV injection: whatever anyone in the city typed, no cell of an export begins with a character a spreadsheet
     * runs as a formula ({@code = + - @}, tab, CR) — such text gets a leading {@code '}.
     */
    @Test
    @WithMockUser(username = "tanaka", authorities = "GROUP_collectors")
    void formulasTypedIntoRegistersAreDefusedInEveryExport() throws Exception {
        today(LocalDate.of(2026, 9, 8));
        String breach = postJson("/api/breaches", """
                        {"summary": "=cmd|' /C calc'!A0", "dataItems": "+SUM(1,1)", "affectedPersons": 1,
                         "involvesMyNumber": false, "howFound": "@HYPERLINK(\\"http://x\\")", "contractor": "-2+3"}
                        """).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String breachId = com.jayway.jsonpath.JsonPath.read(breach, "$.breachId");
        String requestId = subcontracts.register(new SubcontractRequest("\t=1+1", "\r=2+2", "=HYPERLINK(\"x\")",
                "氏名", 1, false, "熊谷市", "施錠管理", LocalDate.of(2026, 9, 10), LocalDate.of(2026, 10, 10), List.of(),
                null), "tanaka");

        String breachCsv = csv(mvc.perform(get("/api/breaches.csv").with(EXPORTER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(breachCsv).contains("\"" + breachId + "\",\"2026-09-08\",\"tanaka\",\"'=cmd|' /C calc'!A0\",\"'+SUM(1,1)\"")
                .contains("\"'@HYPERLINK(\"\"http://x\"\")\"", "\"'-2+3\"");
        String subcontractCsv = csv(mvc.perform(get("/api/subcontracts.csv").with(EXPORTER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(subcontractCsv).contains("\"" + requestId + "\",\"'\t=1+1\",\"'\r=2+2\",\"'=HYPERLINK(\"\"x\"\")\"");
        for (String export : List.of(breachCsv, subcontractCsv)) {
            for (org.apache.commons.csv.CSVRecord record : org.apache.commons.csv.CSVFormat.RFC4180.parse(
                    new java.io.StringReader(export))) {
                for (String cell : record) {
                    assertThat(cell).as("a cell a spreadsheet would run").doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                }
            }
        }
    }

    @Test
    @WithMockUser(username = "tanaka", authorities = "GROUP_collectors")
    void aRequestRegisteredThroughTheApiReachesReview() throws Exception {
        today(LocalDate.of(2026, 6, 1));
        String response = postJson("/api/subcontracts", """
                        {"contractor": "株式会社 日立システムズ", "subcontractor": "株式会社 運用サポート",
                         "work": "帳票印刷", "dataItems": "氏名、住所、税額", "recordCount": 1200,
                         "includesMyNumber": false, "workLocation": "東京都小平市 市庁舎内", "securityMeasures": "庁舎内作業",
                         "periodFrom": "2026-06-10", "periodTo": "2026-09-30", "attachments": ["誓約書.pdf"],
                         "responsibleCollector": "tanaka"}
                        """).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(response, "$.requestId");
        var approval = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
        java.util.Map<String, Object> allClauses = new java.util.HashMap<>();
        for (jp.lg.collection.subcontracting.ContractClause clause : jp.lg.collection.subcontracting.ContractClause.values()) {
            allClauses.put(clause.field(), true);
        }
        complete(task("Task_ReviewSubcontractRequest", approval), allClauses);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(approval).isWaitingAt("Task_ApproveSubcontract");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/subcontracts")
                .contentType("application/json").content("{\"contractor\": \"A社\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("subcontractor"));
    }
}
