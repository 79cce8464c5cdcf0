package jp.lg.collection.delinquency.paymentplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 分納: every path of the PaymentPlan model, started on its own for a case opened by the sweep. */
class PaymentPlanTest extends ProcessTestSupport {

    static final LocalDate DUE = LocalDate.of(2026, 5, 31);

    @Autowired
    NegotiationLog log;
    @Autowired
    PaymentPlanRepository plans;

    String caseId;
    long billId;
    ProcessInstance plan;
    long planId;

    /**
     * A bill of 58,000 yen due 5/31, swept and dunned on 6/10 (fee 100 yen → balance 58,100); on 6/20 the
     * collector registers the pledge. The case's own process is left waiting at its seizure timer.
     */
    ProcessInstance startPlan() {
        String addresseeNo = newTaxpayer("tanaka");
        billId = newBill(addresseeNo, 58_000, DUE);
        caseId = openDunnedCase(addresseeNo, LocalDate.of(2026, 6, 10)).caseId();
        assertThat(bills.balanceOfCase(caseId)).isEqualTo(58_100);
        today(LocalDate.of(2026, 6, 20));
        plan = engine.getRuntimeService().startProcessInstanceByKey("PaymentPlan", caseId,
                Map.of("caseId", caseId, "addresseeNo", addresseeNo, "assignedCollector", "tanaka"));
        assertThat(plan).isWaitingAt("Task_RegisterPaymentPlan");
        assertThat(task(plan)).isAssignedTo("tanaka");
        return plan;
    }

    /** 3 monthly parts from 7/10: 19,368 (with the remainder) / 19,366 / 19,366. */
    void registerThreeParts() {
        startPlan();
        complete(task(plan), withVariables("planParts", 3, "firstPaymentDate", "2026-07-10",
                "intervalMonths", 1, "planNote", "月2万円弱なら払えるとのこと"));
        assertThat(plan).isWaitingAt("Event_PartDuePassed").variables().containsEntry("partNo", 1);
        planId = planId();
    }

    long planId() {
        return ((Number) engine.getRuntimeService().getVariable(plan.getId(), "paymentPlanId")).longValue();
    }

    void refused(Map<String, Object> variables, String field, String message) {
        refused(task(plan), variables, field, message);
    }

    List<PaymentPlanRepository.StoredPart> parts() {
        return plans.parts(planId);
    }

    void timerDueOn(LocalDate day) {
        assertThat(job(plan).getDuedate()).isEqualTo(Today.startOf(day));
    }

    /** Moves the clock to the check day and fires the timer (the check runs in the same transaction). */
    void checkOn(LocalDate day) {
        timerDueOn(day);
        today(day);
        execute(job(plan));
    }

    @Test
    void thePlanCutsTheBalanceIntoWholeYenPartsWithTheRemainderFirst() {
        registerThreeParts();
        PaymentPlanRepository.Plan stored = plans.require(planId);
        assertThat(stored.caseId()).isEqualTo(caseId);
        assertThat(stored.totalAmount()).isEqualTo(58_100);
        assertThat(stored.parts()).isEqualTo(3);
        assertThat(stored.status()).isEqualTo("ACTIVE");
        assertThat(stored.pledgedOn()).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(parts()).extracting(PaymentPlanRepository.StoredPart::amount)
                .containsExactly(19_368L, 19_366L, 19_366L);
        assertThat(parts()).extracting(PaymentPlanRepository.StoredPart::dueDate).containsExactly(
                LocalDate.of(2026, 7, 10), LocalDate.of(2026, 8, 10), LocalDate.of(2026, 9, 10));
        assertThat(parts()).extracting(PaymentPlanRepository.StoredPart::status).containsOnly("DUE");
        timerDueOn(LocalDate.of(2026, 7, 11));
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::action).contains(NegotiationAction.INSTALLMENT_PLEDGE);
        // the pledge acknowledges the debt: the limitation period restarts the next day (民法152)
        assertThat(bills.require(billId).limitationStart()).isEqualTo(LocalDate.of(2026, 6, 21));
    }

    @Test
    void everyPartPaidCompletesThePlan() {
        registerThreeParts();
        bills.applyPayment(billId, 100, 19_268, 0, 0, LocalDate.of(2026, 7, 10), "test");
        checkOn(LocalDate.of(2026, 7, 11));
        assertThat(plan).isWaitingAt("Event_PartDuePassed").variables().containsEntry("partPaid", true)
                .containsEntry("partNo", 2);
        bills.applyPayment(billId, 0, 19_366, 0, 0, LocalDate.of(2026, 8, 7), "test");
        checkOn(LocalDate.of(2026, 8, 11));
        assertThat(plan).isWaitingAt("Event_PartDuePassed").variables().containsEntry("partNo", 3);
        assertThat(parts()).extracting(PaymentPlanRepository.StoredPart::status)
                .containsExactly("PAID", "PAID", "DUE");
        bills.applyPayment(billId, 0, 19_366, 0, 0, LocalDate.of(2026, 9, 10), "test");
        checkOn(LocalDate.of(2026, 9, 11));
        assertThat(plan).isEnded().hasPassed("Event_PaymentPlanCompleted").variables()
                .containsEntry("paymentPlanOutcome", "COMPLETED");
        assertThat(parts()).extracting(PaymentPlanRepository.StoredPart::status).containsOnly("PAID");
        assertThat(plans.require(planId).status()).isEqualTo("COMPLETED");
    }

    @Test
    void payingEverythingEarlyCompletesAtTheNextCheck() {
        registerThreeParts();
        bills.applyPayment(billId, 100, 58_000, 0, 0, LocalDate.of(2026, 7, 1), "test");
        checkOn(LocalDate.of(2026, 7, 11));
        assertThat(plan).isEnded().hasPassed("Event_PaymentPlanCompleted");
        assertThat(parts()).extracting(PaymentPlanRepository.StoredPart::status).containsOnly("PAID");
    }

    void missFirstPart() {
        registerThreeParts();
        bills.applyPayment(billId, 100, 9_900, 0, 0, LocalDate.of(2026, 7, 10), "test");
        checkOn(LocalDate.of(2026, 7, 11));
        assertThat(plan).isWaitingAt("Task_HandlePaymentPlanBreach").variables().containsEntry("partPaid", false)
                .containsEntry("missedPartNo", 1);
        assertThat(task(plan)).isAssignedTo("tanaka");
        assertThat(parts().get(0).status()).isEqualTo("MISSED");
        assertThat(parts().get(0).paidAmount()).isEqualTo(10_000);
    }

    @Test
    void aMissedPartGoesBackToRemindersOnTheCollectorsDecision() {
        missFirstPart();
        complete(task(plan), withVariables("breachDecision", "REMIND", "breachReason", "連絡がつかない"));
        assertThat(plan).isEnded().hasPassed("Event_PaymentPlanToReminders").variables()
                .containsEntry("paymentPlanOutcome", "REMIND");
        assertThat(plans.require(planId).status()).isEqualTo("BREACHED");
        NegotiationLog.Entry last = log.of(caseId).get(log.of(caseId).size() - 1);
        assertThat(last.action()).isEqualTo(NegotiationAction.INSTALLMENT_MISSED);
        assertThat(last.result()).isEqualTo("第1回 不履行 → 催告に戻す");
        assertThat(last.note()).isEqualTo("連絡がつかない");
    }

    @Test
    void aMissedPartMayGoToPropertyInvestigation() {
        missFirstPart();
        complete(task(plan), withVariables("breachDecision", "INVESTIGATE", "breachReason", "納付意思なし"));
        assertThat(plan).isEnded().hasPassed("Event_PaymentPlanToInvestigation").variables()
                .containsEntry("paymentPlanOutcome", "INVESTIGATE");
        assertThat(plans.require(planId).status()).isEqualTo("BREACHED");
    }

    @Test
    void aContinuedPlanAsksForTheMissedAmountWithTheNextPart() {
        missFirstPart();
        complete(task(plan), withVariables("breachDecision", "CONTINUE", "breachReason", "入院のため。次回にまとめて納付"));
        assertThat(plan).isWaitingAt("Event_PartDuePassed").variables().containsEntry("partNo", 2)
                .doesNotContainKey("paymentPlanOutcome");
        assertThat(plans.require(planId).status()).isEqualTo("ACTIVE");
        // two parts are due by 8/10: 38,734 yen in all, 10,000 of it paid in July
        bills.applyPayment(billId, 0, 28_734, 0, 0, LocalDate.of(2026, 8, 10), "test");
        checkOn(LocalDate.of(2026, 8, 11));
        assertThat(plan).isWaitingAt("Event_PartDuePassed").variables().containsEntry("partNo", 3);
        assertThat(parts()).extracting(PaymentPlanRepository.StoredPart::status)
                .containsExactly("PAID", "PAID", "DUE");
    }

    @Test
    void aContinuedLastPartIsCheckedAgainOneIntervalLater() {
        startPlan();
        complete(task(plan), withVariables("planParts", 1, "firstPaymentDate", "2026-07-10"));
        planId = planId();
        assertThat(parts()).extracting(PaymentPlanRepository.StoredPart::amount).containsExactly(58_100L);
        checkOn(LocalDate.of(2026, 7, 11));
        assertThat(plan).isWaitingAt("Task_HandlePaymentPlanBreach");
        today(LocalDate.of(2026, 7, 13));
        complete(task(plan), withVariables("breachDecision", "CONTINUE", "breachReason", "月末に一括で払うとのこと"));
        assertThat(plan).isWaitingAt("Event_PartDuePassed");
        bills.applyPayment(billId, 100, 58_000, 0, 0, LocalDate.of(2026, 7, 31), "test");
        checkOn(LocalDate.of(2026, 8, 14));
        assertThat(plan).isEnded().hasPassed("Event_PaymentPlanCompleted");
        assertThat(parts().get(0).status()).isEqualTo("PAID");
    }

    @Test
    void partsOutsideOneTo24AreRefused() {
        startPlan();
        refused(withVariables("planParts", 0, "firstPaymentDate", "2026-07-10"), "planParts", "1以上");
        refused(withVariables("planParts", 25, "firstPaymentDate", "2026-07-10"), "planParts", "24以下");
        refused(withVariables("planParts", 2.5, "firstPaymentDate", "2026-07-10"), "planParts", "整数");
        refused(withVariables("planParts", 3, "firstPaymentDate", "2026-07-10", "intervalMonths", 13),
                "intervalMonths", "12以下");
        assertThat(plan).isWaitingAt("Task_RegisterPaymentPlan");
        assertThat(plans.findByCase(caseId)).isEmpty();
    }

    @Test
    void theFirstPaymentDateMustBeInTheFuture() {
        startPlan();
        refused(withVariables("planParts", 3), "firstPaymentDate", "必須");
        refused(withVariables("planParts", 3, "firstPaymentDate", "2026-06-20"), "firstPaymentDate", "明日以降");
        refused(withVariables("planParts", 3, "firstPaymentDate", "2026-06-01"), "firstPaymentDate", "明日以降");
        assertThat(plan).isWaitingAt("Task_RegisterPaymentPlan");
        assertThat(plans.findByCase(caseId)).isEmpty();
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::action)
                .doesNotContain(NegotiationAction.INSTALLMENT_PLEDGE);
    }

    @Test
    void aBreachNeedsADecisionAndAReason() {
        missFirstPart();
        refused(withVariables("breachDecision", "CONTINUE"), "breachReason", "必須");
        refused(withVariables("breachDecision", "FORGIVE", "breachReason", "x"), "breachDecision", "選択肢にない値");
        assertThat(plan).isWaitingAt("Task_HandlePaymentPlanBreach");
    }
}
