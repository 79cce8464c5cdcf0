package jp.lg.collection.subcontracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.breach.BreachRegister;
import jp.lg.collection.forms.TaskInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The contractor's obligations after approval: weekly reports and monthly oaths (received, or reminded and
 * escalated), on-site inspections (one finding an unapproved re-subcontract) and the deletion certificate.
 * The request is approved on 2026-06-01 for 2026-06-11 – 2026-07-31.
 */
@AutoConfigureMockMvc
@WithMockUser(username = "tanaka", authorities = "GROUP_collectors")
class SubcontractObligationsTest extends ProcessTestSupport {

    static final LocalDate DAY = SubcontractApprovalTest.DAY;

    @Autowired
    SubcontractIntake intake;
    @Autowired
    SubcontractRegister register;
    @Autowired
    BreachRegister breaches;
    @Autowired
    MockMvc mvc;

    String requestId;
    ProcessInstance approval;

    ProcessInstance approved() {
        today(DAY);
        requestId = intake.register(SubcontractApprovalTest.kumagayaLikeRequest(), "tanaka");
        approval = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(requestId)
                .processDefinitionKey("SubcontractApproval").singleResult();
        complete(task("Task_ReviewSubcontractRequest", approval), SubcontractApprovalTest.checklist());
        complete(task("Task_ApproveSubcontract", approval), withVariables("decision", "APPROVE"));
        execute(job("Task_IssueApprovalDocument", approval));
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(approval.getId())
                .singleResult();
    }

    void submit(String kind, String... expectRemindersEnded) throws Exception {
        var result = mvc.perform(post("/api/subcontracts/{id}/reports", requestId).param("kind", kind)
                .contentType("text/plain").content("週報 第1週")).andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value(kind));
        if (expectRemindersEnded.length > 0) {
            result.andExpect(jsonPath("$.remindersEnded").value(Integer.parseInt(expectRemindersEnded[0])));
        }
    }

    @Test
    void aWeeklyReportReceivedInTimeNeedsNoReminder() throws Exception {
        ProcessInstance obligations = approved();
        today(DAY.plusDays(5));
        submit("WEEKLY", "0");
        today(DAY.plusDays(7));
        execute(job("Event_WeeklyReportDue", obligations));
        assertThat(obligations).hasPassed("Event_WeeklyReportOk").isWaitingAt("Event_PeriodEnded");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(obligations.getId()).count()).isZero();
        SubcontractRegister.Entry entry = register.require(requestId);
        assertThat(entry.lastWeeklyReportOn()).isEqualTo(DAY.plusDays(5));
        assertThat(entry.missedReports()).isZero();
        assertThat(register.reportsOf(requestId)).singleElement()
                .satisfies(r -> assertThat(r.recordedBy()).isEqualTo("tanaka"));
    }

    @Test
    void aMissedWeeklyReportIsRemindedThenEscalatedAndTheCollectorsConfirmationEndsBoth() {
        ProcessInstance obligations = approved();
        today(DAY.plusDays(7));
        execute(job("Event_WeeklyReportDue", obligations));
        Task reminder = task("Task_RemindWeeklyReport", obligations);
        assertThat(reminder).isAssignedTo("tanaka");
        assertThat(register.require(requestId).missedReports()).isEqualTo(1);

        today(DAY.plusDays(10));
        execute(job("Event_WeeklyReminderOverdue", obligations));
        assertThat(task("Task_EscalateWeeklyReport", obligations)).hasCandidateGroup("managers");
        assertThat(obligations).isWaitingAt("Task_RemindWeeklyReport", "Task_EscalateWeeklyReport");

        assertThatThrownBy(() -> complete(reminder, withVariables("reportReceivedOn", "2026-06-30")))
                .isInstanceOf(TaskInputException.class).hasMessageContaining("今日以前");
        complete(reminder, withVariables("reportReceivedOn", "2026-06-11", "reminderNote", "6/9 電話で督促、6/11 郵送で受領"));
        assertThat(obligations).hasPassed("Event_WeeklyReportConfirmed").isWaitingAt("Event_PeriodEnded");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(obligations.getId()).count()).isZero();
        assertThat(register.require(requestId).lastWeeklyReportOn()).isEqualTo(DAY.plusDays(10));
    }

    @Test
    void aWeeklyReportArrivingAfterTheReminderEndsIt() throws Exception {
        ProcessInstance obligations = approved();
        today(DAY.plusDays(7));
        execute(job("Event_WeeklyReportDue", obligations));
        today(DAY.plusDays(8));
        submit("WEEKLY", "1");
        assertThat(obligations).hasPassed("Event_WeeklyReportArrivedLate").hasNotPassed("Task_EscalateWeeklyReport");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(obligations.getId()).count()).isZero();
    }

    @Test
    void aMissedMonthlyOathIsEscalatedToAManagerAndEndsWhenItArrives() throws Exception {
        ProcessInstance obligations = approved();
        today(DAY.plusMonths(1));
        execute(job("Event_MonthlyOathDue", obligations));
        assertThat(task("Task_RemindMonthlyOath", obligations)).isAssignedTo("tanaka");
        today(DAY.plusMonths(1).plusDays(5));
        execute(job("Event_OathReminderOverdue", obligations));
        complete(task("Task_EscalateMonthlyOath", obligations),
                withVariables("escalationAction", "委託先責任者に作業の一時停止と改善報告を指示"));
        assertThat(obligations).hasPassed("Event_OathEscalationHandled").isWaitingAt("Task_RemindMonthlyOath");
        submit("OATH", "1");
        assertThat(obligations).hasPassed("Event_MonthlyOathArrivedLate");
        assertThat(register.require(requestId).lastOathOn()).isEqualTo(DAY.plusMonths(1).plusDays(5));

        today(DAY.plusMonths(2));
        execute(job("Event_MonthlyOathDue", obligations));
        assertThat(obligations).hasPassed("Event_MonthlyOathOk");
    }

    @Test
    void aMissedMonthlyOathConfirmedByTheCollector() {
        ProcessInstance obligations = approved();
        today(DAY.plusMonths(1));
        execute(job("Event_MonthlyOathDue", obligations));
        complete(task("Task_RemindMonthlyOath", obligations), withVariables("reportReceivedOn", "2026-07-01"));
        assertThat(obligations).hasPassed("Event_MonthlyOathConfirmed");
        assertThat(register.reportsOf(requestId)).extracting(SubcontractRegister.Report::kind)
                .containsExactly(ReportKind.OATH);
    }

    @Test
    void aCompliantInspectionIsRecorded() {
        ProcessInstance obligations = approved();
        today(DAY.plusMonths(1));
        execute(job("Event_InspectionDue", obligations));
        Task inspection = task("Task_InspectSubcontractor", obligations);
        assertThatThrownBy(() -> complete(inspection, withVariables("inspectedOn", "2026-07-01", "inspectionResult",
                "ISSUES"))).isInstanceOf(TaskInputException.class).hasMessageContaining("findings");
        complete(inspection, withVariables("inspectedOn", "2026-07-01", "inspectionResult", "COMPLIANT"));
        assertThat(obligations).hasPassed("Event_InspectionDone");
        assertThat(register.require(requestId).lastInspectionOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(register.reportsOf(requestId)).singleElement().satisfies(r -> assertThat(r.result()).isEqualTo("適正"));
    }

    @Test
    void anInspectionFindingUnapprovedResubcontractingOpensALinkedBreachCase() {
        ProcessInstance obligations = approved();
        today(DAY.plusMonths(1));
        execute(job("Event_InspectionDue", obligations));
        complete(task("Task_InspectSubcontractor", obligations), withVariables("inspectedOn", "2026-06-30",
                "inspectionResult", "UNAPPROVED_SUBCONTRACT", "findings", "入力作業の一部が承認のない別会社に再々委託されていた",
                "unapprovedPersons", 6312, "unapprovedMyNumber", true));
        assertThat(obligations).isWaitingAt("Task_ReportUnapprovedSubcontract");
        execute(job("Task_ReportUnapprovedSubcontract", obligations));
        assertThat(obligations).hasPassed("Event_BreachCaseOpened").isWaitingAt("Event_PeriodEnded");

        assertThat(register.require(requestId).status()).isEqualTo(SubcontractRegister.Status.BREACH);
        BreachRegister.Entry breach = breaches.ofSubcontract(requestId).get(0);
        assertThat(breach.affectedPersons()).isEqualTo(6312);
        assertThat(breach.involvesMyNumber()).isTrue();
        assertThat(breach.awareOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(breach.summary()).contains("無許可の再委託", requestId);
        ProcessInstance response = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(breach.breachId()).processDefinitionKey("BreachResponse").singleResult();
        assertThat(response).isWaitingAt("Task_TriageBreach").variables().containsEntry("subcontractId", requestId);
    }

    @Test
    void theDeletionCertificateIsEscalatedWhenLateAndEndsTheSubcontract() {
        ProcessInstance obligations = approved();
        today(LocalDate.of(2026, 8, 1));
        execute(job("Event_PeriodEnded", obligations));
        assertThat(task("Task_ObtainDeletionCertificate", obligations)).isAssignedTo("tanaka");
        today(LocalDate.of(2026, 8, 15));
        execute(job("Event_DeletionCertificateOverdue", obligations));
        assertThat(task("Task_EscalateDeletionCertificate", obligations)).hasCandidateGroup("managers");
        complete(task("Task_ObtainDeletionCertificate", obligations), withVariables("certificateReceivedOn",
                "2026-08-14", "deletionMethod", "令和8年8月10日 上書き消去、媒体は物理破壊"));
        assertThat(obligations).isEnded().hasPassed("Event_ObligationsFulfilled");
        assertThat(approval).isEnded().hasPassed("Event_SubcontractEnded");
        SubcontractRegister.Entry entry = register.require(requestId);
        assertThat(entry.status()).isEqualTo(SubcontractRegister.Status.COMPLETED);
        assertThat(entry.deletionCertifiedOn()).isEqualTo(LocalDate.of(2026, 8, 14));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(requestId).count()).isZero();
    }

    @Test
    void aDeletionCertificateThroughTheApiEndsTheSubcontract() throws Exception {
        ProcessInstance obligations = approved();
        today(LocalDate.of(2026, 8, 3));
        execute(job("Event_PeriodEnded", obligations));
        submit("DELETION", "1");
        assertThat(obligations).isEnded().hasPassed("Event_ObligationsFulfilled").hasNotPassed("Task_RecordDeletionCertificate");
        assertThat(register.require(requestId).status()).isEqualTo(SubcontractRegister.Status.COMPLETED);
    }

    @Test
    void theReportsApiRefusesWhatItCannotRecord() throws Exception {
        approved();
        mvc.perform(post("/api/subcontracts/{id}/reports", requestId).param("kind", "INSPECTION"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"));
        mvc.perform(post("/api/subcontracts/{id}/reports", requestId).param("kind", "WEEKLY")
                .param("receivedOn", "2026-06-02")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("receivedOn"));
        mvc.perform(post("/api/subcontracts/{id}/reports", "SC1999-000000").param("kind", "WEEKLY"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("requestId"));
    }
}
