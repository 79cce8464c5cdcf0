package jp.lg.collection.delinquency;

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
import jp.lg.collection.delinquency.payment.PaymentService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole case through the main model and its phases, as a collector and a manager work it in Tasklist:
 * each test walks one road from the sweep to the case's end (the phases' own tests walk their inner paths).
 */
class DelinquencyLifecycleTest extends CaseTestSupport {

    @Autowired
    PaymentService payments;




    /** The collector sends the case to investigation, asks one bank and one other target, records the answer. */
    void investigateAndFind(String assetKind, String description, long value) {
        complete(task(sub("Reminders")), withVariables("contactResult", "INVESTIGATE", "contactNote", "納付意思なし"));
        assertThat(caseProcess).isWaitingAt("CallActivity_PropertyInvestigation");
        ProcessInstance investigation = sub("PropertyInvestigation");
        String kind = "DEPOSIT".equals(assetKind) ? "BANK" : "VEHICLE_REGISTRY";
        complete(task(investigation), withVariables("inquiryTargets",
                List.of(kind + ":" + ("BANK".equals(kind) ? "熊谷銀行 本店" : "関東運輸局 熊谷自動車検査登録事務所"))));
        execute(job(investigation));
        complete(task(investigation), withVariables("answerKind", "ASSET_FOUND", "assetKind", assetKind,
                "assetDescription", description, "estimatedValue", value, "thirdPartyDebtor",
                "DEPOSIT".equals(assetKind) ? "株式会社熊谷銀行" : ""));
        assertThat(investigation).isWaitingAt("Task_DecideAfterInvestigation");
        complete(task(investigation), withVariables("investigationDecision", "SEIZE", "decisionReason", "預金あり"));
        assertThat(caseProcess).hasPassed("Task_CheckGrace").isWaitingAt("CallActivity_Seizure");
    }

    /** Proposal by the collector, rejection and approval by the manager, execution. */
    ProcessInstance seize(Map<String, Object> proposal) {
        ProcessInstance seizure = sub("Seizure");
        complete(task(seizure), proposal);
        assertThat(task(seizure)).hasCandidateGroup("managers");
        complete(task(seizure), withVariables("seizureApproved", "false", "decisionReason", "評価額の根拠を添付のこと"));
        assertThat(seizure).isWaitingAt("Task_ProposeSeizure");
        complete(task(seizure), proposal);
        complete(task(seizure), withVariables("seizureApproved", "true"));
        execute(job(seizure));
        return seizure;
    }

    /** The manager approves the statement; the payout comes on the day 7 days have passed (徴132). */
    void distribute() {
        assertThat(caseProcess).isWaitingAt("CallActivity_Distribution");
        ProcessInstance distribution = sub("Distribution");
        complete(task(distribution), withVariables("statementDecision", "APPROVE"));
        execute(job(distribution));
        execute(job(distribution));
    }

    @Test
    void depositSeizedCollectedAndDistributedSettlesTheCase() {
        caseAtPhoneReminder();
        investigateAndFind("DEPOSIT", "熊谷銀行 本店 普通 1234567", 80_000);
        ProcessInstance seizure = seize(withVariables("proposalReason", "納付の意思がなく、財産が判明したため", "dispositionKind", "SEIZURE", "assetKind", "DEPOSIT",
                "assetDescription", "熊谷銀行 本店 普通 1234567", "thirdPartyDebtor", "株式会社熊谷銀行",
                "estimatedValue", 80_000L));
        assertThat(seizure).isWaitingAt("Task_RecordCollection");
        today(LocalDate.of(2026, 6, 29));
        complete(task(seizure), withVariables("collectionResult", "COLLECTED", "collectedAmount", 80_000L,
                "collectedOn", "2026-06-29"));
        distribute();

        assertThat(caseProcess).isEnded().hasPassed("Event_CaseSettled");
        assertThat(cases.statusOf(caseId)).isEqualTo("CLOSED");
        assertThat(bills.balanceOfCase(caseId)).isZero();
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::action).containsSubsequence(
                NegotiationAction.DUNNING_NOTICE, NegotiationAction.PHONE_CALL, NegotiationAction.PROPERTY_INQUIRY,
                NegotiationAction.SEIZURE_PROPOSED, NegotiationAction.SEIZURE_DECIDED,
                NegotiationAction.SEIZURE_EXECUTED, NegotiationAction.DISTRIBUTION, NegotiationAction.CASE_CLOSED);
    }

    @Test
    void aVehicleIsSoldAtAuctionAndTheProceedsDistributed() {
        caseAtPhoneReminder();
        investigateAndFind("VEHICLE", "普通乗用自動車 熊谷 300 あ 12-34", 300_000);
        ProcessInstance seizure = seize(withVariables("proposalReason", "納付の意思がなく、財産が判明したため", "dispositionKind", "SEIZURE", "assetKind", "VEHICLE",
                "assetDescription", "普通乗用自動車 熊谷 300 あ 12-34", "estimatedValue", 300_000L));
        assertThat(seizure).isEnded();
        assertThat(caseProcess).isWaitingAt("CallActivity_PublicAuction");
        ProcessInstance auction = sub("PublicAuction");
        today(LocalDate.of(2026, 7, 1));
        complete(task(auction), withVariables("estimatedPrice", 200_000L, "auctionDay", "2026-07-12"));
        execute(job(auction));
        today(LocalDate.of(2026, 7, 12));
        execute(job(auction));
        complete(task(auction), withVariables("bids", "佐藤一郎,190000\n熊谷モータース,260000"));
        // a registered vehicle is 不動産等: the sale is decided 7 days on, 7/19 (徴113①)
        assertThat(auction).isWaitingAt("Event_SaleDecisionDay");
        today(LocalDate.of(2026, 7, 19));
        execute(job(auction));
        complete(task(auction), withVariables("paidOn", "2026-07-19"));
        assertThat(auction).isEnded().hasPassed("Event_AuctionSold");
        distribute();
        assertThat(caseProcess).isEnded().hasPassed("Event_CaseSettled");
        assertThat(cases.statusOf(caseId)).isEqualTo("CLOSED");
    }

    @Test
    void withNoPropertyTheCaseIsSuspendedAndWrittenOffAfterThreeYears() {
        caseAtPhoneReminder();
        complete(task(sub("Reminders")), withVariables("contactResult", "INVESTIGATE"));
        ProcessInstance investigation = sub("PropertyInvestigation");
        complete(task(investigation), withVariables("inquiryTargets", List.of("BANK:熊谷銀行 本店")));
        execute(job(investigation));
        complete(task(investigation), withVariables("answerKind", "NOTHING"));
        complete(task(investigation), withVariables("investigationDecision", "SUSPEND", "decisionReason", "財産なし"));
        assertThat(caseProcess).isWaitingAt("CallActivity_Suspension");

        ProcessInstance suspension = sub("Suspension");
        complete(task(suspension), withVariables("suspensionGround", "NO_PROPERTY", "immediateExtinction", false,
                "suspensionReasons", "預金照会 該当なし"));
        complete(task(suspension), withVariables("suspensionDecision", "APPROVE"));
        today(LocalDate.of(2029, 6, 22)); // suspended 6/21/2026: the 3 years end with 6/21/2029
        execute(job(suspension));
        assertThat(caseProcess).isWaitingAt("CallActivity_WriteOff");
        ProcessInstance writeOff = sub("WriteOff");
        complete(task(writeOff), withVariables("writeOffDecision", "CONFIRM"));
        assertThat(caseProcess).isEnded().hasPassed("Event_CaseWrittenOff");
        assertThat(bills.findByCase(caseId)).allSatisfy(b -> assertThat(b.status()).isEqualTo("WRITTEN_OFF"));
        assertThat(cases.statusOf(caseId)).isEqualTo("CLOSED");
    }

    @Test
    void aPledgeIsPaidInPartsUntilPaymentInFullEndsTheCase() {
        caseAtPhoneReminder();
        complete(task(sub("Reminders")), withVariables("contactResult", "PLEDGE"));
        assertThat(caseProcess).isWaitingAt("CallActivity_PaymentPlan");
        ProcessInstance plan = sub("PaymentPlan");
        complete(task(plan), withVariables("planParts", 2, "firstPaymentDate", "2026-06-30", "intervalMonths", 1));
        payments.receive(caseId, 29_050, LocalDate.of(2026, 6, 30), "CVS", "PLEDGE-1", "test");
        assertThat(caseProcess).hasPassed("Task_RecordPartialPayment");
        today(LocalDate.of(2026, 7, 1));
        execute(job(plan));
        assertThat(plan).isWaitingAt("Event_PartDuePassed");
        payments.receive(caseId, bills.balanceOfCase(caseId), LocalDate.of(2026, 7, 30), "CVS", "PLEDGE-2", "test");
        assertThat(caseProcess).isWaitingAt("Task_ReleaseSeizuresOnPayment");
        execute(job());
        assertThat(caseProcess).isEnded().hasPassed("Event_CasePaidInFull");
        assertThat(sub("PaymentPlan")).isNull();
    }

    @Test
    void aBrokenPledgeGoesBackToReminders() {
        caseAtPhoneReminder();
        complete(task(sub("Reminders")), withVariables("contactResult", "PLEDGE"));
        ProcessInstance plan = sub("PaymentPlan");
        complete(task(plan), withVariables("planParts", 3, "firstPaymentDate", "2026-06-30", "intervalMonths", 1));
        today(LocalDate.of(2026, 7, 1));
        execute(job(plan));
        assertThat(plan).isWaitingAt("Task_HandlePaymentPlanBreach");
        complete(task(plan), withVariables("breachDecision", "REMIND", "breachReason", "連絡なし"));
        assertThat(caseProcess).isWaitingAt("CallActivity_Reminders");
        assertThat(sub("Reminders")).isWaitingAt("Task_SendReminderLetter");
    }
}
