package jp.lg.collection.worklist;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.lg.collection.delinquency.payment.PaymentService;
import jp.lg.collection.system.Roles;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The collector's Tasklist opens on ranked, filtered work: every task of a case carries the case's rank as its
 * priority and in its variables; the saved filters list what their names say, each by its order, and a collector
 * finds in each only the cases of his districts (tanaka: 01; suzuki: 01 and 02).
 */
class WorkListsTest extends WorklistTestSupport {

    static final List<String> TANAKA = List.of(Roles.COLLECTORS, "district01");
    static final List<String> SUZUKI = List.of(Roles.COLLECTORS, "district01", "district02");

    @Autowired
    WorklistFilters filters;
    @Autowired
    PaymentService payments;

    Map<String, Object> local(Task task) {
        return engine.getTaskService().getVariablesLocal(task.getId());
    }

    Task reload(Task task) {
        return engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    }

    @Test
    void aTaskIsBornWithItsCasesRankAsPriority() {
        OpenCase small = caseAtPhoneReminder("tanaka", "01", 58_000);
        OpenCase large = caseAtPhoneReminder("tanaka", "01", 900_000);

        // 900,100 yen: 9,001 bp × 35 + 21 days 191 bp × 20 → 31.9 → 32, C; 58,100 yen → 2, D
        assertThat(large.phoneTask().getPriority()).isEqualTo(32);
        assertThat(local(large.phoneTask())).containsEntry(CaseRanks.RANK, "C").containsEntry(CaseRanks.AMOUNT, 900_100L)
                .doesNotContainKey(CaseRanks.LIMITATION_NEAR);
        assertThat(small.phoneTask().getPriority()).isEqualTo(2);
        assertThat(local(small.phoneTask())).containsEntry(CaseRanks.RANK, "D");
        assertThat(ranks.stored(large.caseId())).hasValueSatisfying(r -> assertThat(r.result().score()).isEqualTo(32));
    }

    @Test
    void anImportedRankIsAFloor() {
        String addresseeNo = newTaxpayer("tanaka");
        jdbc.sql("UPDATE taxpayer SET collection_rank = 'A' WHERE addressee_no = ?").param(addresseeNo).update();
        newBill(addresseeNo, 58_000, LocalDate.of(2026, 5, 31));
        String caseId = openDunnedCase(addresseeNo, SWEPT).caseId();
        CaseRanks.Ranked r = ranks.recompute(caseId).orElseThrow();
        assertThat(r.result().rank()).isEqualTo("A");
        assertThat(r.result().score()).isEqualTo(60);
        assertThat(r.result().computedRank()).isEqualTo("D");
        assertThat(r.result().importedRank()).isEqualTo("A");
    }

    @Test
    void aPaymentMovesTheTasksPriorityAtOnce() {
        OpenCase large = caseAtPhoneReminder("tanaka", "01", 900_000);
        payments.receive(large.caseId(), 500_000, REMINDED, "COUNTER", "WL-" + large.caseId(), "tanaka");

        Task task = reload(large.phoneTask());
        assertThat(local(task)).containsEntry(CaseRanks.AMOUNT, 400_100L).containsEntry(CaseRanks.RANK, "D");
        assertThat(task.getPriority()).isEqualTo(14);
    }

    @Test
    void aCollectorsFiltersShowOnlyHisDistrictsCasesLargestFirst() {
        OpenCase small = caseAtPhoneReminder("tanaka", "01", 58_000);
        OpenCase large = caseAtPhoneReminder("tanaka", "01", 900_000);
        OpenCase elsewhere = caseAtPhoneReminder("suzuki", "02", 950_000);

        List<String> tanakas = filter("高額順", "tanaka", TANAKA);
        assertThat(tanakas).contains(small.caseId(), large.caseId()).doesNotContain(elsewhere.caseId());
        assertThat(tanakas.indexOf(large.caseId())).isLessThan(tanakas.indexOf(small.caseId()));

        List<String> suzukis = filter("高額順", "suzuki", SUZUKI);
        assertThat(suzukis).contains(small.caseId(), large.caseId(), elsewhere.caseId());
        assertThat(suzukis.indexOf(elsewhere.caseId())).isLessThan(suzukis.indexOf(large.caseId()));
        assertThat(suzukis.indexOf(large.caseId())).isLessThan(suzukis.indexOf(small.caseId()));

        // the managers' approvals are none of a collector's business: he does not have that list
        assertThat(as("tanaka", TANAKA, () -> engine.getFilterService().createFilterQuery().list()))
                .extracting(Filter::getName).contains("高額順", "今日が約束日", "時効が近い", "期限切れ")
                .doesNotContain("決裁待ち");
    }

    @Test
    void tasklistSortsByPriority() {
        OpenCase small = caseAtPhoneReminder("tanaka", "01", 58_000);
        OpenCase large = caseAtPhoneReminder("tanaka", "01", 900_000);
        List<String> byPriority = as("tanaka", TANAKA, () -> engine.getTaskService().createTaskQuery()
                .taskAssignee("tanaka").orderByTaskPriority().desc().list()).stream()
                .map(t -> (String) engine.getTaskService().getVariable(t.getId(), "caseId")).toList();
        assertThat(byPriority.indexOf(large.caseId())).isLessThan(byPriority.indexOf(small.caseId()));
        assertThat(filter("今日が約束日", "tanaka", TANAKA)).doesNotContain(large.caseId(), small.caseId());
    }

    @Test
    void thePromisesOfTodayAreAListOfTheirOwnForTheDayOnly() {
        OpenCase promised = caseAtPhoneReminder("tanaka", "01", 58_000);
        OpenCase elsewhere = caseAtPhoneReminder("suzuki", "02", 58_000);
        for (OpenCase c : List.of(promised, elsewhere)) {
            engine.getTaskService().complete(c.phoneTask().getId(),
                    Map.of("contactResult", "PROMISE", "promisedDate", "2026-06-25"));
        }
        ProcessInstance reminders = phase(promised.process(), "Reminders");
        assertThat(reminders).isWaitingAt("Event_PromiseDay");
        assertThat(filter("今日が約束日", "tanaka", TANAKA)).doesNotContain(promised.caseId());

        today(LocalDate.of(2026, 6, 25));
        runJobs(reminders);
        runJobs(phase(elsewhere.process(), "Reminders"));
        assertThat(reminders).isWaitingAt(WorklistFilters.PROMISE_DAY_TASK);
        assertThat(filter("今日が約束日", "tanaka", TANAKA)).contains(promised.caseId())
                .doesNotContain(elsewhere.caseId());
        assertThat(filter("今日が約束日", "suzuki", SUZUKI)).contains(promised.caseId(), elsewhere.caseId());

        // the next morning the promise is checked by itself: nothing paid, the next round begins
        today(LocalDate.of(2026, 6, 26));
        runJobs(reminders);
        assertThat(reminders).hasPassed("Event_PromiseDatePassed", "Task_CheckPaymentPromise")
                .isWaitingAt("Task_SendReminderLetter");
        assertThat(filter("今日が約束日", "tanaka", TANAKA)).doesNotContain(promised.caseId());
        assertThat(ranks.stored(promised.caseId())).hasValueSatisfying(r -> assertThat(r.facts().brokenPromises())
                .isEqualTo(1));
    }

    @Test
    void theCollectorMayCloseThePromiseDayHimselfAndTheCheckRunsAtOnce() {
        OpenCase promised = caseAtPhoneReminder("tanaka", "01", 58_000);
        engine.getTaskService().complete(promised.phoneTask().getId(),
                Map.of("contactResult", "PROMISE", "promisedDate", "2026-06-25"));
        ProcessInstance reminders = phase(promised.process(), "Reminders");
        today(LocalDate.of(2026, 6, 25));
        runJobs(reminders);
        payments.receive(promised.caseId(), 10_000, LocalDate.of(2026, 6, 25), "COUNTER", "WLP-" + promised.caseId(),
                "tanaka");
        Task day = engine.getTaskService().createTaskQuery().processInstanceId(reminders.getId()).singleResult();
        assertThat(day.getTaskDefinitionKey()).isEqualTo(WorklistFilters.PROMISE_DAY_TASK);
        engine.getTaskService().complete(day.getId());
        assertThat(reminders).hasPassed("Task_CheckPaymentPromise").isWaitingAt("Task_PhoneReminder")
                .variables().containsEntry("promiseKept", true);
    }

    @Test
    void aLimitationNearIsAListOfItsOwn() {
        OpenCase near = caseAtPhoneReminder("tanaka", "01", 58_000);
        OpenCase far = caseAtPhoneReminder("tanaka", "01", 58_000);
        // as a case taken over from the earlier system: its 5 years run out on 2026-09-01 (deferred 6 months by the
        // 催告書 of 6/21, 民法150)
        jdbc.sql("UPDATE tax_bill SET limitation_start = ? WHERE case_id = ?").params(LocalDate.of(2021, 9, 1),
                near.caseId()).update();
        today(LocalDate.of(2026, 7, 1));
        ranks.recomputeAll();

        assertThat(local(near.phoneTask())).containsEntry(CaseRanks.LIMITATION_NEAR, true)
                .containsKey(CaseRanks.LIMITATION_ON);
        LocalDate on = ranks.stored(near.caseId()).orElseThrow().facts().limitationOn();
        assertThat(on).isAfter(LocalDate.of(2026, 12, 1)).isBefore(LocalDate.of(2027, 1, 1));
        assertThat(local(far.phoneTask())).doesNotContainKey(CaseRanks.LIMITATION_NEAR);
        assertThat(filter("時効が近い", "tanaka", TANAKA)).contains(near.caseId()).doesNotContain(far.caseId());
        assertThat(filter("時効が近い", "someone", List.of(Roles.COLLECTORS, "district02")))
                .doesNotContain(near.caseId());

        // a payment acknowledges the debt: the period starts again, and the case leaves the list
        payments.receive(near.caseId(), 1_000, LocalDate.of(2026, 7, 1), "COUNTER", "WLL-" + near.caseId(), "tanaka");
        assertThat(local(near.phoneTask())).doesNotContainKey(CaseRanks.LIMITATION_NEAR);
        assertThat(filter("時効が近い", "tanaka", TANAKA)).doesNotContain(near.caseId());
    }

    @Test
    void overdueTasksAreAListOfTheirOwn() {
        OpenCase late = caseAtPhoneReminder("tanaka", "01", 58_000);
        assertThat(filter("期限切れ", "tanaka", TANAKA)).doesNotContain(late.caseId());
        today(LocalDate.of(2026, 6, 29)); // due 6/28 09:00 (7 days)
        assertThat(filter("期限切れ", "tanaka", TANAKA)).contains(late.caseId());
        assertThat(filter("期限切れ", "sato", List.of(Roles.MANAGERS))).contains(late.caseId());
        assertThat(filter("期限切れ", "someone", List.of(Roles.COLLECTORS, "district02"))).doesNotContain(late.caseId());
    }

    @Test
    void theFiltersAreCreatedOnceAndSharedWithTheirGroups() {
        filters.run();
        filters.run();
        for (String name : List.of("今日が約束日", "時効が近い", "高額順", "決裁待ち", "期限切れ")) {
            List<Filter> found = engine.getFilterService().createFilterQuery().filterName(name).list();
            assertThat(found).as(name).hasSize(1);
            List<String> groups = engine.getAuthorizationService().createAuthorizationQuery()
                    .resourceType(Resources.FILTER).resourceId(found.get(0).getId()).list().stream()
                    .map(a -> a.getGroupId()).toList();
            assertThat(groups).as(name).containsExactlyInAnyOrderElementsOf(
                    name.equals("決裁待ち") ? List.of(Roles.MANAGERS) : List.of(Roles.COLLECTORS, Roles.MANAGERS));
            assertThat(found.get(0).getProperties()).containsKey("variables");
        }
    }

    @Test
    void aManagerChangesTheWeightsAndEveryCaseFollows() throws Exception {
        OpenCase small = caseAtPhoneReminder("tanaka", "01", 58_000);
        String onlyAmount = """
                {"weights": [
                  {"factor": "AMOUNT_OWED", "weight": 100, "fullAt": 100000},
                  {"factor": "OLDEST_BILL_AGE", "weight": 0, "fullAt": 1095},
                  {"factor": "BROKEN_PROMISES", "weight": 0, "fullAt": 2},
                  {"factor": "FOUND_PROPERTY", "weight": 0, "fullAt": 1},
                  {"factor": "LIMITATION_NEAR", "weight": 0, "fullAt": 180}],
                 "bands": [{"rank": "A", "minScore": 60}, {"rank": "B", "minScore": 35}, {"rank": "C", "minScore": 15},
                           {"rank": "D", "minScore": 0}]}""";
        String shipped = """
                {"weights": [
                  {"factor": "AMOUNT_OWED", "weight": 35, "fullAt": 1000000},
                  {"factor": "OLDEST_BILL_AGE", "weight": 20, "fullAt": 1095},
                  {"factor": "BROKEN_PROMISES", "weight": 15, "fullAt": 2},
                  {"factor": "FOUND_PROPERTY", "weight": 15, "fullAt": 1},
                  {"factor": "LIMITATION_NEAR", "weight": 15, "fullAt": 180}],
                 "bands": [{"rank": "A", "minScore": 60}, {"rank": "B", "minScore": 35}, {"rank": "C", "minScore": 15},
                           {"rank": "D", "minScore": 0}]}""";
        mvc().perform(put("/api/rank-weights").with(member("tanaka", Roles.COLLECTORS))
                .contentType(MediaType.APPLICATION_JSON).content(onlyAmount)).andExpect(status().isForbidden());
        mvc().perform(put("/api/rank-weights").with(member("sato", Roles.MANAGERS))
                .contentType(MediaType.APPLICATION_JSON).content(onlyAmount.replace("\"weight\": 100", "\"weight\": 101")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("weights[0].weight"));
        mvc().perform(put("/api/rank-weights").with(member("sato", Roles.MANAGERS))
                .contentType(MediaType.APPLICATION_JSON).content(onlyAmount.replace("\"minScore\": 0", "\"minScore\": 5")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("bands"));
        try {
            mvc().perform(put("/api/rank-weights").with(member("sato", Roles.MANAGERS))
                    .contentType(MediaType.APPLICATION_JSON).content(onlyAmount)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.weights[0].label").value("未納額"));
            awaitRanks();
            // 58,100 of 100,000 yen, nothing else counts: 58
            assertThat(reload(small.phoneTask()).getPriority()).isEqualTo(58);
            assertThat(local(small.phoneTask())).containsEntry(CaseRanks.RANK, "B");
            mvc().perform(get("/api/cases/{caseId}/rank", small.caseId()).with(member("tanaka", Roles.COLLECTORS)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.score").value(58))
                    .andExpect(jsonPath("$.points.AMOUNT_OWED").value(58));
        } finally {
            mvc().perform(put("/api/rank-weights").with(member("sato", Roles.MANAGERS))
                    .contentType(MediaType.APPLICATION_JSON).content(shipped)).andExpect(status().isOk());
            awaitRanks();
        }
        assertThat(reload(small.phoneTask()).getPriority()).isEqualTo(2);
    }

    void awaitRanks() throws InterruptedException {
        for (int i = 0; i < 600 && !ranks.idle(); i++) {
            Thread.sleep(100);
        }
        assertThat(ranks.idle()).as("ranks recomputed").isTrue();
    }
}
