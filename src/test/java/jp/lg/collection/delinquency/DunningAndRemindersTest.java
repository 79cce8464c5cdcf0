package jp.lg.collection.delinquency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.Map;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.forms.TaskInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 督促 and 催告: every path of the Dunning and Reminders models, inside the case. */
class DunningAndRemindersTest extends ProcessTestSupport {

    static final LocalDate DUE = LocalDate.of(2026, 5, 31);

    @Autowired
    NegotiationLog log;

    ProcessInstance caseProcess;
    ProcessInstance dunning;
    String caseId;
    String addresseeNo;

    /** A taxpayer with one bill due 5/31, swept on 6/10: the case starts and waits at the dunning job. */
    void openCase() {
        addresseeNo = newTaxpayer("tanaka");
        newBill(addresseeNo, 58_000, DUE);
        DunnedCase dunned = openDunnedCase(addresseeNo, LocalDate.of(2026, 6, 10));
        caseId = dunned.caseId();
        caseProcess = dunned.process();
        dunning = dunned.dunning();
    }

    ProcessInstance reminders() {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caseProcess.getId())
                .processDefinitionKey("Reminders").singleResult();
    }

    /**
     * Dunning issued on 6/10 (day 1): 10 days have passed on 6/20, the last day to pay; seizure becomes lawful on
     * 6/21 and the timer fires at its start (法331①一).
     */
    ProcessInstance dunToReminderCall() {
        openCase();
        // the sweep issued the notice in its own transaction: the case waits for the 10 days at once
        assertThat(dunning).hasPassed("Task_IssueDunningNotice").isWaitingAt("Event_SeizureEligible");
        assertThat(bills.findByCase(caseId)).allSatisfy(b -> {
            assertThat(b.dunningIssuedOn()).isEqualTo(LocalDate.of(2026, 6, 10));
            assertThat(b.dunningFee()).isEqualTo(100);
        });
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(dunning.getId()).singleResult()
                .getDuedate()).isEqualTo(jp.lg.collection.system.Today.startOf(LocalDate.of(2026, 6, 21)));
        today(LocalDate.of(2026, 6, 21));
        execute(job());
        assertThat(dunning).isEnded();
        ProcessInstance reminders = reminders();
        assertThat(reminders).isWaitingAt("Task_SendReminderLetter");
        execute(job());
        assertThat(reminders).isWaitingAt("Task_PhoneReminder");
        assertThat(task()).isAssignedTo("tanaka");
        return reminders;
    }

    @Test
    void dunningIsIssuedAndTheCollectorGetsThePhoneReminder() {
        dunToReminderCall();
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::action)
                .containsExactly(NegotiationAction.CASE_OPENED, NegotiationAction.DUNNING_NOTICE,
                        NegotiationAction.REMINDER_LETTER);
        assertThat(bills.balanceOfCase(caseId)).isEqualTo(58_100);
        // the form shows whom to call and what is owed today, late charge included
        assertThat((String) engine.getTaskService().getVariableLocal(task().getId(), "briefing")).contains(
                "試験 太郎", "滞納額 (令和8年6月21日現在・延滞金を含む)", "| 58,000円 | 100円 |", "**58,100円**",
                "督促状発送", "催告書発送");
    }

    @Test
    void aPledgeLeavesRemindersForThePaymentPlan() {
        ProcessInstance reminders = dunToReminderCall();
        complete(task(), withVariables("contactResult", "PLEDGE", "contactNote", "月1万円なら払えるとのこと"));
        assertThat(reminders).isEnded().hasPassed("Event_ToPaymentPlan");
        assertThat(caseProcess).isWaitingAt("CallActivity_PaymentPlan");
        // the pledge on 6/21 acknowledges the debt: the period restarts on 6/22, after the dunning's 6/21 (民法152)
        assertThat(bills.findByCase(caseId).get(0).limitationStart()).isEqualTo(LocalDate.of(2026, 6, 22));
    }

    @Test
    void theCollectorMaySendTheCaseToInvestigation() {
        ProcessInstance reminders = dunToReminderCall();
        complete(task(), withVariables("contactResult", "INVESTIGATE"));
        assertThat(reminders).isEnded().hasPassed("Event_ToInvestigation");
        assertThat(caseProcess).isWaitingAt("CallActivity_PropertyInvestigation");
    }

    @Test
    void noAnswerIsRemindedAgainAfter14DaysAndGoesToInvestigationAfterThreeRounds() {
        ProcessInstance reminders = dunToReminderCall();
        for (int round = 1; round <= 2; round++) {
            complete(task(), withVariables("contactResult", "NO_ANSWER"));
            assertThat(reminders).isWaitingAt("Gateway_NextRound"); // 14 days, or a manager's 一括催告
            execute(job());
            assertThat(reminders).isWaitingAt("Task_SendReminderLetter");
            execute(job());
            assertThat(reminders).isWaitingAt("Task_PhoneReminder").variables().containsEntry("reminderRound",
                    round + 1);
        }
        complete(task(), withVariables("contactResult", "REFUSED"));
        assertThat(reminders).isEnded().hasPassed("Event_RemindersExhausted");
        assertThat(caseProcess).isWaitingAt("CallActivity_PropertyInvestigation").variables()
                .containsEntry("reminderOutcome", "NO_RESPONSE");
    }

    @Test
    void aBrokenPromiseSendsAnotherLetterAndAPartPaymentAnotherCall() {
        ProcessInstance reminders = dunToReminderCall();
        complete(task(), withVariables("contactResult", "PROMISE", "promisedDate", "2026-06-30"));
        assertThat(reminders).isWaitingAt("Event_PromiseDay");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).singleResult()
                .getDuedate()).isEqualTo(jp.lg.collection.system.Today.startOf(LocalDate.of(2026, 6, 30)));
        execute(job());
        // the promise's day: 「納付約束日の確認」 in the collector's 「今日が約束日」, checked the next morning
        assertThat(reminders).isWaitingAt("Task_WatchPromise");
        assertThat(task()).isAssignedTo("tanaka");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).singleResult()
                .getDuedate()).isEqualTo(jp.lg.collection.system.Today.startOf(LocalDate.of(2026, 7, 1)));
        execute(job());
        assertThat(reminders).isWaitingAt("Task_SendReminderLetter");
        assertThat(reminders).variables().containsEntry("promiseKept", false);
        execute(job());

        complete(task(), withVariables("contactResult", "PROMISE", "promisedDate", "2026-07-10"));
        long billId = bills.findByCase(caseId).get(0).id();
        bills.applyPayment(billId, 100, 10_000, 0, 0, LocalDate.of(2026, 7, 8), "test");
        execute(job());
        execute(job());
        assertThat(reminders).isWaitingAt("Task_PhoneReminder").variables().containsEntry("promiseKept", true);
    }

    @Test
    void aPromiseNeedsAFutureDate() {
        dunToReminderCall();
        Map<String, Object> noDate = withVariables("contactResult", "PROMISE");
        assertThatThrownBy(() -> complete(task(), noDate)).isInstanceOf(TaskInputException.class)
                .hasMessageContaining("promisedDate");
        assertThatThrownBy(() -> complete(task(), withVariables("contactResult", "PROMISE", "promisedDate",
                "2026-06-01"))).hasMessageContaining("明日以降");
        assertThatThrownBy(() -> complete(task(), withVariables("contactResult", "PROMISE", "promisedDate",
                "2026/9/22"))).hasMessageContaining("3か月以内 (令和8年9月21日まで)")
                .hasMessageContaining("令和8年9月22日 (2026/9/22) と読みました");
        // what the date picker misread: month/day/year is refused, never stored as another date
        assertThatThrownBy(() -> complete(task(), withVariables("contactResult", "PROMISE", "promisedDate",
                "07/06/2026"))).hasMessageContaining("年から入力してください");
        assertThat(task()).isNotNull();
    }

    /** 「2026/12/20」 was stored as 8/6/2027 by the browser's picker; typed as a clerk types it, it is that day. */
    @Test
    void aPromiseDateTypedAsAClerkTypesItIsStoredAsThatDay() {
        ProcessInstance reminders = dunToReminderCall();
        complete(task(), withVariables("contactResult", "PROMISE", "promisedDate", "令和8年7月6日"));
        assertThat(reminders).isWaitingAt("Event_PromiseDay").variables().containsEntry("promisedDate", "2026-07-06");
        assertThat(log.of(caseId)).filteredOn(e -> e.action() == NegotiationAction.PAYMENT_PROMISE)
                .extracting(NegotiationLog.Entry::result).containsExactly("令和8年7月6日 (2026/7/6)までに納付");
    }

    @Test
    void theServerRefusesWhatTheFormWouldHaveRefused() {
        dunToReminderCall();
        assertThatThrownBy(() -> complete(task(), withVariables("contactNote", "x")))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("contactResult: 「交渉結果」は必須です");
        assertThatThrownBy(() -> complete(task(), withVariables("contactResult", "BRIBE")))
                .hasMessageContaining("選択肢にない値");
        assertThatThrownBy(() -> complete(task(), withVariables("contactResult", "NO_ANSWER", "contactNote",
                "あ".repeat(2001)))).hasMessageContaining("2000文字以内");
    }

    @Test
    void aNewOverdueBillJoinsTheOpenCaseAndIsDunned() {
        dunToReminderCall();
        long second = newBill(addresseeNo, 57_000, LocalDate.of(2026, 6, 30));
        today(LocalDate.of(2026, 7, 2));
        OverdueSweep.Result result = sweep(LocalDate.of(2026, 7, 2));
        assertThat(result.casesOpened()).isZero();
        assertThat(cases.findOpenCaseOf(addresseeNo)).contains(caseId);
        assertThat(bills.require(second).caseId()).isEqualTo(caseId);
        assertThat(dunningOf(caseProcess)).hasPassed("Task_IssueDunningNotice").isWaitingAt("Event_SeizureEligible");
        assertThat(bills.require(second).dunningIssuedOn()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(reminders()).isWaitingAt("Task_PhoneReminder");
    }
}
