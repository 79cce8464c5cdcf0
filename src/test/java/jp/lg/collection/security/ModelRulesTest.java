package jp.lg.collection.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.lg.collection.security.ModelRules.Finding;
import jp.lg.collection.security.ModelRules.Rule;
import org.junit.jupiter.api.Test;

/** The allowlist of docs/model-rules.md, rule by rule; the real models pass it (every start deploys them too). */
class ModelRulesTest {

    static final Set<String> DELEGATES = Set.of("sendReminderLetter", "caseClosedListener", "registerInquiryAnswer");
    static final Set<String> OTHER_BEANS = Set.of("jdbcClient", "myNumberCipher", "operationLog");

    static ModelRules.Refusal expression(String value) {
        return ModelRules.Expressions.check(value, DELEGATES::contains, OTHER_BEANS::contains);
    }

    @Test
    void variablesComparisonsLiteralsAndDateHelpersAreAllowed() {
        for (String allowed : List.of("${assignedCollector}", "${reminderRound < 3}", "${partPaid && !planFinished}",
                "${investigationOutcome == 'SEIZE'}", "${graceEndsAt != null}", "${dateTime().plusDays(7).toDate()}",
                "${dateTime().minusMonths(n).withTimeAtStartOfDay().toDate()}", "#{execution.processBusinessKey}",
                "${execution.setVariable('seizureOutcome', 'RELEASED')}", "R3/PT10M", "${now()}",
                "${amount > 0 ? 'A' : \"B\"}", "${empty heirs or count ge 2}", "支払期限 ${paymentDeadline} まで")) {
            assertThat(expression(allowed)).as(allowed).isNull();
        }
    }

    @Test
    void methodCallsPropertiesAndBeansAreRefused() {
        Map<String, Rule> refused = new LinkedHashMap<>();
        refused.put("${execution.getProcessEngineServices().getRuntimeService()}", Rule.E2);
        refused.put("${execution.processEngineServices}", Rule.E2);
        refused.put("${execution['processEngineServices']}", Rule.E2);
        refused.put("${execution.setVariable('x', execution.processEngine)}", Rule.E2);
        refused.put("${task.setVariable('a', 'b')}", Rule.E2);
        refused.put("${jdbcClient.sql('SELECT * FROM taxpayer')}", Rule.E2);
        refused.put("${myNumberCipher}", Rule.E2);
        refused.put("${sendReminderLetter}", Rule.D1); // a delegate outside delegateExpression
        refused.put("${caseId.getClass().forName('java.lang.Runtime')}", Rule.E2);
        refused.put("${dateTime().toDate().getClass()}", Rule.E2);
        refused.put("${dateTime().toString()}", Rule.E2);
        refused.put("${''.getClass()}", Rule.E1);
        refused.put("${a = 1}", Rule.E1);
        refused.put("${unterminated", Rule.E1);
        refused.put("ok ${x} then #{y.z}", Rule.E2); // every part is checked
        refused.forEach((value, rule) -> assertThat(expression(value)).as(value).extracting(ModelRules.Refusal::rule)
                .isEqualTo(rule));
        assertThat(expression("${myNumberCipher}").detail()).contains("myNumberCipher は業務の委譲Beanではありません");
    }

    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
              xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn">
              <bpmn:process id="Trial" isExecutable="true">
            """;
    static final String TAIL = "  </bpmn:process>\n</bpmn:definitions>\n";

    static List<Finding> model(String body) {
        return ModelRules.check("trial.bpmn", (HEAD + body + TAIL).getBytes(StandardCharsets.UTF_8),
                DELEGATES::contains, OTHER_BEANS::contains);
    }

    static List<String> refusals(String body) {
        return model(body).stream().map(f -> f.getMainElementId() + " " + f.rule()).toList();
    }

    @Test
    void scriptsClassesHtmlFormsAndConnectorsAreRefusedNamingTheElement() {
        assertThat(refusals("<bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"groovy\"><bpmn:script>x</bpmn:script>"
                + "</bpmn:scriptTask>")).contains("Task_Script S1");
        assertThat(refusals("<bpmn:serviceTask id=\"Task_Class\" camunda:class=\"java.lang.Runtime\"/>"))
                .containsExactly("Task_Class K1");
        assertThat(refusals("""
                <bpmn:userTask id="Task_Listener"><bpmn:extensionElements>
                  <camunda:taskListener class="x.Evil" event="create"/>
                  <camunda:executionListener event="start"><camunda:script scriptFormat="javascript">1</camunda:script>
                  </camunda:executionListener>
                </bpmn:extensionElements></bpmn:userTask>""")).contains("Task_Listener K1", "Task_Listener S1");
        assertThat(refusals("""
                <bpmn:sequenceFlow id="Flow_Script" sourceRef="a" targetRef="b">
                  <bpmn:conditionExpression language="groovy">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>""")).containsExactly("Flow_Script S1");
        assertThat(refusals("<bpmn:userTask id=\"Task_Html\" camunda:formKey=\"embedded:deployment:x.html\"/>"))
                .containsExactly("Task_Html F1");
        assertThat(refusals("""
                <bpmn:serviceTask id="Task_Http"><bpmn:extensionElements><camunda:connector>
                <camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
                </bpmn:extensionElements></bpmn:serviceTask>""")).containsExactly("Task_Http C1");
        assertThat(refusals("<bpmn:serviceTask id=\"Task_Bean\" camunda:delegateExpression=\"${jdbcClient}\"/>"))
                .containsExactly("Task_Bean D1");
        assertThat(refusals("""
                <bpmn:serviceTask id="Task_Io" camunda:delegateExpression="${sendReminderLetter}">
                  <bpmn:extensionElements><camunda:inputOutput>
                    <camunda:inputParameter name="x">${execution.getProcessEngineServices()}</camunda:inputParameter>
                  </camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>""")).containsExactly("Task_Io E2");
        assertThat(ModelRules.check("rules.dmn", new byte[0], DELEGATES::contains, OTHER_BEANS::contains))
                .extracting(Finding::rule).containsExactly(Rule.R1);
    }

    @Test
    void delegatesListenersAndDocumentationPass() {
        assertThat(model("""
                <bpmn:documentation>${anything.goes()} in prose</bpmn:documentation>
                <bpmn:serviceTask id="Task_SendReminderLetter" camunda:delegateExpression="${sendReminderLetter}"/>
                <bpmn:userTask id="Task_Answer" camunda:assignee="${assignedCollector}"
                    camunda:dueDate="${dateTime().plusDays(7).toDate()}" camunda:formRef="x">
                  <bpmn:extensionElements>
                    <camunda:taskListener delegateExpression="${registerInquiryAnswer}" event="create"/>
                  </bpmn:extensionElements>
                </bpmn:userTask>""")).isEmpty();
    }

    /** The application's delegates as Spring names them: the classes implementing a delegate interface. */
    static Set<String> delegatesOfTheProduct() throws Exception {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            return sources.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).matches("(?s).*implements [\\w, ]*(JavaDelegate|ExecutionListener"
                            + "|TaskListener).*");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(p -> p.getFileName().toString().replace(".java", ""))
                    .map(n -> Character.toLowerCase(n.charAt(0)) + n.substring(1)).collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void everyModelOfTheProductPasses() throws Exception {
        Set<String> delegates = delegatesOfTheProduct();
        assertThat(delegates).contains("sendReminderLetter", "caseClosedListener", "registerInquiryAnswer");
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                assertThat(ModelRules.check(file.getFileName().toString(), Files.readAllBytes(file),
                        delegates::contains, OTHER_BEANS::contains)).as(file.toString()).isEmpty();
            }
        }
    }
}
