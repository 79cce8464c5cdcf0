package jp.lg.collection.delinquency.seizure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import jp.lg.collection.TestUsers;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.StoredDocument;
import jp.lg.collection.documents.StoredPdfs;
import jp.lg.collection.forms.TaskInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 差押: every path of the Seizure model, started on its own for a case whose bill was dunned on 6/10. */
class SeizureTest extends SeizureTestSupport {

    @Autowired
    SeizureReleases releases;
    @Autowired
    jp.lg.collection.delinquency.grace.GraceRepository graces;
    @Autowired
    DocumentRepository documents;

    /**
     * The example shifted to June 10: dunned 6/10 (day 1) → the 10th day is 6/19 → 10 days have passed on
     * 6/20, still a day to pay → a seizure is lawful from 6/21 (法331①一).
     */
    @Test
    void aProposalIsRefusedOnTheLastDayToPayAndAcceptedTheDayAfter() {
        openCase(true);
        today(LocalDate.of(2026, 6, 20));
        ProcessInstance seizure = startSeizure();
        assertThatThrownBy(() -> complete(task(), deposit())).isInstanceOf(TaskInputException.class)
                .hasMessageStartingWith("dispositionKind: 差押は令和8年6月21日から可能です")
                .hasMessageContaining("督促状発付 令和8年6月10日").hasMessageContaining("10日を経過した日 令和8年6月20日");
        assertThat(seizure).isWaitingAt("Task_ProposeSeizure");
        assertThat(dispositions.findByCase(caseId)).isEmpty();

        today(LocalDate.of(2026, 6, 21));
        complete(task(), deposit());
        assertThat(seizure).isWaitingAt("Task_ApproveSeizure").variables()
                .containsEntry("dispositionKind", "SEIZURE").containsEntry("realizeBySale", false);
        Disposition d = dispositions.require(dispositionIdOf(seizure));
        assertThat(d.status()).isEqualTo(Disposition.PROPOSED);
        assertThat(d.proposedOn()).isEqualTo(LocalDate.of(2026, 6, 21));
        assertThat(d.proposedBy()).isEqualTo("tanaka");
        assertThat(d.estimatedValue()).isEqualTo(80_000);
        assertThat(last(NegotiationAction.SEIZURE_PROPOSED).result()).isEqualTo("差押 預貯金 (熊谷銀行 本店 普通 1234567)");
    }

    @Test
    void noDunningNoticeNoSeizure() {
        openCase(false);
        today(LocalDate.of(2026, 7, 1));
        startSeizure();
        assertThatThrownBy(() -> complete(task(), deposit())).hasMessageContaining("督促状が発付されていない");
    }

    @Test
    void aReceivableNeedsItsThirdPartyDebtor() {
        openCase(true);
        startSeizure();
        today(LAWFUL);
        assertThatThrownBy(() -> complete(task(), with(deposit(), "thirdPartyDebtor", " ")))
                .hasMessageStartingWith("thirdPartyDebtor:");
    }

    /**
     * Worked example (徴76①, 令34), one month: gross 400,000; income tax 10,000 + resident tax 20,000 + social
     * insurance 60,000 = 90,000; living 100,000 + 2 × 45,000 = 190,000; rest 400,000 − 90,000 − 190,000 =
     * 120,000, of which 20 % = 24,000; exempt 90,000 + 190,000 + 24,000 = 304,000 → seizable 96,000.
     * With gross 250,000 nothing is seizable and the proposal is refused.
     */
    @Test
    void aWageSeizureComputesTheSeizableAmount() {
        openCase(true);
        ProcessInstance seizure = startSeizure();
        today(LAWFUL);
        var wage = withVariables("proposalReason", "納付の意思がなく、財産が判明したため", "dispositionKind", "SEIZURE", "assetKind", "WAGE", "assetDescription",
                "給料 (株式会社熊谷製作所)", "thirdPartyDebtor", "株式会社熊谷製作所", "estimatedValue", 96_000L,
                "wageIncomeTax", 10_000L, "wageResidentTax", 20_000L, "wageSocialInsurance", 60_000L,
                "householdMembers", 2L);
        assertThatThrownBy(() -> complete(task(), with(wage, "wageGross", 250_000L)))
                .hasMessageStartingWith("wageGross: 差押可能額が0円です");
        complete(task(), with(wage, "wageGross", 400_000L));
        assertThat(seizure).isWaitingAt("Task_ApproveSeizure");
        assertThat(dispositions.require(dispositionIdOf(seizure)).seizableAmount()).isEqualTo(96_000L);
        assertThat(last(NegotiationAction.SEIZURE_PROPOSED).note()).contains("差押禁止額 304,000円")
                .contains("生活費 190,000円").contains("20%部分 24,000円").contains("差押可能額 96,000円");
        // the manager sees the wage calculation on the approval form
        assertThat(briefing()).contains("給与の差押可能額", "| 総支給額 | 400,000円 |", "| 差押禁止額 | 304,000円 |",
                "**差押可能額** | **96,000円**");
    }

    /** What 「差押の決裁」 shows, as its form's text: the manager decides with the facts in front of him. */
    String briefing() {
        return (String) engine.getTaskService().getVariableLocal(task().getId(), "briefing");
    }

    @Test
    void theApprovalFormShowsTheProposalTheDebtTheLawfulDayAndEarlierRejections() {
        openCase(true);
        ProcessInstance seizure = startSeizure();
        today(LAWFUL);
        complete(task(), with(deposit(), "proposalReason", "3回の催告に応答なし。給与振込口座の残高が十分"));
        assertThat(briefing()).contains("差押 預貯金", "熊谷銀行 本店 普通 1234567", "株式会社熊谷銀行", "80,000円",
                "起案理由: 3回の催告に応答なし。給与振込口座の残高が十分", "試験 太郎", "令和8年6月21日現在・延滞金を含む",
                "| 58,000円 |", "**合計**", "督促状発付日: 令和8年6月10日",
                "差押ができる最初の日: **令和8年6月21日 (2026/6/21) — 本日は差押できます**", "これまでの却下", "ありません");
        complete(task(), withVariables("seizureApproved", "false", "decisionReason", "残高照会の回答を添付してください"));
        complete(task(), deposit());
        assertThat(briefing()).contains("| 残高照会の回答を添付してください |");
    }

    @Test
    void theManagerRejectsWithAReasonAndApprovesTheRedraft() {
        openCase(true);
        ProcessInstance seizure = startSeizure();
        today(LAWFUL);
        complete(task(), deposit());
        long first = dispositionIdOf(seizure);
        assertThatThrownBy(() -> complete(task(), withVariables("seizureApproved", "false")))
                .hasMessageStartingWith("decisionReason: 却下する場合は理由を入力してください");
        complete(task(), withVariables("seizureApproved", "false", "decisionReason", "残高照会の回答を添付してください"));
        assertThat(seizure).isWaitingAt("Task_ProposeSeizure").variables()
                .containsEntry("decisionReason", "残高照会の回答を添付してください");
        assertThat(dispositions.require(first).status()).isEqualTo(Disposition.REJECTED);
        assertThat(dispositions.require(first).decisionReason()).isEqualTo("残高照会の回答を添付してください");

        complete(task(), with(deposit(), "estimatedValue", 75_000L));
        long second = dispositionIdOf(seizure);
        assertThat(second).isNotEqualTo(first);
        assertThat(seizure).as("the approval form does not open with the rejection's answers").isWaitingAt(
                "Task_ApproveSeizure").variables().doesNotContainKeys("seizureApproved", "decisionReason");
        complete(task(), withVariables("seizureApproved", "true"));
        assertThat(seizure).isWaitingAt("Task_ExecuteSeizure").variables().doesNotContainKey("decisionReason");
        assertThat(dispositions.require(second).decidedOn()).isEqualTo(LAWFUL);
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::action).containsSubsequence(
                NegotiationAction.SEIZURE_PROPOSED, NegotiationAction.SEIZURE_DECIDED,
                NegotiationAction.SEIZURE_PROPOSED, NegotiationAction.SEIZURE_DECIDED);
    }

    @Test
    void aDepositIsSeizedAndCollected() {
        TestUsers.staff(engine.getIdentityService());
        openCase(true);
        ProcessInstance seizure = proposedApprovedExecuted(deposit());
        assertThat(seizure).isWaitingAt("Task_RecordCollection");
        assertThat(task()).isAssignedTo("tanaka");
        long id = dispositionIdOf(seizure);
        assertThat(dispositions.require(id).status()).isEqualTo(Disposition.EXECUTED);
        assertThat(dispositions.require(id).executedOn()).isEqualTo(LAWFUL);
        assertThat(last(NegotiationAction.SEIZURE_EXECUTED).note())
                .contains("差押通知書 → 第三債務者 株式会社熊谷銀行 (徴62)").contains("差押調書謄本 → 滞納者 (徴54)");
        // the papers: 差押調書 for the taxpayer, 差押通知書 for the bank, both stored with the case and logged
        StoredDocument record = StoredPdfs.only(documents, caseId, DocumentKind.SEIZURE_RECORD);
        StoredDocument notice = StoredPdfs.only(documents, caseId, DocumentKind.SEIZURE_NOTICE);
        assertThat(StoredPdfs.idsIn(last(NegotiationAction.SEIZURE_EXECUTED).note()))
                .containsExactly(record.id(), notice.id());
        assertThat(record.createdOn()).isEqualTo(LAWFUL);
        assertThat(record.addresseeNo()).isEqualTo(addresseeNo);
        assertThat(notice.title()).isEqualTo("差押通知書(株式会社熊谷銀行)");
        // 本税 58,000 + 督促手数料 100; the late charge to 6/21 is under 1,000 yen and not charged (法20の4の2)
        assertThat(StoredPdfs.text(documents, record)).contains("差　押　調　書").contains("令和8年6月21日")
                .contains("試験 太郎").contains("熊谷銀行 本店 普通 1234567").contains("株式会社熊谷銀行")
                .contains("80,000円").contains("58,000").contains("58,100円").contains("徴税吏員　田中 一郎"); // the name, not the id
        assertThat(StoredPdfs.joined(documents, record)).contains("国税徴収法第54条の規定により、差押調書を作成する");
        assertThat(StoredPdfs.text(documents, notice)).contains("株式会社熊谷銀行　御中").contains("債　権　差　押　通　知　書")
                .contains("令和8年6月21日").contains("試験 太郎").contains("差押債権の額").contains("58,100円")
                .contains("令和8年6月28日");
        assertThat(StoredPdfs.joined(documents, notice)).contains("国税徴収法第62条第1項")
                .contains("滞納者への弁済は禁止されます").contains("滞納金額に満つるまでの金額");

        today(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> complete(task(), withVariables("collectionResult", "COLLECTED", "collectedAmount",
                58_100L, "collectedOn", "2026-07-01"))).hasMessageStartingWith("collectedOn:");
        complete(task(), withVariables("collectionResult", "COLLECTED", "collectedAmount", 58_100L, "collectedOn",
                "2026-06-29"));
        assertThat(seizure).isEnded().hasPassed("Event_SeizureCollected").variables()
                .containsEntry("seizureOutcome", "COLLECTED").containsEntry("dispositionId", id);
        Disposition d = dispositions.require(id);
        assertThat(d.status()).isEqualTo(Disposition.COLLECTED);
        assertThat(d.collectedAmount()).isEqualTo(58_100);
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::action).containsExactly(
                NegotiationAction.CASE_OPENED, NegotiationAction.DUNNING_NOTICE, NegotiationAction.SEIZURE_PROPOSED,
                NegotiationAction.SEIZURE_DECIDED, NegotiationAction.SEIZURE_EXECUTED,
                NegotiationAction.SEIZURE_EXECUTED);
        assertThat(last(NegotiationAction.SEIZURE_EXECUTED).result()).endsWith("取立");
    }

    @Test
    void realEstateIsRegisteredAndLeftForRealization() {
        openCase(true);
        ProcessInstance seizure = proposedApprovedExecuted(asset("REAL_ESTATE", "熊谷市宮町二丁目47番1 宅地 165.29㎡",
                3_000_000L));
        assertThat(seizure).isEnded().hasPassed("Event_SeizureToRealize").variables()
                .containsEntry("seizureOutcome", "REALIZE");
        // no registry office on the proposal: the city's default (collection.seizure.land-registry)
        assertThat(last(NegotiationAction.SEIZURE_EXECUTED).note()).contains("差押書 → 滞納者 (徴68①)")
                .contains("差押登記の嘱託 → さいたま地方法務局熊谷支局 (徴68③)");
        // no third-party debtor: the 差押調書, the 差押書 to the taxpayer and the request to register the seizure
        StoredDocument record = StoredPdfs.only(documents, caseId, DocumentKind.SEIZURE_RECORD);
        StoredDocument document = StoredPdfs.only(documents, caseId, DocumentKind.SEIZURE_DOCUMENT);
        StoredDocument request = StoredPdfs.only(documents, caseId, DocumentKind.REGISTRATION_REQUEST);
        assertThat(StoredPdfs.of(documents, caseId, DocumentKind.SEIZURE_NOTICE)).isEmpty();
        assertThat(StoredPdfs.idsIn(last(NegotiationAction.SEIZURE_EXECUTED).note()))
                .containsExactly(record.id(), document.id(), request.id());
        assertThat(StoredPdfs.text(documents, record)).contains("不動産").contains("熊谷市宮町二丁目47番1 宅地 165.29㎡")
                .contains("3,000,000円").contains("第三債務者");
        assertThat(document.title()).isEqualTo("差押書(不動産)");
        assertThat(StoredPdfs.text(documents, document)).contains("差　押　書").contains("試験 太郎　様")
                .contains("熊谷市宮町二丁目47番1 宅地 165.29㎡").contains("令和8年6月21日").contains("58,000")
                .contains("さいたま地方法務局熊谷支局");
        assertThat(StoredPdfs.joined(documents, document)).contains("地方税法第331条第6項において準用する国税徴収法第68条第1項")
                .contains("この差押処分に不服があるときは");
        assertThat(request.title()).isEqualTo("差押登記嘱託書");
        assertThat(StoredPdfs.text(documents, request)).contains("さいたま地方法務局熊谷支局　御中")
                .contains("令和8年6月21日差押").contains("試験 太郎");
        assertThat(StoredPdfs.joined(documents, request)).contains("国税徴収法第68条第3項の規定により、差押の登記を嘱託します");
        assertThat(dispositions.require(dispositionIdOf(seizure)).status()).isEqualTo(Disposition.EXECUTED);
    }

    @Test
    void nothingToCollectReleasesTheSeizure() {
        openCase(true);
        ProcessInstance seizure = proposedApprovedExecuted(deposit());
        today(LocalDate.of(2026, 6, 25));
        complete(task(), withVariables("collectionResult", "RELEASE", "collectionNote", "残高0円"));
        assertThat(seizure).isWaitingAt("Task_ReleaseSeizure");
        execute(job());
        assertThat(seizure).isEnded().hasPassed("Event_SeizureReleased").variables()
                .containsEntry("seizureOutcome", "RELEASED");
        Disposition d = dispositions.require(dispositionIdOf(seizure));
        assertThat(d.status()).isEqualTo(Disposition.RELEASED);
        assertThat(d.releasedOn()).isEqualTo(LocalDate.of(2026, 6, 25));
        assertThat(last(NegotiationAction.SEIZURE_RELEASED).note()).contains("徴79①二").contains("残高0円");
        // released by its papers: the 解除通知書 to the taxpayer and to the bank (徴80①②)
        var notices = StoredPdfs.of(documents, caseId, DocumentKind.RELEASE_NOTICE);
        assertThat(notices).extracting(StoredDocument::title).containsExactly("差押解除通知書", "差押解除通知書(株式会社熊谷銀行)");
        assertThat(StoredPdfs.idsIn(last(NegotiationAction.SEIZURE_RELEASED).note()))
                .containsExactly(notices.get(0).id(), notices.get(1).id());
        assertThat(StoredPdfs.text(documents, notices.get(0))).contains("試験 太郎　様");
        assertThat(StoredPdfs.text(documents, notices.get(1))).contains("株式会社熊谷銀行　御中");
        assertThat(StoredPdfs.joined(documents, notices.get(0))).contains("令和8年6月25日付けで解除")
                .contains("国税徴収法第80条第1項").contains("取立の見込みなし");
        assertThat(StoredPdfs.joined(documents, notices.get(1))).contains("国税徴収法第80条第2項");
    }

    /** Real estate already seized by the tax office: a delivery demand, paid out of that execution. */
    @Test
    void aDeliveryDemandOnAnotherExecutionIsCollectedAsADistribution() {
        openCase(true);
        ProcessInstance seizure = proposedApprovedExecuted(withVariables("proposalReason", "納付の意思がなく、財産が判明したため", "dispositionKind", "DELIVERY_DEMAND",
                "assetKind", "REAL_ESTATE", "assetDescription", "熊谷市宮町二丁目47番1", "executingAuthority",
                "熊谷税務署", "estimatedValue", 0L));
        assertThat(seizure).isWaitingAt("Task_RecordCollection");
        assertThat(count(NegotiationAction.SEIZURE_EXECUTED)).isZero();
        assertThat(last(NegotiationAction.DELIVERY_DEMAND).note()).contains("交付要求書 → 執行機関 熊谷税務署 (徴82①)")
                .contains("交付要求通知書 → 滞納者 (徴82②)");
        assertThat(StoredPdfs.of(documents, caseId, DocumentKind.SEIZURE_RECORD)).isEmpty();
        // a delivery demand registers nothing: the 交付要求書 to the tax office, its notice to the taxpayer
        assertThat(StoredPdfs.of(documents, caseId, DocumentKind.REGISTRATION_REQUEST)).isEmpty();
        StoredDocument demand = StoredPdfs.only(documents, caseId, DocumentKind.DELIVERY_DEMAND);
        StoredDocument told = StoredPdfs.only(documents, caseId, DocumentKind.DELIVERY_DEMAND_NOTICE);
        assertThat(StoredPdfs.idsIn(last(NegotiationAction.DELIVERY_DEMAND).note())).containsExactly(demand.id(), told.id());
        assertThat(StoredPdfs.text(documents, demand)).contains("熊谷税務署　御中").contains("試験 太郎")
                .contains("熊谷市宮町二丁目47番1").contains("58,000");
        assertThat(StoredPdfs.joined(documents, demand)).contains("国税徴収法第82条第1項の規定により");
        assertThat(StoredPdfs.text(documents, told)).contains("試験 太郎　様").contains("交付要求通知書");
        assertThat(StoredPdfs.joined(documents, told)).contains("国税徴収法第82条第2項").contains("この交付要求に不服があるときは");
        complete(task(), withVariables("collectionResult", "COLLECTED", "collectedAmount", 30_000L, "collectedOn",
                "2026-06-21"));
        assertThat(seizure).isEnded().variables().containsEntry("seizureOutcome", "COLLECTED");
        assertThat(last(NegotiationAction.DELIVERY_DEMAND).result()).endsWith("配当受領");
    }

    @Test
    void aJoinderSeizureNeedsTheExecutingAuthorityAndIsServedOnIt() {
        openCase(true);
        startSeizure();
        today(LAWFUL);
        var onADeposit = with(deposit(), "dispositionKind", "JOINDER_SEIZURE", "executingAuthority", "熊谷税務署");
        assertThatThrownBy(() -> complete(task(), onADeposit)).hasMessageStartingWith("dispositionKind: 債権 (預貯金) には参加差押えはできません");
        var joinder = asset("VEHICLE", "熊谷 300 あ 12-34", 400_000L);
        joinder.put("dispositionKind", "JOINDER_SEIZURE");
        assertThatThrownBy(() -> complete(task(), joinder)).hasMessageStartingWith("executingAuthority:");
        joinder.put("executingAuthority", "埼玉県熊谷県税事務所");
        complete(task(), joinder);
        complete(task(), withVariables("seizureApproved", "true"));
        execute(job());
        assertThat(last(NegotiationAction.DELIVERY_DEMAND).note())
                .contains("参加差押書 → 執行機関 埼玉県熊谷県税事務所 (徴86①)").contains("参加差押通知書 → 滞納者 (徴86②)")
                .contains("参加差押登録の嘱託 → 関東運輸局埼玉運輸支局 (徴86③)");
        StoredDocument joinderDocument = StoredPdfs.only(documents, caseId, DocumentKind.JOINDER_SEIZURE_DOCUMENT);
        assertThat(joinderDocument.title()).isEqualTo("参加差押書(埼玉県熊谷県税事務所)");
        assertThat(StoredPdfs.text(documents, joinderDocument)).contains("埼玉県熊谷県税事務所　御中");
        assertThat(StoredPdfs.joined(documents, joinderDocument))
                .contains("国税徴収法第86条第1項の規定により、参加差押えをします").contains("熊谷300あ12-34");
        assertThat(StoredPdfs.joined(documents, StoredPdfs.only(documents, caseId, DocumentKind.JOINDER_SEIZURE_NOTICE)))
                .contains("試験太郎").contains("国税徴収法第86条第2項の規定により通知します");
        assertThat(StoredPdfs.only(documents, caseId, DocumentKind.REGISTRATION_REQUEST).title()).isEqualTo("参加差押登録嘱託書");
        assertThat(task().getTaskDefinitionKey()).isEqualTo("Task_RecordCollection");
    }

    @Test
    void paymentInFullReleasesEverySeizureStillInForce() {
        openCase(true);
        ProcessInstance land = proposedApprovedExecuted(asset("REAL_ESTATE", "熊谷市宮町二丁目47番1", 3_000_000L));
        ProcessInstance bank = proposedApprovedExecuted(deposit());
        complete(task(), withVariables("collectionResult", "COLLECTED", "collectedAmount", 20_000L, "collectedOn",
                "2026-06-21"));
        ProcessInstance rejected = startSeizure();
        complete(task(), deposit());
        complete(task(), withVariables("seizureApproved", "false", "decisionReason", "重複"));

        assertThat(releases.releaseAll(caseId)).containsExactly(dispositionIdOf(land), dispositionIdOf(bank));
        assertThat(dispositions.require(dispositionIdOf(land)).status()).isEqualTo(Disposition.RELEASED);
        assertThat(dispositions.require(dispositionIdOf(bank)).status()).isEqualTo(Disposition.RELEASED);
        assertThat(dispositions.require(dispositionIdOf(rejected)).status()).isEqualTo(Disposition.REJECTED);
        assertThat(count(NegotiationAction.SEIZURE_RELEASED)).isEqualTo(2);
        assertThat(last(NegotiationAction.SEIZURE_RELEASED).note()).contains("徴79①一");
        // the land's registration is cancelled (徴81), the bank told (徴80②), the taxpayer told of both (徴80①)
        assertThat(StoredPdfs.of(documents, caseId, DocumentKind.RELEASE_NOTICE)).extracting(StoredDocument::title)
                .containsExactly("差押解除通知書", "差押解除通知書", "差押解除通知書(株式会社熊谷銀行)");
        assertThat(StoredPdfs.of(documents, caseId, DocumentKind.REGISTRATION_REQUEST)).extracting(StoredDocument::title)
                .containsExactly("差押登記嘱託書", "差押登記抹消嘱託書");
        assertThat(releases.releaseAll(caseId)).isEmpty();
    }

    /** 法15の2の3①: no new enforcement during a 徴収猶予 — the proposal is refused until the grace has ended. */
    @Test
    void noSeizureIsProposedDuringACollectionGrace() {
        openCase(true);
        graces.record(caseId, jp.lg.collection.delinquency.grace.GraceKind.COLLECTION,
                jp.lg.collection.rules.GraceGround.ILLNESS, LocalDate.of(2026, 6, 20), LocalDate.of(2026, 7, 19), true,
                null, "suzuki", DUNNED);
        ProcessInstance seizure = startSeizure();
        today(LAWFUL);
        assertThatThrownBy(() -> complete(task(), deposit())).isInstanceOf(TaskInputException.class)
                .hasMessageStartingWith("dispositionKind: 徴収猶予中 (令和8年7月19日まで) は滞納処分ができません");
        today(LocalDate.of(2026, 7, 20));
        complete(task(), deposit());
        assertThat(seizure).isWaitingAt("Task_ApproveSeizure");
    }

    /** 換価猶予 stays the sale, not the seizure (法15の5①, 15の6①): the property is seized as usual. */
    @Test
    void aRealizationGraceDoesNotHoldTheSeizure() {
        openCase(true);
        graces.record(caseId, jp.lg.collection.delinquency.grace.GraceKind.REALIZATION, null, LocalDate.of(2026, 6, 20),
                LocalDate.of(2026, 12, 19), true, null, "suzuki", DUNNED);
        ProcessInstance seizure = proposedApprovedExecuted(asset("REAL_ESTATE", "熊谷市宮町二丁目47番1 宅地", 3_000_000L));
        assertThat(seizure).isEnded().variables().containsEntry("seizureOutcome", "REALIZE");
        assertThat(StoredPdfs.of(documents, caseId, DocumentKind.SEIZURE_DOCUMENT)).hasSize(1);
    }
}
