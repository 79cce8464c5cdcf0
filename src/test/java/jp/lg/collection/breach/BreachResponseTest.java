package jp.lg.collection.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 漏えい等事案対応: reported through the API by any staff member; triage decides reportability; the 速報 and
 * 確報 deadlines run from awareness and escalate the day before; the persons are notified; recurrence
 * measures are tracked to completion; the PIA change record gets its row.
 */
@AutoConfigureMockMvc
@WithMockUser(username = "suzuki", authorities = "GROUP_collectors")
class BreachResponseTest extends ProcessTestSupport {

    static final LocalDate AWARE = LocalDate.of(2026, 9, 7);

    @Autowired
    MockMvc mvc;
    @Autowired
    BreachRegister register;
    @Autowired
    PiaChangeRecord pia;

    String breachId;

    ProcessInstance reported(int persons, boolean myNumber) throws Exception {
        today(AWARE.plusDays(1));
        String body = """
                {"summary": "催告書の封入誤りにより他人の催告書を同封して発送", "dataItems": "氏名、住所、滞納額",
                 "affectedPersons": %d, "involvesMyNumber": %s, "howFound": "受取人からの電話",
                 "awareOn": "%s"}
                """.formatted(persons, myNumber, AWARE);
        String response = mvc.perform(post("/api/breaches").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        breachId = JsonPath.read(response, "$.breachId");
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(breachId)
                .processDefinitionKey("BreachResponse").singleResult();
        assertThat(pi).isWaitingAt("Task_TriageBreach");
        assertThat(task("Task_TriageBreach", pi)).hasCandidateGroup("managers");
        assertThat(register.require(breachId).reportedBy()).isEqualTo("suzuki");
        return pi;
    }

    static Map<String, Object> triage(int persons, boolean myNumber, boolean unlawful) {
        Map<String, Object> values = new HashMap<>();
        values.put("containment", "誤送付先に連絡し回収、発送作業を停止");
        values.put("facts", "封入時の照合漏れ");
        values.put("affectedPersons", persons);
        values.put("involvesMyNumber", myNumber);
        values.put("sensitiveData", false);
        values.put("financialDamageRisk", false);
        values.put("unlawfulPurposeSuspected", unlawful);
        values.put("viewableByUnspecifiedPersons", false);
        values.put("stronglyEncrypted", false);
        return values;
    }

    void preventAndClose(ProcessInstance pi) {
        complete(task("Task_PlanRecurrencePrevention", pi), withVariables("measures",
                "封入時のダブルチェックと封入機の照合機能の導入", "measuresDue", AWARE.plusDays(40).toString()));
        assertThat(pi).isWaitingAt("Task_ConfirmRecurrencePrevention");
        assertThat(task("Task_ConfirmRecurrencePrevention", pi).getDueDate()).isEqualTo(Today.startOf(AWARE.plusDays(40)));
        complete(task("Task_ConfirmRecurrencePrevention", pi), withVariables("measuresCompleted", "false",
                "progressNote", "照合機の納品待ち"));
        assertThat(pi).isWaitingAt("Event_RecheckMeasures");
        today(AWARE.plusDays(55));
        execute(job("Event_RecheckMeasures", pi));
        complete(task("Task_ConfirmRecurrencePrevention", pi), withVariables("measuresCompleted", "true",
                "measuresCompletedOn", AWARE.plusDays(50).toString()));
        assertThat(pi).isEnded().hasPassed("Event_BreachClosed");
        BreachRegister.Entry entry = register.require(breachId);
        assertThat(entry.status()).isEqualTo(BreachRegister.Status.CLOSED);
        assertThat(entry.measuresCompletedOn()).isEqualTo(AWARE.plusDays(50));
    }

    @Test
    void onePersonsPersonalDataIsNotReportableButStillGetsMeasuresAndAPiaEntry() throws Exception {
        ProcessInstance pi = reported(1, false);
        complete(task("Task_TriageBreach", pi), triage(1, false, false));
        assertThat(pi).hasPassed("Task_AssessBreachReportability").hasNotPassed("Gateway_ReportingSplit")
                .isWaitingAt("Task_PlanRecurrencePrevention").variables().containsEntry("reportable", false);
        BreachRegister.Entry entry = register.require(breachId);
        assertThat(entry.reportable()).isFalse();
        assertThat(entry.grounds()).contains("報告対象の事態に該当しない");
        assertThat(entry.preliminaryDue()).isNull();
        preventAndClose(pi);
        assertThat(pia.ofBreach(breachId)).singleElement().satisfies(change -> {
            assertThat(change.item()).isEqualTo(RecordPiaChange.ITEM_OTHER_MEASURES);
            assertThat(change.after()).endsWith("・封入時のダブルチェックと封入機の照合機能の導入");
            assertThat(change.timing()).isEqualTo("事後");
            assertThat(change.changedOn()).isEqualTo(AWARE.plusDays(55));
        });
    }

    @Test
    void myNumberDataOfOnePersonIsReportableWithDeadlinesFromAwareness() throws Exception {
        ProcessInstance pi = reported(1, true);
        complete(task("Task_TriageBreach", pi), triage(1, true, false));
        assertThat(pi).isWaitingAt("Task_SubmitPreliminaryReport", "Task_NotifyAffectedPersons");
        BreachRegister.Entry entry = register.require(breachId);
        assertThat(entry.reportable()).isTrue();
        assertThat(entry.grounds()).contains("番号法29の4①");
        assertThat(entry.preliminaryDue()).isEqualTo(AWARE.plusDays(3));
        // 確報: aware 9/7 is day 1 → the 30th day is 10/6 (a Tuesday)
        assertThat(entry.finalDue()).isEqualTo(AWARE.plusDays(29));
        assertThat(task("Task_SubmitPreliminaryReport", pi).getDueDate()).isEqualTo(Today.startOf(AWARE.plusDays(3)));
        assertThat(job("Event_PreliminaryDeadlineNear", pi).getDuedate()).isEqualTo(Today.startOf(AWARE.plusDays(2)));
        assertThat(pi).variables().containsEntry("preliminaryDue", "令和8年9月10日").containsEntry("finalDue", "令和8年10月6日");

        complete(task("Task_SubmitPreliminaryReport", pi), withVariables("preliminaryReportedOn", AWARE.plusDays(1).toString()));
        assertThat(pi).isWaitingAt("Task_SubmitFinalReport", "Task_NotifyAffectedPersons");
        assertThat(job("Event_FinalDeadlineNear", pi).getDuedate()).isEqualTo(Today.startOf(AWARE.plusDays(28)));

        assertThatThrownBy(() -> complete(task("Task_NotifyAffectedPersons", pi), withVariables("notifiedOn",
                AWARE.plusDays(1).toString(), "notificationMethod", "PIGEON"))).hasMessageContaining("選択肢にない値");
        complete(task("Task_NotifyAffectedPersons", pi), withVariables("notifiedOn", AWARE.plusDays(1).toString(),
                "notificationMethod", "PHONE", "published", false, "notificationNote", "本人に電話で謝罪と説明"));
        today(AWARE.plusDays(20));
        complete(task("Task_SubmitFinalReport", pi), withVariables("finalReportedOn", AWARE.plusDays(20).toString()));
        assertThat(pi).isWaitingAt("Task_PlanRecurrencePrevention").hasNotPassed("Task_EscalatePreliminaryReport",
                "Task_EscalateFinalReport");
        entry = register.require(breachId);
        assertThat(entry.preliminaryReportedOn()).isEqualTo(AWARE.plusDays(1));
        assertThat(entry.finalReportedOn()).isEqualTo(AWARE.plusDays(20));
        assertThat(entry.personsNotifiedOn()).isEqualTo(AWARE.plusDays(1));
        assertThat(entry.notificationMethod()).isEqualTo("電話");

        String before = pia.currentText(RecordPiaChange.ITEM_SERIOUS_INCIDENT).orElse("発生なし");
        preventAndClose(pi);
        assertThat(pia.ofBreach(breachId)).singleElement().satisfies(change -> {
            assertThat(change.item()).isEqualTo(RecordPiaChange.ITEM_SERIOUS_INCIDENT);
            assertThat(change.before()).isEqualTo(before);
            assertThat(change.after()).startsWith("発生あり").contains("催告書の封入誤り", "再発防止策: 封入時のダブルチェック");
            assertThat(change.reason()).contains("重大事故", breachId);
        });
    }

    @Test
    void thePreliminaryReportEscalatesToAManagerTheDayBeforeItsDeadline() throws Exception {
        ProcessInstance pi = reported(3, true);
        complete(task("Task_TriageBreach", pi), triage(3, true, false));
        today(AWARE.plusDays(2));
        execute(job("Event_PreliminaryDeadlineNear", pi));
        assertThat(pi).isWaitingAt("Task_SubmitPreliminaryReport", "Task_EscalatePreliminaryReport",
                "Task_NotifyAffectedPersons");
        assertThat(task("Task_EscalatePreliminaryReport", pi)).hasCandidateGroup("managers");
        assertThat(task("Task_EscalatePreliminaryReport", pi).getDueDate()).isEqualTo(Today.startOf(AWARE.plusDays(3)));
        complete(task("Task_EscalatePreliminaryReport", pi), withVariables("escalationAction", "本日中に速報を提出するよう指示"));
        assertThat(pi).hasPassed("Event_PreliminaryEscalationHandled");
        assertThatThrownBy(() -> complete(task("Task_SubmitPreliminaryReport", pi),
                withVariables("preliminaryReportedOn", AWARE.plusDays(5).toString())))
                .isInstanceOf(TaskInputException.class).hasMessageContaining("今日以前");
        complete(task("Task_SubmitPreliminaryReport", pi), withVariables("preliminaryReportedOn", AWARE.plusDays(2).toString()));
        assertThat(pi).isWaitingAt("Task_SubmitFinalReport");
    }

    @Test
    void anUnlawfulPurposeGivesTheFinalReportSixtyDaysAndItEscalatesTheDayBefore() throws Exception {
        ProcessInstance pi = reported(250, true);
        Map<String, Object> answers = triage(250, true, true);
        answers.put("preliminaryDays", 5);
        complete(task("Task_TriageBreach", pi), answers);
        BreachRegister.Entry entry = register.require(breachId);
        assertThat(entry.preliminaryDue()).isEqualTo(AWARE.plusDays(5));
        // the 60th day counting 9/7 as day 1: 11/5 (a Thursday)
        assertThat(entry.finalDue()).isEqualTo(AWARE.plusDays(59));
        assertThat(entry.grounds()).contains("番号法29の4①、同法規則2二", "規則43三", "規則43四");
        complete(task("Task_SubmitPreliminaryReport", pi), withVariables("preliminaryReportedOn", AWARE.plusDays(1).toString()));
        assertThat(job("Event_FinalDeadlineNear", pi).getDuedate()).isEqualTo(Today.startOf(AWARE.plusDays(58)));
        today(AWARE.plusDays(58));
        execute(job("Event_FinalDeadlineNear", pi));
        assertThat(task("Task_EscalateFinalReport", pi)).hasCandidateGroup("managers");
        assertThat(task("Task_SubmitFinalReport", pi).getDueDate()).isEqualTo(Today.startOf(AWARE.plusDays(59)));
    }

    /**
     * 番号法規則2二ロ・ハ: My Number data used for an unlawful purpose — no leak, no flag of the 個情法 — is
     * reportable, its 確報 due within 60 days; the fact is kept in the register.
     */
    @Test
    void anUnlawfulUseOfMyNumberDataIsReportableWithSixtyDays() throws Exception {
        ProcessInstance pi = reported(0, true);
        Map<String, Object> answers = triage(0, true, false);
        answers.put("unlawfulUseOrProvision", true);
        complete(task("Task_TriageBreach", pi), answers);
        BreachRegister.Entry entry = register.require(breachId);
        assertThat(entry.reportable()).isTrue();
        assertThat(entry.grounds()).contains("同法規則2二ロ・ハ").doesNotContain("規則43");
        assertThat(entry.finalDue()).isEqualTo(AWARE.plusDays(59));
        assertThat(jdbc.sql("SELECT unlawful_use_or_provision FROM breach_case WHERE breach_id = ?").param(breachId)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void triageNeedsContainmentAndAPlausibleNumberOfPersons() throws Exception {
        ProcessInstance pi = reported(1, true);
        Map<String, Object> noContainment = triage(1, true, false);
        noContainment.remove("containment");
        assertThatThrownBy(() -> complete(task("Task_TriageBreach", pi), noContainment))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("containment");
        Map<String, Object> tooFast = triage(1, true, false);
        tooFast.put("preliminaryDays", 9);
        assertThatThrownBy(() -> complete(task("Task_TriageBreach", pi), tooFast)).hasMessageContaining("preliminaryDays");
        assertThat(pi).isWaitingAt("Task_TriageBreach");
    }

    @Test
    void aReportNeedsASummaryAndAnAwarenessDateNotInTheFuture() throws Exception {
        today(AWARE);
        mvc.perform(post("/api/breaches").contentType(MediaType.APPLICATION_JSON)
                .content("{\"summary\": \"USBメモリの紛失\", \"affectedPersons\": 1, \"awareOn\": \"2026-09-08\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("awareOn"));
        mvc.perform(post("/api/breaches").contentType(MediaType.APPLICATION_JSON)
                .content("{\"affectedPersons\": 1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("summary"));
    }
}
