package jp.lg.collection.delinquency.grace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.PhaseTestSupport;
import jp.lg.collection.delinquency.payment.PaymentService;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.StoredDocument;
import jp.lg.collection.documents.StoredPdfs;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 猶予 as the law has it (法15–15の9), through the case: a case opened and dunned on 6/10 for a bill due 5/31, an
 * application for grace on 6/15 that starts the Grace phase beside the case's flow. Every path of grace.bpmn, and
 * what the grace holds in the other phases: the dunning notice and the reminders during a 徴収猶予 (法329②,
 * 15の2の3①), resumed when the grace ends or is revoked.
 */
class GraceTest extends PhaseTestSupport {

    static final LocalDate APPLIED = LocalDate.of(2026, 6, 15);
    static final LocalDate FROM = LocalDate.of(2026, 6, 20);
    static final LocalDate TO = LocalDate.of(2026, 12, 19);

    @Autowired
    GraceApplicationController applications;
    @Autowired
    GraceRepository graces;
    @Autowired
    DocumentRepository documents;
    @Autowired
    PaymentService payments;

    ProcessInstance caseProcess() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey("DelinquencyCase").singleResult();
    }

    ProcessInstance phase(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey(key).active().singleResult();
    }

    Task task(String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(key)
                .singleResult();
    }

    Job timer(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .singleResult();
    }

    void run(Job job) {
        engine.getManagementService().executeJob(job.getId());
    }

    void asManager(Task task, Map<String, Object> variables) {
        engine.getIdentityService().setAuthentication("suzuki", List.of("managers"));
        try {
            complete(task, variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    NegotiationLog.Entry last(NegotiationAction action) {
        return log.of(caseId).stream().filter(e -> e.action() == action).reduce((a, b) -> b).orElseThrow();
    }

    /** A 1,500,000 yen bill (fee 100): the grace needs security (over 100万円 and over 3 months). */
    void applied(GraceKind kind) {
        openDunnedCaseWithBills(1_500_000, LocalDate.of(2026, 5, 31));
        today(APPLIED);
        applications.applyForGrace(caseId, kind, FROM, TO);
        assertThat(phase("Grace")).isWaitingAt("Task_DecideGrace");
        assertThat(task("Task_DecideGrace")).hasCandidateGroup("managers");
    }

    static final String PLAN = "2026/07/31,500,000\n2026/9/30,500,000\n令和8年11月30日,500,100";

    /**
     * The permit with 分割納付 and security (法15③, 16①), the parts kept and then missed, the revocation after hearing
     * the taxpayer (法15の3①二・②・③) — and meanwhile no reminder letter (法15の2の3①), resumed on the day of the
     * revocation.
     */
    @Test
    void aMissedPartRevokesTheGraceAndTheRemindersResume() {
        applied(GraceKind.COLLECTION);
        Task decision = task("Task_DecideGrace");
        Map<String, Object> grant = withVariables("graceGranted", "true", "graceGround", "BUSINESS_LOSS",
                "graceInstallments", PLAN);
        refused(decision, grant, "graceSecurity", "担保の内容");
        Map<String, Object> secured = withVariables("graceGranted", "true", "graceGround", "BUSINESS_LOSS",
                "graceSecurity", "土地 熊谷市宮町一丁目1番 抵当権設定");
        secured.put("graceInstallments", "2026/07/31,500,000\n2026/09/30,500,000");
        refused(decision, secured, "graceInstallments", "分割納付の合計 1,000,000円が猶予に係る金額 1,500,100円と一致しません");
        secured.put("graceInstallments", "2026/07/31,500,000\n2026/12/20,1,000,100");
        refused(decision, secured, "graceInstallments", "2回目の納付期限 令和8年12月20日 が猶予期間");
        secured.put("graceInstallments", PLAN);
        asManager(decision, secured);

        ProcessInstance grace = phase("Grace");
        assertThat(grace).isWaitingAt("Gateway_DuringGrace").variables().containsKey("graceId");
        long graceId = ((Number) engine.getRuntimeService().getVariable(grace.getId(), "graceId")).longValue();
        Grace row = graces.require(graceId);
        assertThat(row.amount()).isEqualTo(1_500_100);
        assertThat(row.security()).isEqualTo("土地 熊谷市宮町一丁目1番 抵当権設定");
        assertThat(graces.installments(graceId)).hasSize(3);
        assertThat(timer(grace).getDuedate()).isEqualTo(Today.startOf(LocalDate.of(2026, 8, 1)));
        StoredDocument permit = StoredPdfs.only(documents, caseId, DocumentKind.GRACE_DECISION_NOTICE);
        assertThat(permit.title()).isEqualTo("徴収猶予許可通知書");
        assertThat(StoredPdfs.idsIn(last(NegotiationAction.GRACE).note())).containsExactly(permit.id());
        assertThat(StoredPdfs.text(documents, permit)).contains("試験 太郎　様").contains("1,500,100円")
                .contains("令和8年6月20日から令和8年12月19日まで").contains("令和8年9月30日").contains("500,100円")
                .contains("土地 熊谷市宮町一丁目1番 抵当権設定");
        assertThat(StoredPdfs.joined(documents, permit)).contains("地方税法第15条第1項第4号の規定により、その徴収を猶予した")
                .contains("同法第15条の2の2第1項の規定により通知します");

        // 6/21: the seizure would be lawful, the case goes to its reminders — but no letter during the grace
        today(LocalDate.of(2026, 6, 21));
        run(timer(dunningOf(caseProcess())));
        ProcessInstance reminders = phase("Reminders");
        run(engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).singleResult());
        assertThat(reminders).isWaitingAt("Event_CollectionGraceEnds").hasNotPassed("Task_PhoneReminder");
        assertThat(timer(reminders).getDuedate()).isEqualTo(Today.startOf(TO.plusDays(1)));
        assertThat(StoredPdfs.of(documents, caseId, DocumentKind.REMINDER_LETTER)).isEmpty();
        assertThat(last(NegotiationAction.REMINDER_LETTER).result()).isEqualTo("催告の保留 (徴収猶予中)");

        // the first part paid on 7/30: kept on 8/1, next look the day after the second part
        today(LocalDate.of(2026, 7, 30));
        payments.receive(caseId, 500_000, LocalDate.of(2026, 7, 30), "BANK", "G-" + caseId, "test");
        today(LocalDate.of(2026, 8, 1));
        run(timer(grace));
        assertThat(grace).isWaitingAt("Gateway_DuringGrace");
        assertThat(timer(grace).getDuedate()).isEqualTo(Today.startOf(LocalDate.of(2026, 10, 1)));

        // nothing on 9/30: missed (法15の3①二) — the manager decides, after hearing the taxpayer
        today(LocalDate.of(2026, 10, 1));
        run(timer(grace));
        assertThat(grace).isWaitingAt("Task_DecideGraceRevocation");
        assertThat(last(NegotiationAction.GRACE).result()).endsWith("分割納付の不履行");
        Task revocation = task("Task_DecideGraceRevocation");
        assertThat(revocation).hasCandidateGroup("managers");
        today(LocalDate.of(2026, 10, 6));
        refused(revocation, withVariables("graceRevoked", "true", "revocationGround", "INSTALLMENT_MISSED"),
                "explanationHeardOn", "弁明を聞いた日");
        asManager(revocation, withVariables("graceRevoked", "true", "revocationGround", "INSTALLMENT_MISSED",
                "explanationHeardOn", "2026/10/05", "explanationNote", "売上の入金が遅れた", "revocationReason",
                "9月30日の分割納付なし"));

        assertThat(grace).isEnded().hasPassed("Event_GraceRevoked");
        row = graces.require(graceId);
        assertThat(row.endsOn()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(row.revokedOn()).isEqualTo(LocalDate.of(2026, 10, 6));
        StoredDocument revoked = StoredPdfs.only(documents, caseId, DocumentKind.GRACE_REVOCATION_NOTICE);
        assertThat(StoredPdfs.idsIn(last(NegotiationAction.GRACE).note())).containsExactly(revoked.id());
        assertThat(StoredPdfs.text(documents, revoked)).contains("徴収猶予取消通知書").contains("令和8年10月6日")
                .contains("令和8年10月5日に聴取").contains("売上の入金が遅れた");
        assertThat(StoredPdfs.joined(documents, revoked)).contains("地方税法第15条の3第1項第2号の規定により")
                .contains("同条第3項の規定により通知します").contains("この取消処分に不服があるときは");

        // the reminders waited for 12/20: they resume on the day of the revocation
        assertThat(timer(reminders).getDuedate()).isEqualTo(Today.startOf(LocalDate.of(2026, 10, 6)));
        run(timer(reminders));
        run(engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).singleResult());
        assertThat(reminders).isWaitingAt("Task_PhoneReminder");
        assertThat(StoredPdfs.of(documents, caseId, DocumentKind.REMINDER_LETTER)).hasSize(1);
    }

    /** 法15の3②ただし書 aside, a compelling reason lets the grace run on; the manager says why. */
    @Test
    void theManagerMayLetTheGraceRunOnAfterAMissedPart() {
        applied(GraceKind.COLLECTION);
        asManager(task("Task_DecideGrace"), withVariables("graceGranted", "true", "graceGround", "ILLNESS",
                "graceSecurityWaiver", "担保となる財産がない", "graceInstallments", PLAN));
        ProcessInstance grace = phase("Grace");
        assertThat(graces.ofCase(caseId).get(0).securityWaiver()).isEqualTo("担保となる財産がない");
        today(LocalDate.of(2026, 8, 1));
        run(timer(grace));
        Task revocation = task("Task_DecideGraceRevocation");
        // the manager reads the grace as it runs: the plan with what was paid, and that it still holds the case
        assertThat(engine.getTaskService().getVariableLocal(revocation.getId(), "briefing").toString())
                .contains("徴収猶予中 (令和8年12月19日まで)").contains("**不履行**").contains("担保となる財産がない");
        refused(revocation, withVariables("graceRevoked", "false"), "revocationReason", "継続する理由");
        asManager(revocation, withVariables("graceRevoked", "false", "revocationReason", "入院のため。8月中に納付の見込み"));
        assertThat(grace).isWaitingAt("Gateway_DuringGrace");
        assertThat(timer(grace).getDuedate()).isEqualTo(Today.startOf(LocalDate.of(2026, 10, 1)));
        assertThat(graces.require(graces.ofCase(caseId).get(0).id()).endsOn()).isEqualTo(TO);
    }

    /** A refusal needs its reason and goes out with it and the 教示; the grace phase ends. */
    @Test
    void aRefusalIsNotifiedWithItsReason() {
        applied(GraceKind.REALIZATION);
        Task decision = task("Task_DecideGrace");
        refused(decision, withVariables("graceGranted", "false"), "graceReason", "不許可の理由");
        asManager(decision, withVariables("graceGranted", "false", "graceReason", "納付について誠実な意思が認められない"));
        assertThat(phase("Grace")).isNull();
        StoredDocument refusal = StoredPdfs.only(documents, caseId, DocumentKind.GRACE_DECISION_NOTICE);
        assertThat(refusal.title()).isEqualTo("換価の猶予不許可通知書");
        assertThat(StoredPdfs.text(documents, refusal)).contains("納付について誠実な意思が認められない");
        assertThat(StoredPdfs.joined(documents, refusal)).contains("この処分に不服があるときは");
        assertThat(graces.ofCase(caseId)).singleElement().satisfies(g -> assertThat(g.status()).isEqualTo("REJECTED"));
    }

    /**
     * 法15④ (applied to the 換価猶予 by 15の6③): an extension runs on from the day after the grace, 2 years in all at
     * most; the 延長許可通知書 goes out and the watch moves to the new end.
     */
    @Test
    void anExtensionRunsAtMostTwoYearsFromTheFirstDay() {
        openDunnedCaseWithBills(58_000, LocalDate.of(2026, 5, 31));
        today(APPLIED);
        applications.applyForGrace(caseId, GraceKind.REALIZATION, FROM, TO);
        asManager(task("Task_DecideGrace"), withVariables("graceGranted", "true"));
        ProcessInstance grace = phase("Grace");
        long graceId = ((Number) engine.getRuntimeService().getVariable(grace.getId(), "graceId")).longValue();
        assertThat(timer(grace).getDuedate()).isEqualTo(Today.startOf(TO.plusDays(1)));

        today(LocalDate.of(2026, 12, 10));
        assertThatThrownBy(() -> applications.applyForExtension(caseId, graceId + 1000, LocalDate.of(2027, 6, 19)))
                .hasMessageStartingWith("graceId:");
        applications.applyForExtension(caseId, graceId, LocalDate.of(2028, 6, 20));
        assertThat(grace).isWaitingAt("Task_DecideGraceExtension");
        Task extension = task("Task_DecideGraceExtension");
        refused(extension, withVariables("extensionGranted", "true"), "extensionTo", "令和10年6月19日まで");
        asManager(extension, withVariables("extensionGranted", "true", "extensionTo", "2027/06/19"));

        assertThat(grace).isWaitingAt("Gateway_DuringGrace");
        assertThat(timer(grace).getDuedate()).isEqualTo(Today.startOf(LocalDate.of(2027, 6, 20)));
        List<Grace> rows = graces.ofCase(caseId);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).extendsGraceId()).isEqualTo(graceId);
        assertThat(rows.get(1).startsOn()).isEqualTo(TO.plusDays(1));
        assertThat(rows.get(1).endsOn()).isEqualTo(LocalDate.of(2027, 6, 19));
        List<StoredDocument> papers = StoredPdfs.of(documents, caseId, DocumentKind.GRACE_DECISION_NOTICE);
        assertThat(papers).extracting(StoredDocument::title).containsExactly("換価の猶予許可通知書", "換価の猶予期間延長許可通知書");
        assertThat(StoredPdfs.text(documents, papers.get(1))).contains("令和8年6月20日から令和9年6月19日まで");
        assertThat(StoredPdfs.joined(documents, papers.get(1)))
                .contains("地方税法第15条の6第3項において準用する同法第15条第4項の規定により");

        // the extended grace ends: the phase ends on the day after its last day
        today(LocalDate.of(2027, 6, 20));
        run(timer(grace));
        assertThat(grace).isEnded().hasPassed("Event_GraceEnded");
    }

    /** A collector reports a new arrear (法15の3①四): the manager revokes; the proposal names the grace. */
    @Test
    void aProposedRevocationReachesTheManager() {
        openDunnedCaseWithBills(58_000, LocalDate.of(2026, 5, 31));
        today(APPLIED);
        applications.applyForGrace(caseId, GraceKind.COLLECTION, FROM, TO);
        asManager(task("Task_DecideGrace"), withVariables("graceGranted", "true", "graceGround", "DISASTER"));
        ProcessInstance grace = phase("Grace");
        long graceId = ((Number) engine.getRuntimeService().getVariable(grace.getId(), "graceId")).longValue();
        today(LocalDate.of(2026, 9, 1));
        applications.proposeRevocation(caseId, graceId, jp.lg.collection.rules.GraceRevocationGround.NEW_ARREARS,
                "8月期の固定資産税が未納", null);
        assertThat(grace).isWaitingAt("Task_DecideGraceRevocation").variables()
                .containsEntry("revocationGround", "NEW_ARREARS");
        asManager(task("Task_DecideGraceRevocation"), withVariables("graceRevoked", "true", "revocationGround",
                "NEW_ARREARS", "explanationRefused", true));
        assertThat(grace).isEnded().hasPassed("Event_GraceRevoked");
        assertThat(graces.require(graceId).endsOn()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(StoredPdfs.text(documents, StoredPdfs.only(documents, caseId, DocumentKind.GRACE_REVOCATION_NOTICE)))
                .contains("新たに他の地方団体の徴収金を滞納した").contains("正当な理由なく弁明をしなかった");
    }

    /**
     * 法329②: an installment that falls overdue while the case is under a 徴収猶予 is not dunned until the grace has
     * ended; then its 督促状 goes out by itself.
     */
    @Test
    void noDunningNoticeDuringACollectionGraceUntilItEnds() {
        openDunnedCaseWithBills(58_000, LocalDate.of(2026, 5, 31));
        today(APPLIED);
        applications.applyForGrace(caseId, GraceKind.COLLECTION, FROM, LocalDate.of(2026, 8, 19));
        asManager(task("Task_DecideGrace"), withVariables("graceGranted", "true", "graceGround", "ILLNESS"));
        int notices = StoredPdfs.of(documents, caseId, DocumentKind.DUNNING_NOTICE).size();

        long second = newBill(addresseeNo, 57_000, LocalDate.of(2026, 6, 30));
        today(LocalDate.of(2026, 7, 2));
        sweep(LocalDate.of(2026, 7, 2));
        assertThat(bills.require(second).caseId()).isEqualTo(caseId);
        ProcessInstance dunning = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).processDefinitionKey("Dunning").active().list().stream()
                .filter(p -> timer(p) != null && timer(p).getDuedate().equals(Today.startOf(LocalDate.of(2026, 8, 20))))
                .findFirst().orElseThrow();
        assertThat(dunning).isWaitingAt("Event_CollectionGraceEnds").hasNotPassed("Event_SeizureEligible");
        assertThat(bills.require(second).dunningIssuedOn()).isNull();
        assertThat(StoredPdfs.of(documents, caseId, DocumentKind.DUNNING_NOTICE)).hasSize(notices);
        assertThat(last(NegotiationAction.DUNNING_NOTICE).result()).isEqualTo("督促の保留 (徴収猶予中)");

        today(LocalDate.of(2026, 8, 20));
        run(timer(dunning));
        assertThat(dunning).isWaitingAt("Event_SeizureEligible");
        assertThat(bills.require(second).dunningIssuedOn()).isEqualTo(LocalDate.of(2026, 8, 20));
        assertThat(StoredPdfs.of(documents, caseId, DocumentKind.DUNNING_NOTICE)).hasSize(notices + 1);
    }

    /**
     * At the seizure the case waits for a 徴収猶予 (法15の2の3①) — and for an extension of it — but not for a 換価猶予,
     * which holds only the sale.
     */
    @Test
    void theSeizureWaitsForACollectionGraceNotForARealizationGrace() {
        openDunnedCaseWithBills(58_000, LocalDate.of(2026, 5, 31));
        today(LocalDate.of(2026, 6, 21));
        graces.record(caseId, GraceKind.REALIZATION, null, FROM, TO, true, null, "suzuki", APPLIED);
        ProcessInstance enforcing = engine.getRuntimeService().createProcessInstanceByKey("DelinquencyCase")
                .businessKey(caseId).setVariable("caseId", caseId).setVariable("addresseeNo", addresseeNo)
                .setVariable("assignedCollector", "tanaka").startBeforeActivity("Task_CheckGrace").execute();
        assertThat(enforcing).isWaitingAt("CallActivity_Seizure");
        engine.getRuntimeService().deleteProcessInstance(enforcing.getId(), "test", true);

        long first = graces.decide(new GraceRepository.Decision(caseId, GraceKind.COLLECTION,
                jp.lg.collection.rules.GraceGround.ILLNESS, FROM, LocalDate.of(2026, 7, 19), true, null, "suzuki",
                APPLIED, 58_100L, null, null, null));
        graces.decide(new GraceRepository.Decision(caseId, GraceKind.COLLECTION,
                jp.lg.collection.rules.GraceGround.ILLNESS, LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 19), true,
                null, "suzuki", LocalDate.of(2026, 7, 10), 58_100L, null, null, first));
        enforcing = engine.getRuntimeService().createProcessInstanceByKey("DelinquencyCase")
                .businessKey(caseId).setVariable("caseId", caseId).setVariable("addresseeNo", addresseeNo)
                .setVariable("assignedCollector", "tanaka").startBeforeActivity("Task_CheckGrace").execute();
        assertThat(enforcing).isWaitingAt("Event_GraceEnds");
        assertThat(timer(enforcing).getDuedate()).isEqualTo(Today.startOf(LocalDate.of(2026, 7, 20)));
        today(LocalDate.of(2026, 7, 20));
        run(timer(enforcing));
        // the extension runs on: the case looks again and waits for its end
        assertThat(enforcing).isWaitingAt("Event_GraceEnds");
        assertThat(timer(enforcing).getDuedate()).isEqualTo(Today.startOf(LocalDate.of(2026, 8, 20)));
        today(LocalDate.of(2026, 8, 20));
        run(timer(enforcing));
        assertThat(enforcing).isWaitingAt("CallActivity_Seizure");
        engine.getRuntimeService().deleteProcessInstance(enforcing.getId(), "test", true);
    }

    /** Bad input to the extension and revocation API answers with the field. */
    @Test
    void theApiRefusesWhatNothingWaitsFor() {
        openDunnedCaseWithBills(58_000, LocalDate.of(2026, 5, 31));
        assertThatThrownBy(() -> applications.proposeRevocation(caseId, 1, jp.lg.collection.rules.GraceRevocationGround
                .FRAUD, "x".repeat(1001), null)).hasMessageStartingWith("note:");
        assertThatThrownBy(() -> applications.proposeRevocation(caseId, 1, jp.lg.collection.rules.GraceRevocationGround
                .FRAUD, null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("graceId:");
    }
}
