package jp.lg.collection.delinquency.acceleration;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.TestUsers;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.OverdueSweep;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.StoredDocument;
import jp.lg.collection.documents.StoredPdfs;
import jp.lg.collection.forms.Briefing;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 繰上徴収 (bpmn/accelerated-collection.bpmn), every path: a collector proposes on 2026-06-15 to bring the taxpayer's
 * installments due 7/31 and 9/30 forward to 6/25 after his bankruptcy; a manager approves — the installments open a
 * case that issues no 督促状 and waits for 6/26 (法329①ただし書, 331①二), or join the case he has — or rejects, and
 * nothing changes. What the law does not allow is refused on the proposal form.
 */
class AcceleratedCollectionProcessTest extends ProcessTestSupport {

    static final LocalDate PROPOSED = LocalDate.of(2026, 6, 15);
    static final LocalDate JULY = LocalDate.of(2026, 7, 31);
    static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 30);
    static final LocalDate NEW_DUE = LocalDate.of(2026, 6, 25);

    @Autowired
    AcceleratedCollectionRepository accelerations;
    @Autowired
    DocumentRepository documents;
    @Autowired
    NegotiationLog log;

    String addresseeNo;
    long july;
    long september;
    ProcessInstance process;

    @BeforeEach
    void staff() {
        TestUsers.staff(engine.getIdentityService());
    }

    void taxpayerWithTwoInstallmentsNotYetDue() {
        addresseeNo = newTaxpayer("tanaka");
        july = newBill(addresseeNo, 30_000, JULY);
        september = newBill(addresseeNo, 45_000, SEPTEMBER);
    }

    /** tanaka starts the proposal through the API; it waits in his Tasklist with the installments offered. */
    void start() throws Exception {
        today(PROPOSED);
        mvc().perform(post("/api/taxpayers/" + addresseeNo + "/accelerated-collections").with(member("tanaka", "collectors")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith("K2026-")));
        process = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AcceleratedCollectionController.PROCESS_KEY)
                .variableValueEquals("addresseeNo", addresseeNo).singleResult();
        assertThat(process).isWaitingAt("Task_ProposeAcceleration");
        assertThat(task()).isAssignedTo("tanaka");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task().getId()))
                .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId).contains("collectors", "managers");
        assertThat(offered()).contains("\"" + july + "\"").contains("納期限 令和8年7月31日");
    }

    /** The installments the proposal offers (the checklist's choices). */
    String offered() {
        return String.valueOf(engine.getTaskService().getVariableLocal(task().getId(),
                OfferAccelerableInstallments.CHOICES));
    }

    void propose(List<Long> chosen) {
        complete(task(), withVariables("acceleratedBills", chosen.stream().map(String::valueOf).toList(),
                "accelerationGround", "BANKRUPTCY",
                "accelerationFacts", "令和8年6月10日 さいたま地方裁判所熊谷支部 破産手続開始決定",
                "acceleratedDueDate", "2026/06/25"));
        assertThat(process).isWaitingAt("Task_DecideAcceleration");
        assertThat(task()).hasCandidateGroup("managers");
    }

    void decide(Map<String, Object> variables) {
        engine.getIdentityService().setAuthentication("sato", List.of("managers"));
        try {
            complete(task(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    String briefing() {
        return (String) engine.getTaskService().getVariableLocal(task().getId(), Briefing.VARIABLE);
    }

    @Test
    void approvedForATaxpayerWithoutACaseTheInstallmentsOpenOneWithoutADunningNotice() throws Exception {
        taxpayerWithTwoInstallmentsNotYetDue();
        start();
        assertThat(cases.findOpenCaseOf(addresseeNo)).isEmpty();
        assertThat(offered()).contains("\"" + september + "\"").contains("納期限 令和8年9月30日");
        propose(List.of(july, september));
        assertThat(briefing()).contains("繰上げの理由: **破産手続開始の決定があったこと (法13の2①一)**")
                .contains("令和8年6月25日").contains("起案: 田中 一郎").contains("令和8年7月31日").contains("令和8年9月30日")
                .contains("新しい案件を開始します").contains("令和8年6月26日 から差押ができます (法331①二)");

        decide(withVariables("accelerationApproved", "true"));

        assertThat(process).isEnded().hasPassed("Task_IssueAccelerationNotice", "Task_JoinAcceleratedInstallments",
                "Event_InstallmentsJoined");
        String caseId = cases.findOpenCaseOf(addresseeNo).orElseThrow();
        for (long id : List.of(july, september)) {
            TaxBill bill = bills.require(id);
            assertThat(bill.dueDate()).isEqualTo(NEW_DUE);
            assertThat(bill.caseId()).isEqualTo(caseId);
            assertThat(bill.dunningIssuedOn()).as("法329①ただし書: no 督促").isNull();
        }
        assertThat(jdbc.sql("SELECT due_date_before_acceleration FROM tax_bill WHERE id = ?").param(july)
                .query(LocalDate.class).single()).isEqualTo(JULY);
        var row = accelerations.require(accelerations.ofTaxpayer(addresseeNo).get(0).id());
        assertThat(row.status()).isEqualTo("APPROVED");
        assertThat(row.decidedBy()).isEqualTo("sato");
        assertThat(row.caseId()).isEqualTo(caseId);

        // the case's process runs its 督促 phase, which issues nothing and waits until a seizure is lawful: 6/26
        ProcessInstance caseProcess = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).processDefinitionKey(OverdueSweep.PROCESS_KEY).singleResult();
        ProcessInstance dunning = dunningOf(caseProcess);
        assertThat(dunning).isWaitingAt("Event_SeizureEligible");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(dunning.getId()).singleResult()
                .getDuedate()).isEqualTo(Today.startOf(LocalDate.of(2026, 6, 26)));
        assertThat(StoredPdfs.of(documents, caseId, DocumentKind.DUNNING_NOTICE)).isEmpty();

        StoredDocument notice = StoredPdfs.only(documents, caseId, DocumentKind.ACCELERATED_COLLECTION_NOTICE);
        assertThat(notice.addresseeNo()).isEqualTo(addresseeNo);
        assertThat(notice.createdOn()).isEqualTo(PROPOSED);
        assertThat(StoredPdfs.joined(documents, notice)).contains("繰上徴収告知書").contains("令和8年6月15日")
                .contains("地方税法第13条の2第1項第1号").contains("破産手続開始決定").contains("令和8年6月25日")
                .contains("令和8年7月31日").contains("令和8年9月30日").contains("75,000")
                .contains("督促状を発することなく").contains("地方税法第331条第1項第2号").contains("審査請求");
        NegotiationLog.Entry entry = log.of(caseId).stream()
                .filter(e -> e.action() == NegotiationAction.ACCELERATED_COLLECTION).findFirst().orElseThrow();
        assertThat(entry.collector()).isEqualTo("sato");
        assertThat(entry.result()).contains("法13の2①一").contains("令和8年6月25日");
        assertThat(StoredPdfs.idsIn(entry.note())).containsExactly(notice.id());
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::action).contains(NegotiationAction.CASE_OPENED)
                .doesNotContain(NegotiationAction.DUNNING_NOTICE);
    }

    @Test
    void approvedForATaxpayerWithACaseTheInstallmentJoinsItAndIsNotDunned() throws Exception {
        addresseeNo = newTaxpayer("tanaka");
        newBill(addresseeNo, 58_000, LocalDate.of(2026, 5, 31));
        july = newBill(addresseeNo, 30_000, JULY);
        DunnedCase dunned = openDunnedCase(addresseeNo, LocalDate.of(2026, 6, 10));
        start();
        assertThat(offered()).doesNotContain("令和8年5月31日");
        propose(List.of(july));
        assertThat(briefing()).contains("編入先の案件: " + dunned.caseId());

        decide(withVariables("accelerationApproved", "true"));

        assertThat(process).isEnded().hasPassed("Event_InstallmentsJoined");
        assertThat(cases.findOpenCaseOf(addresseeNo)).contains(dunned.caseId());
        TaxBill bill = bills.require(july);
        assertThat(bill.caseId()).isEqualTo(dunned.caseId());
        assertThat(bill.dueDate()).isEqualTo(NEW_DUE);
        assertThat(bill.dunningIssuedOn()).isNull();
        // no 「追加期別の督促」: the case still has only its first Dunning phase
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(dunned.process().getId())
                .processDefinitionKey("Dunning").count()).isEqualTo(1);
        assertThat(log.of(dunned.caseId())).extracting(NegotiationLog.Entry::action)
                .contains(NegotiationAction.BILL_JOINED, NegotiationAction.ACCELERATED_COLLECTION);
        assertThat(StoredPdfs.only(documents, dunned.caseId(), DocumentKind.ACCELERATED_COLLECTION_NOTICE).createdOn())
                .isEqualTo(PROPOSED);
    }

    @Test
    void rejectedNothingChangesAndTheRejectionNeedsItsReason() throws Exception {
        taxpayerWithTwoInstallmentsNotYetDue();
        start();
        propose(List.of(july));
        refused(task(), withVariables("accelerationApproved", "false"), "accelerationDecisionReason", "却下の理由");
        decide(withVariables("accelerationApproved", "false", "accelerationDecisionReason",
                "破産管財人に交付要求をするため繰上徴収は不要"));

        assertThat(process).isEnded().hasPassed("Event_AccelerationRejected")
                .hasNotPassed("Task_IssueAccelerationNotice", "Task_JoinAcceleratedInstallments");
        assertThat(bills.require(july).dueDate()).isEqualTo(JULY);
        assertThat(bills.require(july).caseId()).isNull();
        assertThat(cases.findOpenCaseOf(addresseeNo)).isEmpty();
        var row = accelerations.ofTaxpayer(addresseeNo).get(0);
        assertThat(row.status()).isEqualTo("REJECTED");
        assertThat(row.decisionReason()).contains("交付要求");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document WHERE addressee_no = ?").param(addresseeNo)
                .query(Long.class).single()).isZero();
    }

    @Test
    void whatTheLawDoesNotAllowIsRefusedOnTheProposalForm() throws Exception {
        taxpayerWithTwoInstallmentsNotYetDue();
        long due = newBill(addresseeNo, 10_000, LocalDate.of(2026, 6, 1));
        start();
        Task proposal = task();
        Map<String, Object> base = Map.of("accelerationGround", "DISSOLUTION", "accelerationFacts", "令和8年6月12日 解散の登記");
        refused(proposal, with(base, "acceleratedBills", List.of(String.valueOf(july)), "acceleratedDueDate", "2026/08/01"),
                "acceleratedDueDate", "本来の納期限 (令和8年7月31日)");
        refused(proposal, with(base, "acceleratedBills", List.of(String.valueOf(july)), "acceleratedDueDate", "2026/06/14"),
                "acceleratedDueDate", "告知の日");
        refused(proposal, with(base, "acceleratedBills", List.of(String.valueOf(due)), "acceleratedDueDate", "2026/06/20"),
                "acceleratedBills", "繰り上げられません");
        refused(proposal, with(base, "acceleratedBills", List.of(), "acceleratedDueDate", "2026/06/20"),
                "acceleratedBills", "繰り上げる期別");
        assertThat(process).isWaitingAt("Task_ProposeAcceleration");

        // a taxpayer with nothing left to bring forward is refused at the start
        String nothing = newTaxpayer("tanaka");
        newBill(nothing, 10_000, LocalDate.of(2026, 6, 1));
        mvc().perform(post("/api/taxpayers/" + nothing + "/accelerated-collections").with(member("sato", "managers")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("addresseeNo"));
    }

    @Test
    void anApprovalAfterTheProposedDueDateHasPassedIsRefused() throws Exception {
        taxpayerWithTwoInstallmentsNotYetDue();
        start();
        propose(List.of(july));
        today(LocalDate.of(2026, 6, 26)); // the proposed due date has passed while the proposal waited
        refused(task(), withVariables("accelerationApproved", "true"), "accelerationApproved", "却下して再起案");
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... more) {
        Map<String, Object> all = new java.util.HashMap<>(base);
        for (int i = 0; i < more.length; i += 2) {
            all.put((String) more[i], more[i + 1]);
        }
        return all;
    }
}
