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
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.delinquency.grace.GraceApplicationController;
import jp.lg.collection.delinquency.grace.GraceKind;
import jp.lg.collection.delinquency.payment.PaymentService;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What can happen to a case at any time: payment, death (承継), grace (猶予), limitation (時効). */
class CaseEventsTest extends CaseTestSupport {

    @Autowired
    PaymentService payments;
    @Autowired
    CaseEventsController caseEvents;
    @Autowired
    GraceApplicationController graceApplications;
    @Autowired
    LimitationCheck limitation;




    @Test
    void paymentInFullEndsTheCaseAndTheNextOverdueBillOpensANewOne() {
        caseAtPhoneReminder();
        // 58,000 principal + 100 fee; paid 6/25: late charge 58,000 → base 58,000 × 2.8 % × 25 / 365 = 111 → under
        // 1,000 yen, not collected (法20の4の2④), so 58,100 settles it
        PaymentService.Receipt receipt = payments.receive(caseId, 58_100, LocalDate.of(2026, 6, 25), "BANK", "R-1",
                "test");
        assertThat(receipt.paidInFull()).isTrue();
        assertThat(caseProcess).isWaitingAt("Task_ReleaseSeizuresOnPayment");
        execute(job());
        assertThat(caseProcess).isEnded().hasPassed("Event_CasePaidInFull");
        assertThat(sub("Reminders")).isNull();
        assertThat(cases.statusOf(caseId)).isEqualTo("CLOSED");
        assertThat(cases.findOpenCaseOf(addresseeNo)).isEmpty();

        newBill(addresseeNo, 57_000, LocalDate.of(2026, 8, 31));
        today(LocalDate.of(2026, 9, 2));
        sweep(LocalDate.of(2026, 9, 2));
        assertThat(cases.findOpenCaseOf(addresseeNo)).isPresent().get().isNotEqualTo(caseId);
    }

    @Test
    void aPartPaymentKeepsTheCaseAndRenewsTheLimitationPeriod() {
        caseAtPhoneReminder();
        PaymentService.Receipt receipt = payments.receive(caseId, 20_000, LocalDate.of(2026, 6, 22), "CVS", "R-2",
                "test");
        assertThat(receipt.paidInFull()).isFalse();
        // the fee comes first: 100 to the fee, 19,900 to the principal
        assertThat(receipt.balance()).isEqualTo(38_100);
        assertThat(caseProcess).isActive().hasPassed("Task_RecordPartialPayment");
        assertThat(sub("Reminders")).isWaitingAt("Task_PhoneReminder");
        // paid 6/22: the acknowledgement restarts the period the next day, after the dunning's restart of 6/21
        assertThat(bills.findByCase(caseId).get(0).limitationStart()).isEqualTo(LocalDate.of(2026, 6, 23));

        PaymentService.Receipt again = payments.receive(caseId, 20_000, LocalDate.of(2026, 6, 22), "CVS", "R-2",
                "test");
        assertThat(again.alreadyRecorded()).isTrue();
        assertThat(bills.balanceOfCase(caseId)).isEqualTo(38_100);
    }

    @Test
    void onDeathTheDebtPassesToTheHeirsByTheirShares() {
        caseAtPhoneReminder();
        String wife = newTaxpayer(null);
        String son = newTaxpayer(null);
        today(LocalDate.of(2026, 6, 22)); // the resident register reports a death of the day before
        caseEvents.death(addresseeNo, LocalDate.of(2026, 6, 21));
        assertThat(caseProcess).isWaitingAt("Task_DetermineHeirs");
        assertThat(sub("Reminders")).isNull();

        assertThatThrownBy(() -> complete(task(caseProcess), withVariables("heirs", wife + ",1/2\n" + son + ",1/3")))
                .hasMessageContaining("合計が1になりません");
        assertThatThrownBy(() -> complete(task(caseProcess), withVariables("heirs", wife + ";1/2")))
                .hasMessageContaining("1行目");

        complete(task(caseProcess), withVariables("heirs", wife + ",1/2\n" + son + ",1/2"));
        assertThat(caseProcess).isEnded().hasPassed("Event_CaseSucceeded");
        assertThat(cases.statusOf(caseId)).isEqualTo("CLOSED");
        assertThat(taxpayers.require(addresseeNo).deceased()).isTrue();
        // 58,000 / 2 = 29,000 each; the fee 100 / 2 = 50 each
        List<TaxBill> wifes = jdbc.sql("SELECT id FROM tax_bill WHERE addressee_no = ?").param(wife).query(Long.class)
                .list().stream().map(bills::require).toList();
        assertThat(wifes).singleElement().satisfies(b -> {
            assertThat(b.principal()).isEqualTo(29_000);
            assertThat(b.dunningFee()).isEqualTo(50);
            assertThat(b.dunningIssuedOn()).isEqualTo(LocalDate.of(2026, 6, 10));
        });
        sweep(LocalDate.of(2026, 6, 22));
        assertThat(cases.findOpenCaseOf(wife)).isPresent();
        assertThat(cases.findOpenCaseOf(son)).isPresent();
    }

    @Test
    void seizureWaitsUntilAGrantedGraceEnds() {
        caseAtPhoneReminder();
        graceApplications.applyForGrace(caseId, GraceKind.COLLECTION,
                LocalDate.of(2026, 6, 20), LocalDate.of(2026, 9, 19));
        // the Grace phase of the case (grace.bpmn), started beside the case's flow
        Task decision = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey("Task_DecideGrace").singleResult();
        assertThat(decision).hasCandidateGroup("managers");
        assertThatThrownBy(() -> complete(decision, withVariables("graceGranted", "true", "graceTo", "2027-07-01")))
                .hasMessageContaining("graceTo");
        // a granted 徴収猶予 needs its ground: it decides the late-charge reduction (法15の9)
        assertThatThrownBy(() -> complete(decision, withVariables("graceGranted", "true")))
                .hasMessageContaining("graceGround");
        complete(decision, withVariables("graceGranted", "true", "graceGround", "BUSINESS_LOSS"));
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::action).contains(NegotiationAction.GRACE);
        assertThat(jdbc.sql("SELECT ground FROM grace WHERE case_id = ?").param(caseId).query(String.class).single())
                .isEqualTo("BUSINESS_LOSS");

        // the case reaches seizure (investigation decided SEIZE): it waits for the grace to end
        ProcessInstance enforcing = engine.getRuntimeService().createProcessInstanceByKey("DelinquencyCase")
                .businessKey(caseId).setVariable("caseId", caseId).setVariable("addresseeNo", addresseeNo)
                .setVariable("assignedCollector", "tanaka").startBeforeActivity("Task_CheckGrace").execute();
        assertThat(enforcing).isWaitingAt("Event_GraceEnds");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(enforcing.getId()).singleResult()
                .getDuedate()).isEqualTo(Today.startOf(LocalDate.of(2026, 9, 20)));
        engine.getRuntimeService().deleteProcessInstance(enforcing.getId(), "test", true);
    }

    @Test
    void whenTheLimitationPeriodHasRunTheCaseGoesToWriteOff() {
        caseAtPhoneReminder();
        jdbc.sql("UPDATE tax_bill SET limitation_start = ? WHERE case_id = ?").params(LocalDate.of(2021, 6, 21), caseId)
                .update();
        assertThat(limitation.run(LocalDate.of(2026, 6, 20))).doesNotContain(caseId);
        assertThat(limitation.run(LocalDate.of(2026, 6, 21))).contains(caseId);
        assertThat(bills.findByCase(caseId)).allSatisfy(b -> assertThat(b.status()).isEqualTo("EXTINGUISHED"));
        assertThat(caseProcess).isWaitingAt("CallActivity_WriteOffExtinguished");
        assertThat(sub("WriteOff")).isNotNull();
    }

    @Test
    void aCaseCancelledInCockpitIsClosedSoTheTaxpayerIsNotBlocked() {
        caseAtPhoneReminder();
        engine.getRuntimeService().deleteProcessInstance(caseProcess.getId(), "誤登録");
        assertThat(cases.statusOf(caseId)).isEqualTo("CLOSED");
        assertThat(cases.findOpenCaseOf(addresseeNo)).isEmpty();
    }
}
