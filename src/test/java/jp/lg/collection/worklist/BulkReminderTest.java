package jp.lg.collection.worklist;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.system.Roles;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * 一括催告 of 500 cases: a manager saves a selection, previews it, and starts the round for all at once; every case
 * waiting for its next round gets its 催告書 (queued for the print batch) and its phone task exactly once, and the
 * bulk reminder in its negotiation log; the cases not at that point are left with the reason. The same selection
 * again the same day does nothing; another selection finding the same cases that day reminds none twice.
 */
class BulkReminderTest extends WorklistTestSupport {

    static final int READY = 500;
    static final int IN_DUNNING = 10;

    @Autowired
    ObjectMapper json;

    /** Opens the cases in a district of their own (so the shared test database's other cases stay out). */
    List<String> openCases(String district, int count) {
        List<String> addressees = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String addresseeNo = newTaxpayer("tanaka");
            jdbc.sql("UPDATE taxpayer SET district_code = ? WHERE addressee_no = ?").params(district, addresseeNo)
                    .update();
            newBill(addresseeNo, 30_000 + i, LocalDate.of(2026, 5, 31));
            addressees.add(addresseeNo);
        }
        today(SWEPT);
        sweep(SWEPT);
        return addressees.stream().map(a -> cases.findOpenCaseOf(a).orElseThrow()).toList();
    }

    /** The round after the first: the case's reminders phase waits for its next round (as after a call not answered). */
    ProcessInstance waitingForNextRound(String caseId) {
        return engine.getRuntimeService().createProcessInstanceByKey("Reminders").businessKey(caseId)
                .setVariables(Map.of("caseId", caseId, "addresseeNo", cases.addresseeOf(caseId), "assignedCollector",
                        "tanaka", "reminderRound", 1))
                .startBeforeActivity("Gateway_NextRound").execute();
    }

    JsonNode call(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        String body = mvc().perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    JsonNode awaitDone(long runId) throws Exception {
        JsonNode run = null;
        for (int i = 0; i < 1200; i++) {
            run = call(get("/api/bulk-reminders/{id}", runId).with(member("sato", Roles.MANAGERS)), 200);
            if ("DONE".equals(run.path("status").asText())) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run not done: " + run);
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void fiveHundredCasesAreRemindedOnceEachWithTheirLetterAndTask() throws Exception {
        List<String> ready = openCases("77", READY);
        List<String> inDunning = openCases("77", IN_DUNNING).stream().filter(c -> !ready.contains(c)).toList();
        today(REMINDED);
        List<ProcessInstance> reminders = ready.stream().map(this::waitingForNextRound).toList();

        String selection = """
                {"name": "地区77 一斉催告", "districtCode": "77", "minAmount": 30000}""";
        mvc().perform(post("/api/selections").with(member("tanaka", Roles.COLLECTORS))
                .contentType(MediaType.APPLICATION_JSON).content(selection)).andExpect(status().isForbidden());
        mvc().perform(post("/api/selections").with(member("sato", Roles.MANAGERS))
                .contentType(MediaType.APPLICATION_JSON).content(selection.replace("30000", "-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("minAmount"));
        long selectionId = call(post("/api/selections").with(member("sato", Roles.MANAGERS))
                .contentType(MediaType.APPLICATION_JSON).content(selection), 201).path("id").asLong();

        JsonNode preview = call(get("/api/selections/{id}/preview", selectionId).with(member("sato", Roles.MANAGERS)),
                200);
        assertThat(preview.path("matched").asLong()).isEqualTo(READY + IN_DUNNING);
        assertThat(preview.path("ready").asLong()).isEqualTo(READY);
        assertThat(preview.path("first")).hasSize(50);
        assertThat(preview.path("conditions").asText()).isEqualTo("地区 77 ・ 未納額 30,000円以上");

        JsonNode started = call(post("/api/selections/{id}/bulk-reminders", selectionId)
                .with(member("sato", Roles.MANAGERS)), 202);
        assertThat(started.path("matched").asInt()).isEqualTo(READY + IN_DUNNING);
        long runId = started.path("id").asLong();
        JsonNode done = awaitDone(runId);
        assertThat(done.path("sent").asInt()).isEqualTo(READY);
        assertThat(done.path("skipped").asInt()).isEqualTo(IN_DUNNING);
        assertThat(done.path("failed").asInt()).isZero();
        assertThat(done.path("reasons").path("催告できる段階にありません (督促)").asInt()).isEqualTo(IN_DUNNING);

        // the letters are issued by the rounds' own step, as the job executor runs them
        for (ProcessInstance instance : reminders) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .executable().list();
            assertThat(jobs).as("letter job of %s", instance.getBusinessKey()).hasSize(1);
            engine.getManagementService().executeJob(jobs.get(0).getId());
        }
        assertOnceEach(ready, inDunning);

        // the same selection again today: the same run, nothing new
        JsonNode again = call(post("/api/selections/{id}/bulk-reminders", selectionId)
                .with(member("sato", Roles.MANAGERS)), 200);
        assertThat(again.path("id").asLong()).isEqualTo(runId);
        assertThat(again.path("alreadyRun").asBoolean()).isTrue();
        assertThat(engine.getManagementService().createJobQuery().processInstanceIds(reminders.stream()
                .map(ProcessInstance::getId).collect(Collectors.toSet())).executable().count()).isZero();

        // another selection that finds the same cases today reminds none of them twice
        long other = call(post("/api/selections").with(member("sato", Roles.MANAGERS))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "地区77 (再)", "districtCode": "77"}"""), 201).path("id").asLong();
        JsonNode second = awaitDone(call(post("/api/selections/{id}/bulk-reminders", other)
                .with(member("sato", Roles.MANAGERS)), 202).path("id").asLong());
        assertThat(second.path("sent").asInt()).isZero();
        assertThat(second.path("skipped").asInt()).isEqualTo(READY + IN_DUNNING);
        assertThat(second.path("reasons").path("本日すでに一括催告しました").asInt()).isEqualTo(READY);
        assertOnceEach(ready, inDunning);
    }

    void assertOnceEach(List<String> ready, List<String> inDunning) {
        for (String caseId : ready) {
            assertThat(count("SELECT COUNT(*) FROM document WHERE case_id = ? AND kind = 'REMINDER_LETTER' "
                    + "AND rendered_at IS NULL", caseId)).as("queued letter of %s", caseId).isEqualTo(1);
            assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                    .taskDefinitionKey("Task_PhoneReminder").count()).as("phone task of %s", caseId).isEqualTo(1);
            assertThat(log.of(caseId)).filteredOn(e -> e.action() == NegotiationAction.BULK_REMINDER)
                    .as("log of %s", caseId).hasSize(1).allSatisfy(e -> {
                        assertThat(e.collector()).isEqualTo("sato");
                        assertThat(e.result()).contains("地区77 一斉催告");
                    });
            assertThat(log.of(caseId)).filteredOn(e -> e.action() == NegotiationAction.REMINDER_LETTER)
                    .extracting(e -> e.result()).containsExactly("第2回催告");
        }
        for (String caseId : inDunning) {
            assertThat(count("SELECT COUNT(*) FROM document WHERE case_id = ? AND kind = 'REMINDER_LETTER'", caseId))
                    .isZero();
            assertThat(log.of(caseId)).noneMatch(e -> e.action() == NegotiationAction.BULK_REMINDER);
        }
    }

    @Test
    void aCaseWaitingForItsNextRoundIsRemindedByTheManagersMessageInsteadOfAfter14Days() {
        OpenCase open = caseAtPhoneReminder("tanaka", "01", 58_000);
        engine.getTaskService().complete(open.phoneTask().getId(), Map.of("contactResult", "NO_ANSWER"));
        ProcessInstance reminders = phase(open.process(), "Reminders");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(reminders)
                .isWaitingAt("Gateway_NextRound");
        engine.getRuntimeService().createMessageCorrelation(CaseSelections.MESSAGE)
                .processInstanceBusinessKey(open.caseId()).correlateAll();
        runJobs(reminders);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(reminders)
                .hasPassed("Event_BulkReminder", "Task_SendReminderLetter").isWaitingAt("Task_PhoneReminder")
                .variables().containsEntry("reminderRound", 2);
        // the only timer left is the new call's deadline: the 14 days' wait is gone with the round it started
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).timers()
                .list()).singleElement().satisfies(job -> assertThat(job.getDuedate()).isEqualTo(java.util.Date.from(
                        LocalDate.of(2026, 6, 28).atTime(9, 0).atZone(jp.lg.collection.system.Today.TOKYO).toInstant())));
        assertThat(log.of(open.caseId())).filteredOn(e -> e.action() == NegotiationAction.REMINDER_LETTER)
                .extracting(e -> e.result()).containsExactly("第1回催告", "第2回催告");
    }
}
