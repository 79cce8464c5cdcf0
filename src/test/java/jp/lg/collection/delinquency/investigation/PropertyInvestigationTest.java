package jp.lg.collection.delinquency.investigation;

import jp.lg.collection.delinquency.AssetKind;
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
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 財産調査: every path of the PropertyInvestigation model, started on its own for a case opened by the sweep. */
class PropertyInvestigationTest extends ProcessTestSupport {

    /** Two banks ticked in the city's list, the employer entered as one not in the list. */
    static final Map<String, Object> THREE_TARGETS = Map.of(
            "inquiryTargets", List.of("BANK:埼玉りそな銀行 熊谷支店", "BANK:ゆうちょ銀行"),
            "otherTargets", List.of(Map.of("kind", "EMPLOYER", "name", "株式会社熊谷製作所"), Map.of()));

    @Autowired
    NegotiationLog log;
    @Autowired
    PropertyInquiryRepository inquiries;
    @Autowired
    jp.lg.collection.documents.DocumentRepository documents;

    String caseId;
    ProcessInstance investigation;

    /** A case opened by the sweep on 6/10; on 7/1 the collector starts the investigation. */
    ProcessInstance startInvestigation() {
        String addresseeNo = newTaxpayer("tanaka");
        newBill(addresseeNo, 58_000, LocalDate.of(2026, 5, 31));
        caseId = openDunnedCase(addresseeNo, LocalDate.of(2026, 6, 10)).caseId();
        today(LocalDate.of(2026, 7, 1));
        investigation = engine.getRuntimeService().startProcessInstanceByKey("PropertyInvestigation", caseId,
                Map.of("caseId", caseId, "addresseeNo", addresseeNo, "assignedCollector", "tanaka"));
        assertThat(investigation).isWaitingAt("Task_SelectInquiryTargets");
        assertThat(task(investigation)).isAssignedTo("tanaka");
        return investigation;
    }

    /** Bank ×2 and employer: three inquiries sent, three answer tasks. */
    List<Task> sendThreeInquiries() {
        startInvestigation();
        complete(task(investigation), THREE_TARGETS);
        assertThat(investigation).isWaitingAt("Task_SendPropertyInquiries").variables()
                .containsEntry("inquiryTargetCount", 3);
        assertThat(inquiries.findByCase(caseId)).isEmpty();
        execute(job(investigation));
        assertThat(investigation).isWaitingAt("Task_RecordInquiryAnswer");
        return answerTasks();
    }

    List<Task> answerTasks() {
        return engine.getTaskService().createTaskQuery().processInstanceId(investigation.getId())
                .taskDefinitionKey("Task_RecordInquiryAnswer").orderByTaskCreateTime().asc().list();
    }

    /** The answer task of the inquiry to that target. */
    Task answerTaskFor(String targetName) {
        return answerTasks().stream().filter(t -> {
            long id = ((Number) engine.getTaskService().getVariable(t.getId(), "inquiryId")).longValue();
            return inquiries.require(id).targetName().equals(targetName);
        }).findFirst().orElseThrow();
    }

    @Test
    void oneInquiryIsSentPerTargetLine() {
        List<Task> tasks = sendThreeInquiries();
        List<PropertyInquiryRepository.Inquiry> sent = inquiries.findByCase(caseId);
        assertThat(sent).extracting(PropertyInquiryRepository.Inquiry::targetKind)
                .containsExactly(TargetKind.BANK, TargetKind.BANK, TargetKind.EMPLOYER);
        assertThat(sent).extracting(PropertyInquiryRepository.Inquiry::targetName)
                .containsExactly("埼玉りそな銀行 熊谷支店", "ゆうちょ銀行", "株式会社熊谷製作所");
        assertThat(sent).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo("SENT");
            assertThat(i.sentOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        });
        assertThat(investigation).variables().containsEntry("inquiryIds",
                sent.stream().map(PropertyInquiryRepository.Inquiry::id).toList());
        assertThat(tasks).hasSize(3).allSatisfy(t -> assertThat(t).isAssignedTo("tanaka"));
        assertThat(engine.getTaskService().getVariable(answerTaskFor("ゆうちょ銀行").getId(), "inquiryTarget"))
                .isEqualTo("金融機関 ゆうちょ銀行");
        assertThat(log.of(caseId)).filteredOn(e -> e.action() == NegotiationAction.PROPERTY_INQUIRY)
                .extracting(NegotiationLog.Entry::note)
                .containsExactly("埼玉りそな銀行 熊谷支店", "ゆうちょ銀行", "株式会社熊谷製作所");
        // the 30-day answer period runs from the sending
        assertThat(job(investigation).getDuedate()).isEqualTo(
                java.util.Date.from(LocalDate.of(2026, 7, 31).atTime(9, 0).atZone(Today.TOKYO).toInstant()));
    }

    @Test
    void everyAnswerIsRegisteredAndAFoundAssetLetsTheCaseGoToSeizure() {
        sendThreeInquiries();
        today(LocalDate.of(2026, 7, 8));
        complete(answerTaskFor("埼玉りそな銀行 熊谷支店"), withVariables("answerKind", "ASSET_FOUND",
                "assetKind", "DEPOSIT", "assetDescription", "普通預金 口座番号1234567", "estimatedValue", 350_000,
                "answerNote", "残高 350,000円"));
        // each answer's fields stay in its own instance: nothing is left on the process for the next answer
        assertThat(engine.getRuntimeService().getVariablesLocal(investigation.getId()))
                .doesNotContainKeys("answerKind", "assetKind", "estimatedValue");
        complete(answerTaskFor("ゆうちょ銀行"), withVariables("answerKind", "NOTHING"));
        complete(answerTaskFor("株式会社熊谷製作所"), withVariables("answerKind", "ASSET_FOUND", "assetKind", "WAGE",
                "assetDescription", "月額給与(手取り約22万円)", "thirdPartyDebtor", "株式会社熊谷製作所 本社",
                "estimatedValue", 220_000L));
        assertThat(investigation).isWaitingAt("Task_DecideAfterInvestigation").variables()
                .containsEntry("foundAssetCount", 2);

        assertThat(inquiries.findByCase(caseId)).extracting(PropertyInquiryRepository.Inquiry::status)
                .containsOnly("ANSWERED");
        assertThat(inquiries.findByCase(caseId)).extracting(PropertyInquiryRepository.Inquiry::answerKind)
                .containsExactly("ASSET_FOUND", "NOTHING", "ASSET_FOUND");
        List<PropertyInquiryRepository.FoundAsset> assets = inquiries.assetsOf(caseId);
        assertThat(assets).extracting(PropertyInquiryRepository.FoundAsset::assetKind)
                .containsExactly(AssetKind.DEPOSIT, AssetKind.WAGE);
        assertThat(assets).extracting(PropertyInquiryRepository.FoundAsset::estimatedValue)
                .containsExactly(350_000L, 220_000L);
        // a deposit's third-party debtor is the bank that answered, unless the collector names another
        assertThat(assets).extracting(PropertyInquiryRepository.FoundAsset::thirdPartyDebtor)
                .containsExactly("埼玉りそな銀行 熊谷支店", "株式会社熊谷製作所 本社");
        assertThat(assets.get(0).foundOn()).isEqualTo(LocalDate.of(2026, 7, 8));
        assertThat(log.of(caseId)).filteredOn(e -> e.action() == NegotiationAction.INQUIRY_ANSWER)
                .extracting(NegotiationLog.Entry::result).containsExactly(
                        "金融機関 埼玉りそな銀行 熊谷支店: 財産あり (預貯金 350,000円)", "金融機関 ゆうちょ銀行: 該当なし",
                        "勤務先 株式会社熊谷製作所: 財産あり (給与 220,000円)");

        complete(task(investigation), withVariables("investigationDecision", "SEIZE",
                "decisionReason", "預金と給与を差し押さえる"));
        // the reason is kept in the negotiation log, where the seizure's approver reads it
        assertThat(log.of(caseId)).filteredOn(e -> e.action() == NegotiationAction.INVESTIGATION_DECIDED)
                .extracting(NegotiationLog.Entry::result, NegotiationLog.Entry::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("差押へ (見つかった財産 2件)", "預金と給与を差し押さえる"));
        assertThat(investigation).isEnded().hasPassed("Event_InvestigationToSeizure").variables()
                .containsEntry("investigationOutcome", "SEIZE");
    }

    @Test
    void unansweredInquiriesTimeOutAfter30DaysAndSeizureIsRefusedWithoutAssets() {
        sendThreeInquiries();
        today(LocalDate.of(2026, 7, 31));
        execute(job(investigation));
        assertThat(investigation).hasPassed("Task_MarkInquiriesTimedOut")
                .isWaitingAt("Task_DecideAfterInvestigation").variables().containsEntry("foundAssetCount", 0);
        assertThat(answerTasks()).isEmpty();
        assertThat(inquiries.findByCase(caseId)).extracting(PropertyInquiryRepository.Inquiry::status)
                .containsOnly("TIMED_OUT");
        assertThat(log.of(caseId)).filteredOn(e -> e.action() == NegotiationAction.INQUIRY_ANSWER)
                .extracting(NegotiationLog.Entry::result).allMatch(r -> r.endsWith("回答期限切れ")).hasSize(3);

        refused(task(investigation), withVariables("investigationDecision", "SEIZE", "decisionReason", "差押"),
                "investigationDecision", "差押できる財産が見つかっていない");
        assertThat(investigation).isWaitingAt("Task_DecideAfterInvestigation");
        complete(task(investigation), withVariables("investigationDecision", "SUSPEND",
                "decisionReason", "財産なし。生活困窮(法15の7①)"));
        assertThat(investigation).isEnded().hasPassed("Event_InvestigationToSuspension").variables()
                .containsEntry("investigationOutcome", "SUSPEND");
    }

    @Test
    void answersGivenBeforeTheDeadlineStayAndTheRestTimeOut() {
        sendThreeInquiries();
        complete(answerTaskFor("ゆうちょ銀行"), withVariables("answerKind", "NOTHING"));
        execute(job(investigation));
        assertThat(inquiries.findByCase(caseId)).extracting(PropertyInquiryRepository.Inquiry::status)
                .containsExactly("TIMED_OUT", "ANSWERED", "TIMED_OUT");
        complete(task(investigation), withVariables("investigationDecision", "REMIND",
                "decisionReason", "勤務先が判明するまで催告を続ける"));
        assertThat(investigation).isEnded().hasPassed("Event_InvestigationToReminders").variables()
                .containsEntry("investigationOutcome", "REMIND");
    }

    @Test
    void aBadAssetValueIsRefusedAndNothingIsStored() {
        sendThreeInquiries();
        Task bank = answerTaskFor("埼玉りそな銀行 熊谷支店");
        Map<String, Object> asset = Map.of("answerKind", "ASSET_FOUND", "assetKind", "DEPOSIT",
                "assetDescription", "普通預金");
        for (Object bad : new Object[] {-5, 0, 12.5, "一万円"}) {
            Map<String, Object> variables = new java.util.HashMap<>(asset);
            variables.put("estimatedValue", bad);
            refused(bank, variables, "estimatedValue", "");
        }
        refused(bank, asset, "estimatedValue", "金額を入力");
        refused(bank, withVariables("answerKind", "ASSET_FOUND", "estimatedValue", 1000), "assetKind", "");
        refused(bank, withVariables("answerKind", "MAYBE"), "answerKind", "");
        assertThat(answerTasks()).hasSize(3);
        assertThat(inquiries.findByCase(caseId)).extracting(PropertyInquiryRepository.Inquiry::status)
                .containsOnly("SENT");
        assertThat(inquiries.assetsOf(caseId)).isEmpty();
    }

    @Test
    void theChoiceOffersTheCitysInstitutionsAndIsCheckedByName() {
        startInvestigation();
        Task select = task(investigation);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> offered = (List<Map<String, String>>) org.camunda.spin.Spin.JSON(
                engine.getTaskService().getVariableLocal(select.getId(), "inquiryTargetChoices").toString())
                .mapTo(List.class);
        assertThat(offered).contains(Map.of("label", "金融機関　埼玉りそな銀行 熊谷支店", "value", "BANK:埼玉りそな銀行 熊谷支店"),
                Map.of("label", "法務局(不動産)　さいたま地方法務局 熊谷支局", "value", "LAND_REGISTRY:さいたま地方法務局 熊谷支局"));
        refused(select, withVariables("inquiryTargets", List.of()), "inquiryTargets", "照会先を一覧から選ぶか");
        refused(select, withVariables("inquiryTargets", List.of("BANKX:熊谷信用金庫")), "inquiryTargets",
                "一覧にない照会先です (BANKX:熊谷信用金庫)");
        refused(select, withVariables("otherTargets", List.of(Map.of("name", "熊谷信用金庫"))), "otherTargets",
                "一覧にない照会先の1件目: 種別を選んでください");
        refused(select, withVariables("otherTargets", List.of(Map.of("kind", "BANK", "name", ""))), "otherTargets",
                "名称は1文字以上");
        refused(select, withVariables("inquiryTargets", List.of("BANK:熊谷信用金庫"), "otherTargets",
                List.of(Map.of("kind", "BANK", "name", "熊谷信用金庫"))), "otherTargets", "同じ照会先が重複しています");
        assertThat(investigation).isWaitingAt("Task_SelectInquiryTargets");
        assertThat(inquiries.findByCase(caseId)).isEmpty();
    }

    /** Tasklist submits a checklist and a dynamic list as Json variables (Camunda Spin): the blocker of issue 15. */
    @Test
    void aChoiceSubmittedAsJsonIsReadAndEachTargetGetsItsLetter() {
        startInvestigation();
        complete(task(investigation), withVariables(
                "inquiryTargets", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                        "[\"LAND_REGISTRY:さいたま地方法務局 熊谷支局\"]").create(),
                "otherTargets", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                        "[{\"kind\":\"VEHICLE_REGISTRY\",\"name\":\"関東運輸局 熊谷自動車検査登録事務所\"}]").create()));
        execute(job(investigation));
        assertThat(inquiries.findByCase(caseId)).extracting(PropertyInquiryRepository.Inquiry::targetKind)
                .containsExactly(TargetKind.LAND_REGISTRY, TargetKind.VEHICLE_REGISTRY);
        assertThat(answerTasks()).hasSize(2);
        List<jp.lg.collection.documents.StoredDocument> letters = documents.ofCase(caseId).stream()
                .filter(d -> d.kind() == jp.lg.collection.documents.DocumentKind.INQUIRY_LETTER).toList();
        assertThat(letters).extracting(jp.lg.collection.documents.StoredDocument::title).containsExactly(
                "財産調査照会書(さいたま地方法務局 熊谷支局)", "財産調査照会書(関東運輸局 熊谷自動車検査登録事務所)");
        String text = jp.lg.collection.documents.PdfText.joined(documents.content(letters.get(0).id()).orElseThrow());
        assertThat(text).contains("さいたま地方法務局熊谷支局　御中", "不動産の登記事項等の照会書", "国税徴収法第146条の2",
                "試験太郎", "令和8年7月31日までに御回答");
    }
}
