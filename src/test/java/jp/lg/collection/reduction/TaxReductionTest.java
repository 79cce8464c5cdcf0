package jp.lg.collection.reduction;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.TestUsers;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.LateCharges;
import jp.lg.collection.documents.PdfText;
import jp.lg.collection.forms.Briefing;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * 減免 on application (bpmn/tax-reduction.bpmn), every path: in time, reviewed and granted (the 軽自動車税 of a person
 * with a disability exempted in full; half of a 市民税 already overdue, its late charge falling with it); in time,
 * reviewed and rejected; late, straight to the manager and rejected. The applications the ordinance does not allow
 * are refused at the counter (400). The ordinance of application.yaml: 軽自動車税 by the due date, 市民税 7 days before.
 */
class TaxReductionTest extends ProcessTestSupport {

    @Autowired
    TaxReductionRepository reductions;
    @Autowired
    DocumentRepository documents;
    @Autowired
    LateCharges lateCharges;
    @Autowired
    NegotiationLog log;

    String addresseeNo;
    ProcessInstance process;

    @BeforeEach
    void staff() {
        TestUsers.staff(engine.getIdentityService());
        addresseeNo = newTaxpayer("tanaka");
    }

    long lightVehicleTax(long principal, LocalDate due) {
        return bills.insert(new TaxBill(0, addresseeNo, due.getYear(), due.getYear(), TaxItem.LIGHT_VEHICLE,
                "LV" + addresseeNo + "-" + System.nanoTime() % 100000, 1, principal, 0, 0, 0, 0, 0, due, due, null, null,
                "OPEN", null), "test");
    }

    /** The counter (tanaka) registers the application; the process starts. */
    void apply(long billId, String ground, String receivedOn, String evidence) throws Exception {
        mvc().perform(post("/api/taxpayers/" + addresseeNo + "/tax-reductions").with(member("tanaka", "collectors"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"billId": %d, "ground": "%s", "receivedOn": "%s", "statement": "身体障害者手帳1級。本人が運転", "evidence": [%s]}
                        """.formatted(billId, ground, receivedOn, evidence)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith("RD")));
        process = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(TaxReductionController.PROCESS_KEY).variableValueEquals("addresseeNo", addresseeNo)
                .active().singleResult();
        assertThat(process).isStarted();
    }

    void asManager(Runnable action) {
        engine.getIdentityService().setAuthentication("sato", List.of("managers"));
        try {
            action.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    String briefing() {
        return (String) engine.getTaskService().getVariableLocal(task().getId(), Briefing.VARIABLE);
    }

    TaxReductionRepository.Reduction reduction() {
        return reductions.ofTaxpayer(addresseeNo).get(0);
    }

    String notice() {
        return PdfText.joined(documents.content(reduction().noticeDocumentId()).orElseThrow());
    }

    static Map<String, Object> allChecked(Object... more) {
        Map<String, Object> v = new java.util.HashMap<>(Map.of("reviewApplicationComplete", true,
                "reviewEvidenceComplete", true, "reviewGroundMet", true, "reviewAmountChecked", true));
        for (int i = 0; i < more.length; i += 2) {
            v.put((String) more[i], more[i + 1]);
        }
        return v;
    }

    @Test
    void inTimeReviewedAndGrantedTheLightVehicleTaxIsExemptedAndTheApplicantNotified() throws Exception {
        long bill = lightVehicleTax(10_800, LocalDate.of(2026, 6, 1));
        today(LocalDate.of(2026, 5, 20));
        apply(bill, "DISABILITY", "2026-05-20", "\"身体障害者手帳(1級)\", \"運転免許証\", \"自動車検査証\"");
        assertThat(process).hasPassed("Task_CheckReductionDeadline").isWaitingAt("Task_ReviewReduction");
        assertThat(task()).hasCandidateGroup("collectors");
        assertThat(briefing()).contains("減免の事由: **身体障害者等が使用する軽自動車等 (熊谷市税条例)**")
                .contains("申請期限: 令和8年6月1日").contains("添付あり").contains("受付: 田中 一郎").contains("10,800円");
        refused(task(), withVariables("reviewOpinion", "GRANT", "reviewApplicationComplete", true,
                "reductionAmount", "10,800"), "reviewEvidenceComplete", "すべての確認事項");
        complete(task(), allChecked("reviewOpinion", "GRANT", "reductionAmount", "10,800",
                "reviewNote", "手帳の原本と障害福祉課の情報を照合"));

        assertThat(process).isWaitingAt("Task_DecideReduction");
        assertThat(task()).hasCandidateGroup("managers");
        assertThat(briefing()).contains("審査の意見: **減免相当**").contains("添付書類、減免事由への該当");
        asManager(() -> complete(task(), withVariables("reductionApproved", "true", "reductionAmount", "10,800")));

        assertThat(process).isEnded().hasPassed("Task_ReduceBill", "Task_NotifyReductionDecision", "Event_ReductionGranted");
        TaxBill exempted = bills.require(bill);
        assertThat(exempted.principal()).isZero();
        assertThat(exempted.status()).isEqualTo("EXEMPTED");
        assertThat(jdbc.sql("SELECT reduced_amount FROM tax_bill WHERE id = ?").param(bill).query(Long.class).single())
                .isEqualTo(10_800L);
        TaxReductionRepository.Reduction r = reduction();
        assertThat(r.status()).isEqualTo("GRANTED");
        assertThat(r.reducedAmount()).isEqualTo(10_800);
        assertThat(r.principalBefore()).isEqualTo(10_800L);
        assertThat(r.principalAfter()).isZero();
        assertThat(r.decidedBy()).isEqualTo("sato");
        assertThat(r.reviewedBy()).isEqualTo("system");
        assertThat(notice()).contains("減免決定通知書").contains("令和8年5月20日に申請のあった")
                .contains("地方税法第463条の23及び熊谷市税条例の規定により").contains("減免額10,800円")
                .contains("全額を減免しました").contains("審査請求");

        mvc().perform(get("/api/tax-reductions/statistics").param("from", "2026-05-01").param("to", "2026-05-31")
                        .with(member("sato", "managers")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.ground == 'DISABILITY' && @.status == 'GRANTED')].applications").exists());
        long granted = reductions.statistics(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)).stream()
                .filter(c -> c.ground() == ReductionGround.DISABILITY && c.status().equals("GRANTED"))
                .mapToLong(TaxReductionRepository.Count::amount).sum();
        assertThat(granted).isGreaterThanOrEqualTo(10_800);
    }

    @Test
    void halfOfAnOverdueTaxGrantedItsLateChargeFallsWithItAndTheCaseRecordsIt() throws Exception {
        long bill = newBill(addresseeNo, 1_000_000, LocalDate.of(2026, 6, 30));
        today(LocalDate.of(2026, 6, 20)); // 市民税: 7 days before the due date, 6/23, is the last day
        apply(bill, "DISASTER", "2026-06-20", "\"り災証明書\", \"損害の状況を明らかにする書類\"");
        complete(task(), allChecked("reviewOpinion", "GRANT", "reductionAmount", "500,000"));
        // the decision takes until 8/31: meanwhile the tax fell due, was swept into a case and dunned
        openDunnedCase(addresseeNo, LocalDate.of(2026, 7, 10));
        String caseId = bills.require(bill).caseId();
        today(LocalDate.of(2026, 8, 31));
        assertThat(process).isWaitingAt("Task_DecideReduction");
        Long before = lateCharges.owedOn(bills.require(bill), LocalDate.of(2026, 8, 31));
        asManager(() -> complete(task(), withVariables("reductionApproved", "true", "reductionAmount", "500,000")));

        assertThat(process).isEnded().hasPassed("Event_ReductionGranted");
        TaxBill reduced = bills.require(bill);
        assertThat(reduced.principal()).isEqualTo(500_000);
        assertThat(reduced.status()).isEqualTo("OPEN");
        Long after = lateCharges.owedOn(reduced, LocalDate.of(2026, 8, 31));
        assertThat(before).isGreaterThan(after);
        assertThat(after).isPositive().isLessThanOrEqualTo(before / 2 + 100);
        assertThat(log.of(caseId)).anyMatch(e -> e.action() == NegotiationAction.TAX_REDUCTION
                && e.result().contains("減免 500,000円") && "sato".equals(e.collector()));
        assertThat(cases.findOpenCaseOf(addresseeNo)).contains(caseId);
        assertThat(notice()).contains("減免前の税額1,000,000円").contains("減免後の税額500,000円")
                .contains("地方税法第323条及び熊谷市税条例");
    }

    @Test
    void inTimeButRejectedTheBillStaysAndTheReasonIsPrinted() throws Exception {
        long bill = lightVehicleTax(10_800, LocalDate.of(2026, 6, 1));
        today(LocalDate.of(2026, 5, 25));
        apply(bill, "DISABILITY", "2026-05-25", "\"運転免許証\"");
        refused(task(), withVariables("reviewOpinion", "REJECT"), "reviewNote", "理由");
        complete(task(), withVariables("reviewOpinion", "REJECT", "reviewNote", "手帳の等級が条例の基準に満たない"));
        assertThat(briefing()).contains("減免不相当");
        refused(task(), withVariables("reductionApproved", "false"), "reductionDecisionReason", "却下の理由");
        asManager(() -> complete(task(), withVariables("reductionApproved", "false", "reductionDecisionReason",
                "身体障害者手帳の障害の程度が条例に定める基準に該当しないため。")));

        assertThat(process).isEnded().hasPassed("Task_NotifyReductionRejection", "Event_ReductionRejected")
                .hasNotPassed("Task_ReduceBill");
        assertThat(bills.require(bill).principal()).isEqualTo(10_800);
        assertThat(bills.require(bill).status()).isEqualTo("OPEN");
        assertThat(reduction().status()).isEqualTo("REJECTED");
        assertThat(reduction().reducedAmount()).isZero();
        assertThat(notice()).contains("減免申請却下通知書").contains("身体障害者手帳の障害の程度が条例に定める基準に該当しないため")
                .doesNotContain("申請期限(").contains("税額は変わりません");
    }

    @Test
    void aLateApplicationGoesStraightToTheManagerAndIsRejectedNamingTheDeadline() throws Exception {
        long bill = lightVehicleTax(10_800, LocalDate.of(2026, 6, 1));
        today(LocalDate.of(2026, 6, 3));
        apply(bill, "DISABILITY", "2026-06-02", "\"身体障害者手帳(2級)\"");
        assertThat(process).isWaitingAt("Task_DecideReduction").hasNotPassed("Task_ReviewReduction");
        assertThat(reduction().inTime()).isFalse();
        assertThat(briefing()).contains("申請期限後");
        refused(task(), withVariables("reductionApproved", "true", "reductionAmount", "10,800"),
                "reductionDecisionReason", "特別の理由");
        asManager(() -> complete(task(), withVariables("reductionApproved", "false", "reductionDecisionReason",
                "条例の定める特別の事情はありません。")));

        assertThat(process).isEnded().hasPassed("Event_ReductionRejected");
        assertThat(notice()).contains("申請期限(令和8年6月1日)を過ぎた申請であるため。条例の定める特別の事情はありません。");
    }

    @Test
    void applicationsTheOrdinanceDoesNotAllowAreRefusedAtTheCounter() throws Exception {
        long resident = newBill(addresseeNo, 50_000, LocalDate.of(2026, 6, 30));
        long vehicle = lightVehicleTax(10_800, LocalDate.of(2026, 6, 1));
        today(LocalDate.of(2026, 5, 20));
        refusedAtCounter(addresseeNo, "{\"billId\": " + resident + ", \"ground\": \"DISABILITY\"}", "ground");
        refusedAtCounter(addresseeNo, "{\"ground\": \"DISABILITY\"}", "billId");
        refusedAtCounter(newTaxpayer("tanaka"), "{\"billId\": " + vehicle + ", \"ground\": \"DISABILITY\"}", "billId");
        refusedAtCounter(addresseeNo, "{\"billId\": " + vehicle + ", \"ground\": \"DISABILITY\", \"receivedOn\": \"2026-05-21\"}",
                "receivedOn");
        refusedAtCounter(addresseeNo, "{\"billId\": " + vehicle + ", \"ground\": \"DISABILITY\", \"requestedAmount\": 10801}",
                "requestedAmount");
        bills.applyPayment(resident, 0, 1_000, 0, 0, LocalDate.of(2026, 5, 20), "test");
        refusedAtCounter(addresseeNo, "{\"billId\": " + resident + ", \"ground\": \"DISASTER\"}", "billId");
        apply(vehicle, "DISABILITY", "2026-05-20", "");
        refusedAtCounter(addresseeNo, "{\"billId\": " + vehicle + ", \"ground\": \"DISABILITY\"}", "billId");
    }

    void refusedAtCounter(String taxpayer, String json, String field) throws Exception {
        mvc().perform(post("/api/taxpayers/" + taxpayer + "/tax-reductions").with(member("sato", "managers"))
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value(field));
    }
}
