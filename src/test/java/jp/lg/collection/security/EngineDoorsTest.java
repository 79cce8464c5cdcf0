package jp.lg.collection.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jp.lg.collection.TestDatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Camunda's own doors (issue 13), over HTTP on the demo data as the issue reproduced them: designers deploy
 * models but no code and delete no cases; tanaka (district 01) neither reads nor works suzuki's district-02 case
 * through engine-rest; an auditor writes nothing, through engine-rest or Cockpit; each of these calls is in the
 * operation log with the client's address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "collection.sweep.nightly=false")
@ActiveProfiles("demo")
class EngineDoorsTest {

    static final String PASSWORD = "Tainou-Seiri-2026";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> call(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart POST as Camunda Modeler and the import page send it: fields, then files. */
    HttpResponse<String> upload(String path, String user, Map<String, String> fields, Map<String, byte[]> files)
            throws Exception {
        String boundary = "----doors" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (var file : files.entrySet()) {
            String[] partAndName = file.getKey().split("=");
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partAndName[0]
                    + "\"; filename=\"" + partAndName[1] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> deploy(String user, String name, String xml) throws Exception {
        return upload("/engine-rest/deployment/create", user, Map.of("deployment-name", name,
                "deployment-source", "Camunda Modeler", "deploy-changed-only", "true"),
                Map.of(name + "=" + name, xml.getBytes(StandardCharsets.UTF_8)));
    }

    long logged(String user, String action, String result, String targetLike) {
        return jdbc.sql("SELECT COUNT(*) FROM operation_log WHERE user_id = ? AND action = ? AND result = ?"
                + " AND target LIKE ? AND ip IS NOT NULL").params(user, action, result, targetLike)
                .query(Long.class).single();
    }

    // ---- 1. designers change models, not the machine ------------------------------------------------------

    static final String CODE_RUNNING_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
              xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs_Harvest" targetNamespace="http://bpmn.io/schema/bpmn">
              <bpmn:process id="Harvest" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="Event_EveryNight">
                  <bpmn:timerEventDefinition id="Timer_1"><bpmn:timeCycle>R/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:startEvent>
                <bpmn:serviceTask id="Task_Engine"
                  camunda:expression="${execution.getProcessEngineServices().getRuntimeService()}"/>
                <bpmn:serviceTask id="Task_Jdbc" camunda:delegateExpression="${jdbcClient}"/>
                <bpmn:serviceTask id="Task_Decrypt" camunda:expression="${myNumberCipher.decrypt(cipher)}"/>
                <bpmn:scriptTask id="Task_Script" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
                <bpmn:serviceTask id="Task_Class" camunda:class="java.lang.ProcessBuilder"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    /** A designer's model as Modeler saves it: one phase step bound to an existing delegate, laid out. */
    static final String DESIGNER_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
              xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
              xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
              id="Defs_Trial" targetNamespace="http://bpmn.io/schema/bpmn">
              <bpmn:process id="ReminderTrial" name="催告（試行）" isExecutable="true" camunda:historyTimeToLive="30">
                <bpmn:startEvent id="Event_Start" name="開始"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:serviceTask id="Task_SendReminderLetter" name="催告書の送付"
                  camunda:delegateExpression="${sendReminderLetter}" camunda:asyncBefore="true">
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                </bpmn:serviceTask>
                <bpmn:endEvent id="Event_End" name="終了"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="Task_SendReminderLetter"/>
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_SendReminderLetter" targetRef="Event_End"/>
              </bpmn:process>
              <bpmndi:BPMNDiagram id="Diagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="ReminderTrial">
                <bpmndi:BPMNShape id="Shape_Start" bpmnElement="Event_Start"><dc:Bounds x="152" y="82" width="36" height="36"/></bpmndi:BPMNShape>
                <bpmndi:BPMNShape id="Shape_Task" bpmnElement="Task_SendReminderLetter"><dc:Bounds x="240" y="60" width="100" height="80"/></bpmndi:BPMNShape>
                <bpmndi:BPMNShape id="Shape_End" bpmnElement="Event_End"><dc:Bounds x="392" y="82" width="36" height="36"/></bpmndi:BPMNShape>
                <bpmndi:BPMNEdge id="Edge_1" bpmnElement="Flow_1"><di:waypoint x="188" y="100"/><di:waypoint x="240" y="100"/></bpmndi:BPMNEdge>
                <bpmndi:BPMNEdge id="Edge_2" bpmnElement="Flow_2"><di:waypoint x="340" y="100"/><di:waypoint x="392" y="100"/></bpmndi:BPMNEdge>
              </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    @Test
    void designersDeployModelsButNoCode() throws Exception {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        HttpResponse<String> refused = deploy("yamada", "harvest.bpmn", CODE_RUNNING_MODEL);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("ParseException")
                .contains("\"mainElementId\":\"Task_Engine\"").contains("Task_Engine: E2")
                .contains("\"mainElementId\":\"Task_Jdbc\"").contains("Task_Jdbc: D1")
                .contains("Task_Decrypt: E2").contains("myNumberCipher は業務の委譲Beanではありません")
                .contains("\"mainElementId\":\"Task_Script\"").contains("Task_Script: S1")
                .contains("\"mainElementId\":\"Task_Class\"").contains("Task_Class: K1");
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Harvest")
                .count()).isZero();
        assertThat(logged("yamada", "DEPLOYMENT_CREATE", "ERROR 400", "POST /engine-rest/deployment/create"))
                .isEqualTo(1);

        // the deploy protocol keeps working for a model within the rules
        HttpResponse<String> deployed = deploy("yamada", "reminder-trial.bpmn", DESIGNER_MODEL);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        String deploymentId = com.jayway.jsonpath.JsonPath.read(deployed.body(), "$.id");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("ReminderTrial")
                .count()).isEqualTo(1);
        String hash = ModelDeploymentPlugin.sha256(DESIGNER_MODEL.getBytes(StandardCharsets.UTF_8));
        assertThat(jdbc.sql("SELECT target FROM operation_log WHERE user_id = 'yamada' AND action = 'DEPLOYMENT_RESOURCE'")
                .query(String.class).list()).containsExactly(deploymentId + " reminder-trial.bpmn sha256:" + hash);

        // models, not cases: he may not suspend a case model, and may delete his unused trial
        assertThat(call("PUT", "/engine-rest/process-definition/key/DelinquencyCase/suspended", "yamada",
                "{\"suspended\":true,\"includeProcessInstances\":false}").statusCode()).isEqualTo(403);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("DelinquencyCase")
                .suspended().count()).isZero();
        assertThat(call("DELETE", "/engine-rest/deployment/" + deploymentId, "yamada", null).statusCode())
                .isEqualTo(204);
        assertThat(logged("yamada", "DEPLOYMENT_DELETE", "OK", "DELETE /engine-rest/deployment/" + deploymentId))
                .isEqualTo(1);
    }

    // ---- 2. no cascade, no model with cases ---------------------------------------------------------------

    @Test
    void aCascadeDeleteIsRefusedAndTheCasesSurvive() throws Exception {
        var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("DelinquencyCase")
                .latestVersion().singleResult();
        // the cases themselves (their phases come and go as the demo's jobs run)
        long cases = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("DelinquencyCase")
                .count();
        assertThat(cases).isPositive();

        HttpResponse<String> cascade = call("DELETE", "/engine-rest/deployment/" + definition.getDeploymentId()
                + "?cascade=true", "yamada", null);
        assertThat(cascade.statusCode()).isEqualTo(403);
        assertThat(cascade.body()).contains("連鎖削除");
        HttpResponse<String> plain = call("DELETE", "/engine-rest/deployment/" + definition.getDeploymentId(),
                "yamada", null);
        assertThat(plain.statusCode()).isEqualTo(403);
        assertThat(plain.body()).contains("案件").contains("削除できません");
        assertThat(call("DELETE", "/engine-rest/process-definition/" + definition.getId() + "?cascade=true", "yamada",
                null).statusCode()).isEqualTo(403);
        assertThat(call("DELETE", "/engine-rest/process-definition/key/DelinquencyCase/delete?cascade=true", "yamada",
                null).statusCode()).isEqualTo(403);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("DelinquencyCase")
                .count()).isEqualTo(cases);
        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(definition.getDeploymentId())
                .count()).isEqualTo(1);
        assertThat(logged("yamada", "DEPLOYMENT_DELETE", "DENIED",
                "DELETE /engine-rest/deployment/" + definition.getDeploymentId() + "?cascade=true")).isEqualTo(1);
    }

    // ---- 3. collectors stay in their districts ------------------------------------------------------------

    /** The open task of a demo taxpayer's case (the demo cases reach their first task within seconds). */
    Task taskOf(String addresseeNo) throws InterruptedException {
        String caseId = jdbc.sql("SELECT case_id FROM delinquency_case WHERE addressee_no = ?").param(addresseeNo)
                .query(String.class).single();
        for (long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos(); System.nanoTime() < deadline; ) {
            List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                    .taskCandidateGroup("collectors").includeAssignedTasks().list();
            if (!tasks.isEmpty()) {
                return tasks.get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no task for " + addresseeNo);
    }

    @Test
    void tanakaNeitherReadsNorWorksSuzukisDistrict02Case() throws Exception {
        Task nakamura = taskOf("100000005"); // 中村 さくら, district 02, suzuki's
        Task yamamoto = taskOf("100000001"); // 山本 太郎, district 01, tanaka's
        String theirs = nakamura.getProcessInstanceId();

        assertThat(call("GET", "/engine-rest/task", "tanaka", null).body()).contains(yamamoto.getId())
                .doesNotContain(nakamura.getId());
        assertThat(call("GET", "/engine-rest/task/" + nakamura.getId(), "tanaka", null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/engine-rest/task/" + nakamura.getId() + "/variables", "tanaka", null).statusCode())
                .isEqualTo(403);
        assertThat(call("GET", "/engine-rest/task/" + nakamura.getId() + "/comment", "tanaka", null).statusCode())
                .isEqualTo(404);
        assertThat(call("POST", "/engine-rest/task/" + nakamura.getId() + "/assignee", "tanaka",
                "{\"userId\":\"tanaka\"}").statusCode()).isEqualTo(403);
        assertThat(call("POST", "/engine-rest/task/" + nakamura.getId() + "/complete", "tanaka", "{}").statusCode())
                .isEqualTo(403);
        assertThat(call("GET", "/engine-rest/process-instance/" + theirs, "tanaka", null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/engine-rest/process-instance/" + theirs + "/variables", "tanaka", null).statusCode())
                .isEqualTo(403);
        assertThat(call("GET", "/engine-rest/execution?processInstanceId=" + theirs, "tanaka", null).body())
                .isEqualTo("[]");
        assertThat(call("GET", "/engine-rest/history/process-instance?processInstanceId=" + theirs, "tanaka", null)
                .body()).isEqualTo("[]");
        assertThat(call("GET", "/engine-rest/incident?processInstanceId=" + theirs, "tanaka", null).body())
                .isEqualTo("[]");
        String names = call("GET", "/engine-rest/variable-instance?variableName=taxpayerName", "tanaka", null).body();
        assertThat(names).contains("山本 太郎").doesNotContain("中村 さくら");
        assertThat(call("GET", "/engine-rest/history/variable-instance?variableName=taxpayerName", "tanaka", null)
                .body()).doesNotContain("中村 さくら");
        // his own case he reads and works
        assertThat(call("GET", "/engine-rest/task/" + yamamoto.getId() + "/variables", "tanaka", null).body())
                .contains("山本 太郎");
        assertThat(call("GET", "/engine-rest/process-instance/" + yamamoto.getProcessInstanceId() + "/variables",
                "tanaka", null).statusCode()).isEqualTo(200);
        // suzuki works district 02; the manager sees every district
        assertThat(call("GET", "/engine-rest/task/" + nakamura.getId(), "suzuki", null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/engine-rest/process-instance/" + theirs + "/variables", "sato", null).body())
                .contains("中村 さくら");
        assertThat(engine.getTaskService().createTaskQuery().taskId(nakamura.getId()).singleResult().getAssignee())
                .isEqualTo("suzuki");
        assertThat(logged("tanaka", "TASK_COMPLETE", "DENIED", "POST /engine-rest/task/" + nakamura.getId()
                + "/complete")).isEqualTo(1);

        // 中村 さくら moves to district 03 and to tanaka (宛名 file): her case's grants move with her
        String csv = "宛名番号,個人番号,漢字氏名,カナ氏名,生年月日,性別,郵便番号,住所,方書,電話番号,地区コード,担当者\r\n"
                + "100000005,,中村 さくら,ナカムラ サクラ,1969-02-28,2,,東京都小平市花小金井南町一丁目8番12号,,042-555-0505,03,tanaka\r\n";
        HttpResponse<String> imported = upload("/api/imports/taxpayers", "sato", Map.of(),
                Map.of("file=moves.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(imported.body()).contains("DONE");
        assertThat(call("GET", "/engine-rest/task/" + nakamura.getId(), "tanaka", null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/engine-rest/process-instance/" + theirs + "/variables", "tanaka", null).body())
                .contains("中村 さくら");
        assertThat(engine.getTaskService().createTaskQuery().taskId(nakamura.getId()).singleResult().getAssignee())
                .isEqualTo("tanaka");
        assertThat(call("GET", "/engine-rest/task/" + nakamura.getId(), "suzuki", null).statusCode())
                .as("suzuki works 01 and 02, not 03").isEqualTo(404);
        assertThat(call("GET", "/engine-rest/process-instance/" + theirs + "/variables", "suzuki", null).statusCode())
                .isEqualTo(403);
    }

    // ---- 4. auditors read only ----------------------------------------------------------------------------

    @Test
    void auditorsWriteNothingThroughEngineRestOrCockpit() throws Exception {
        Task task = taskOf("100000004");
        String instance = task.getProcessInstanceId();
        assertThat(call("GET", "/engine-rest/task/" + task.getId() + "/comment", "kobayashi", null).statusCode())
                .as("reading is his job").isEqualTo(200);
        assertThat(call("POST", "/engine-rest/task/" + task.getId() + "/comment/create", "kobayashi",
                "{\"message\":\"監査メモ\"}").statusCode()).isEqualTo(403);
        assertThat(upload("/engine-rest/task/" + task.getId() + "/attachment/create", "kobayashi",
                Map.of("attachment-name", "memo.txt", "attachment-type", "text/plain"),
                Map.of("content=memo.txt", "x".getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/engine-rest/process-instance/" + instance + "/variables/note", "kobayashi",
                "{\"value\":\"x\",\"type\":\"String\"}").statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/engine-rest/task/" + task.getId() + "/variables/note", "kobayashi",
                "{\"value\":\"x\",\"type\":\"String\"}").statusCode()).isEqualTo(403);
        assertThat(call("POST", "/engine-rest/task/" + task.getId() + "/claim", "kobayashi",
                "{\"userId\":\"kobayashi\"}").statusCode()).isEqualTo(403);
        // a My Number typed into a path reaches the log masked
        assertThat(call("PUT", "/engine-rest/process-instance/" + instance + "/variables/123456789018", "kobayashi",
                "{\"value\":\"x\",\"type\":\"String\"}").statusCode()).isEqualTo(403);

        // Cockpit's own calls, with its session and CSRF token
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/cockpit/default/"))
                .build(), HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/camunda/api/admin/auth/user/default/login/cockpit")).header("X-XSRF-TOKEN", csrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=kobayashi&password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse(csrf);
        HttpResponse<String> edit = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/camunda/api/engine/engine/default/process-instance/" + instance + "/variables/note"))
                .header("X-XSRF-TOKEN", token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"x\",\"type\":\"String\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(edit.statusCode()).isEqualTo(403);

        assertThat(engine.getTaskService().getTaskComments(task.getId())).isEmpty();
        assertThat(engine.getTaskService().getTaskAttachments(task.getId())).isEmpty();
        assertThat(engine.getRuntimeService().getVariable(instance, "note")).isNull();
        assertThat(logged("kobayashi", "COMMENT", "DENIED", "POST /engine-rest/task/" + task.getId()
                + "/comment/create")).isEqualTo(1);
        assertThat(logged("kobayashi", "VARIABLE_UPDATE", "DENIED", "PUT /camunda/api/engine/engine/default/%"))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM operation_log WHERE target LIKE '%123456789018%'")
                .query(Long.class).single()).isZero();
        assertThat(logged("kobayashi", "VARIABLE_UPDATE", "DENIED", "%/variables/************")).isEqualTo(1);
    }
}
