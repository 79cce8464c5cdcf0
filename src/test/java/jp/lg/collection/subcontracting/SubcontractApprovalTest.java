package jp.lg.collection.subcontracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.forms.TaskInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

/** 再委託承認: registration, review against the checklist, correction, the manager's approval or refusal. */
@AutoConfigureMockMvc
class SubcontractApprovalTest extends ProcessTestSupport {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Autowired
    SubcontractIntake intake;
    @Autowired
    SubcontractRegister register;
    @Autowired
    SubcontractController controller;

    String requestId;

    static SubcontractRequest kumagayaLikeRequest() {
        return new SubcontractRequest("株式会社 熊谷情報サービス", "株式会社 北関東データ入力", "課税資料のデータ入力",
                "宛名番号、氏名、住所、個人番号、課税標準額", 8_170, true, "埼玉県熊谷市本町一丁目5番地 入力センター3階",
                "入退室管理、持込み端末の禁止、作業ログの保存、取扱者10名を特定", DAY.plusDays(10), DAY.plusDays(60),
                List.of("取扱規程.pdf", "再委託先誓約書.pdf"), "tanaka");
    }

    ProcessInstance request() {
        today(DAY);
        requestId = intake.register(kumagayaLikeRequest(), "tanaka");
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(requestId)
                .processDefinitionKey("SubcontractApproval").singleResult();
    }

    static Map<String, Object> checklist(ContractClause... missing) {
        Map<String, Object> values = new HashMap<>();
        for (ContractClause clause : ContractClause.values()) {
            values.put(clause.field(), !List.of(missing).contains(clause));
        }
        values.put("reviewNote", "申請書・添付書類を確認");
        return values;
    }

    @Test
    void aCompleteRequestIsApprovedWithConditionsAndTheApprovalDocumentIsIssued() {
        ProcessInstance approval = request();
        assertThat(approval).isWaitingAt("Task_ReviewSubcontractRequest");
        assertThat(task("Task_ReviewSubcontractRequest", approval)).isAssignedTo("tanaka");
        assertThat(register.require(requestId).status()).isEqualTo(SubcontractRegister.Status.REVIEW);
        complete(task("Task_ReviewSubcontractRequest", approval), checklist());
        assertThat(approval).isWaitingAt("Task_ApproveSubcontract");
        assertThat(task("Task_ApproveSubcontract", approval)).hasCandidateGroup("managers");
        assertThat(register.require(requestId).status()).isEqualTo(SubcontractRegister.Status.APPROVAL);

        complete(task("Task_ApproveSubcontract", approval),
                withVariables("decision", "APPROVE", "conditions", "作業場所を申請の入力センターに限る"));
        assertThat(approval).isWaitingAt("Task_IssueApprovalDocument");
        execute(job("Task_IssueApprovalDocument", approval));
        assertThat(approval).isWaitingAt("CallActivity_SubcontractObligations");
        ProcessInstance obligations = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(approval.getId()).singleResult();
        assertThat(obligations).isWaitingAt("Event_PeriodEnded");
        assertThat(obligations.getBusinessKey()).isEqualTo(requestId);
        assertThat(job("Event_PeriodEnded", obligations).getDuedate())
                .isEqualTo(jp.lg.collection.system.Today.startOf(LocalDate.of(2026, 8, 1)));

        SubcontractRegister.Entry entry = register.require(requestId);
        assertThat(entry.status()).isEqualTo(SubcontractRegister.Status.APPROVED);
        assertThat(entry.decidedOn()).isEqualTo(DAY);
        assertThat(entry.conditions()).isEqualTo("作業場所を申請の入力センターに限る");
        assertThat(register.approvalDocument(requestId)).get().asString()
                .contains("再委託承認書", requestId, "株式会社 熊谷情報サービス 様", "令和8年6月1日",
                        "令和8年6月11日から令和8年7月31日まで", "8,170件", "第10条第1項",
                        "作業場所を申請の入力センターに限る");
        // the letter as sent: a PDF with the register row (no taxpayer, so not among the case documents)
        byte[] pdf = register.approvalPdf(requestId).orElseThrow();
        assertThat(jp.lg.collection.documents.PdfText.of(pdf)).contains("再　委　託　承　認　書", requestId,
                "株式会社 熊谷情報サービス　様", "令和8年6月1日", "令和8年6月11日から令和8年7月31日まで", "8,170件",
                "株式会社 北関東データ入力", "熊谷市長");
        assertThat(jp.lg.collection.documents.PdfText.joined(pdf)).contains("番号の利用等に関する法律第10条第1項",
                "作業場所を申請の入力センターに限る", "消去結果報告書を提出すること");
        var response = controller.approvalPdf(requestId);
        assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(response.getHeaders().getFirst("Content-Disposition")).contains(requestId + ".pdf");
        assertThat(response.getBody()).isEqualTo(pdf);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document WHERE kind = 'SUBCONTRACT_APPROVAL'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void missingChecklistItemsGoBackToTheContractorAndReturnToReview() {
        ProcessInstance approval = request();
        complete(task("Task_ReviewSubcontractRequest", approval),
                checklist(ContractClause.SUBCONTRACTOR_PLEDGE, ContractClause.DELETION_AT_END));
        assertThat(approval).isWaitingAt("Task_CorrectSubcontractRequest").variables()
                .containsEntry("missingItems", "終了時の消去と消去結果報告書の提出、再委託先の誓約書(守秘・再々委託の禁止)");
        assertThat(register.require(requestId).status()).isEqualTo(SubcontractRegister.Status.CORRECTION);

        assertThatThrownBy(() -> complete(task("Task_CorrectSubcontractRequest", approval), withVariables(
                "addedAttachments", "x.pdf"))).hasRootCauseInstanceOf(TaskInputException.class)
                .hasMessageContaining("correctionNote");
        complete(task("Task_CorrectSubcontractRequest", approval), withVariables("correctionNote",
                "6/3 委託先に連絡、6/5 誓約書と消去手順書の提出を受けた", "addedAttachments", "誓約書(再委託先).pdf\n消去手順書.pdf"));
        assertThat(approval).isWaitingAt("Task_ReviewSubcontractRequest");
        SubcontractRegister.Entry entry = register.require(requestId);
        assertThat(entry.corrections()).isEqualTo(1);
        assertThat(entry.attachments()).isEqualTo("取扱規程.pdf\n再委託先誓約書.pdf\n誓約書(再委託先).pdf\n消去手順書.pdf");

        complete(task("Task_ReviewSubcontractRequest", approval), checklist());
        assertThat(approval).isWaitingAt("Task_ApproveSubcontract");
    }

    @Test
    void aRefusalNeedsReasonsAndEndsTheRequest() {
        ProcessInstance approval = request();
        complete(task("Task_ReviewSubcontractRequest", approval), checklist());
        assertThatThrownBy(() -> complete(task("Task_ApproveSubcontract", approval), withVariables("decision",
                "REFUSE"))).isInstanceOf(TaskInputException.class).hasMessageContaining("refusalReason");
        assertThatThrownBy(() -> complete(task("Task_ApproveSubcontract", approval), withVariables("decision",
                "MAYBE"))).hasMessageContaining("選択肢にない値");
        complete(task("Task_ApproveSubcontract", approval),
                withVariables("decision", "REFUSE", "refusalReason", "再委託先の作業場所に入退室管理がない"));
        assertThat(approval).isEnded().hasPassed("Event_SubcontractRefused").hasNotPassed("Task_IssueApprovalDocument");
        SubcontractRegister.Entry entry = register.require(requestId);
        assertThat(entry.status()).isEqualTo(SubcontractRegister.Status.REFUSED);
        assertThat(entry.refusalReason()).isEqualTo("再委託先の作業場所に入退室管理がない");
        assertThat(register.approvalDocument(requestId)).isEmpty();
        assertThat(register.approvalPdf(requestId)).isEmpty();
        assertThat(controller.approvalPdf(requestId).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anIncompleteRequestIsRefusedAtTheDoor() {
        assertThatThrownBy(() -> new SubcontractRequest("A社", "B社", "入力", "氏名", 10, true, "熊谷市", "措置",
                DAY.plusDays(10), DAY, List.of(), null)).hasMessageStartingWith("periodTo:");
        assertThatThrownBy(() -> new SubcontractRequest("A社", " ", "入力", "氏名", 10, true, "熊谷市", "措置",
                DAY, DAY, List.of(), null)).hasMessageStartingWith("subcontractor:");
    }
}
