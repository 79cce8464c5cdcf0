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

    /** How many rows of each case the query counts (its first column the case id, its second the count). */
    Map<String, Long> perCase(String sql, List<String> caseIds) {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql(sql).param("cases", caseIds).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    void assertOnceEach(List<String> ready, List<String> inDunning) {
        List<String> all = new ArrayList<>(ready);
        all.addAll(inDunning);
        Map<String, Long> letters = perCase("""
                SELECT case_id, COUNT(*) FROM document WHERE kind = 'REMINDER_LETTER' AND rendered_at IS NULL
                AND case_id IN (:cases) GROUP BY case_id""", all);
        Map<String, Long> calls = perCase("""
                SELECT p.BUSINESS_KEY_, COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_
                WHERE t.TASK_DEF_KEY_ = 'Task_PhoneReminder' AND p.BUSINESS_KEY_ IN (:cases) GROUP BY p.BUSINESS_KEY_""", all);
        Map<String, Long> bulk = perCase("""
                SELECT case_id, COUNT(*) FROM negotiation_log WHERE action = 'BULK_REMINDER' AND collector = 'sato'
                AND result LIKE '%地区77 一斉催告%' AND case_id IN (:cases) GROUP BY case_id""", all);
        Map<String, Long> secondRound = perCase("""
                SELECT case_id, COUNT(*) FROM negotiation_log WHERE action = 'REMINDER_LETTER' AND result = '第2回催告'
                AND case_id IN (:cases) GROUP BY case_id""", all);
        for (String caseId : ready) {
            assertThat(letters.get(caseId)).as("queued letter of %s", caseId).isEqualTo(1L);
            assertThat(calls.get(caseId)).as("phone task of %s", caseId).isEqualTo(1L);
            assertThat(bulk.get(caseId)).as("bulk reminder in the log of %s", caseId).isEqualTo(1L);
            assertThat(secondRound.get(caseId)).as("第2回催告 of %s", caseId).isEqualTo(1L);
        }
        for (String caseId : inDunning) {
            assertThat(letters).doesNotContainKey(caseId);
            assertThat(bulk).doesNotContainKey(caseId);
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

    @Autowired
    CaseSelections selections;

    static CaseSelection where(String district, Object... conditions) {
        Map<String, Object> c = new java.util.HashMap<>();
        for (int i = 0; i < conditions.length; i += 2) {
            c.put((String) conditions[i], conditions[i + 1]);
        }
        return new CaseSelection(null, null, district, (String) c.get("taxItem"), (Long) c.get("minAmount"), null,
                (String) c.get("phase"), (String) c.get("minRank"), (Integer) c.get("minDaysSinceContact"),
                (Boolean) c.get("promiseBroken"));
    }

    @Test
    void theConditionsSelectWhatTheySayAndThePageRunsTheRound() throws Exception {
        OpenCase large = caseAtPhoneReminder("tanaka", "78", 900_000);
        OpenCase broken = caseAtPhoneReminder("tanaka", "78", 58_000);
        String addresseeNo = newTaxpayer("tanaka");
        jdbc.sql("UPDATE taxpayer SET district_code = '78', collection_rank = NULL WHERE addressee_no = ?")
                .param(addresseeNo).update();
        newBill(addresseeNo, 40_000, LocalDate.of(2026, 5, 31));
        String dunned = openDunnedCase(addresseeNo, SWEPT).caseId();
        today(REMINDED);
        engine.getTaskService().complete(broken.phoneTask().getId(),
                Map.of("contactResult", "PROMISE", "promisedDate", "2026-06-25"));
        today(LocalDate.of(2026, 6, 25));
        runJobs(phase(broken.process(), "Reminders"));
        LocalDate day = LocalDate.of(2026, 6, 26);
        today(day);
        runJobs(phase(broken.process(), "Reminders"));
        ranks.rankUnranked();

        assertThat(selections.caseIds(where("78"), day)).containsExactly(large.caseId(), broken.caseId(), dunned);
        assertThat(selections.caseIds(where("78", "phase", "Reminders"), day))
                .containsExactlyInAnyOrder(large.caseId(), broken.caseId());
        assertThat(selections.caseIds(where("78", "phase", "Dunning"), day)).contains(dunned);
        assertThat(selections.caseIds(where("78", "minRank", "C"), day)).containsExactly(large.caseId());
        assertThat(selections.caseIds(where("78", "minAmount", 100_000L), day)).containsExactly(large.caseId());
        assertThat(selections.caseIds(where("78", "taxItem", "02"), day)).isEmpty();
        assertThat(selections.caseIds(where("78", "promiseBroken", true), day)).containsExactly(broken.caseId());
        assertThat(selections.caseIds(where("78", "promiseBroken", false), day))
                .containsExactlyInAnyOrder(large.caseId(), dunned);
        // the 督促状 of 6/10 is 16 days old; the others had their 催告書 and calls on 6/21
        assertThat(selections.caseIds(where("78", "minDaysSinceContact", 10), day)).containsExactly(dunned);
        assertThat(selections.caseIds(where("78", "minDaysSinceContact", 5), day)).hasSize(3);
        assertThat(selections.caseIds(where("78", "minDaysSinceContact", 6), day)).containsExactly(dunned);

        // the page: the count, a saved selection, one button, the progress
        var sato = member("sato", Roles.MANAGERS);
        mvc().perform(get("/selections").with(member("tanaka", Roles.COLLECTORS))).andExpect(status().isForbidden());
        String page = mvc().perform(get("/selections").param("districtCode", "78").param("phase", "Reminders")
                        .param("preview", "1").with(sato)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("対象者抽出・一括催告").contains("対象 <b>2件</b>").contains(large.caseId());
        String saved = mvc().perform(post("/selections").with(sato).with(org.springframework.security.test.web.servlet
                        .request.SecurityMockMvcRequestPostProcessors.csrf()).param("name", "地区78 催告中")
                        .param("districtCode", "78").param("phase", "Reminders").param("minAmount", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(saved.substring(saved.indexOf("selection=") + "selection=".length()));
        assertThat(mvc().perform(get(saved).with(sato)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("「地区78 催告中」で一括催告を実行");
        String runPage = mvc().perform(post("/selections/{id}/bulk-reminders", id).with(sato)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long runId = Long.parseLong(runPage.substring(runPage.lastIndexOf('/') + 1));
        JsonNode done = awaitDone(runId);
        // neither is waiting for its next round: one at the call, one at its new letter
        assertThat(done.path("sent").asInt()).isZero();
        assertThat(done.path("reasons").path("電話催告・納付交渉のタスクが未処理です").asInt()).isEqualTo(1);
        assertThat(done.path("reasons").path("催告書を発送中です").asInt()).isEqualTo(1);
        assertThat(mvc().perform(get(runPage).with(sato)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("完了").contains("2 / 2件");
    }
}
