package jp.lg.collection.subcontracting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.system.Startup;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo re-subcontracting requests, so Tasklist shows the governance procedure at once: one waiting for
 * tanaka's review, one reviewed and waiting for sato's approval, one approved whose obligations run (its
 * weekly report falls due a week after start). Loaded once: an existing register is left as it is.
 */
@Component
@Profile("demo")
@Order(100)
public class GovernanceDemoData implements Startup.Step {

    private final SubcontractIntake intake;
    private final SubcontractRegister register;
    private final RuntimeService runtime;
    private final TaskService tasks;

    public GovernanceDemoData(SubcontractIntake intake, SubcontractRegister register, RuntimeService runtime,
            TaskService tasks) {
        this.intake = intake;
        this.register = register;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public void run() {
        if (!register.all().isEmpty()) {
            return;
        }
        LocalDate today = Today.date();
        intake.register(new SubcontractRequest("株式会社 日立システムズ", "株式会社 システム運用サポート",
                "収納・滞納管理システムのジョブ運用、帳票印刷", "宛名番号、氏名、住所、税額、滞納額、個人番号", 52_000, true,
                "東京都小平市小川町二丁目1333番地 市庁舎内サーバー室", "庁舎内作業に限定、入退室記録、持込み媒体の禁止、操作ログの保存",
                today.plusDays(14), today.plusMonths(6), List.of("再委託承認申請書.pdf", "取扱規程.pdf"), "tanaka"), "tanaka");

        String second = intake.register(new SubcontractRequest("株式会社 熊谷情報サービス", "株式会社 北関東データ入力",
                "課税資料のデータ入力", "宛名番号、氏名、住所、課税標準額、個人番号", 8_170, true,
                "埼玉県熊谷市本町一丁目5番地 入力センター3階", "入退室管理、作業端末のネットワーク分離、取扱者10名を特定",
                today.plusDays(7), today.plusMonths(2), List.of("再委託承認申請書.pdf", "再委託先誓約書.pdf", "取扱規程.pdf"),
                "tanaka"), "tanaka");
        completeReview(second);

        String third = intake.register(new SubcontractRequest("株式会社 日立システムズ", "株式会社 データ抽出センター",
                "作業指示に基づくデータ抽出", "宛名番号、氏名、住所、滞納額", 3_400, false, "東京都小平市 委託先データセンター",
                "抽出データの暗号化、作業後の消去", today, today.plusMonths(3), List.of("再委託承認申請書.pdf"), "suzuki"),
                "suzuki");
        completeReview(third);
        complete(third, "Task_ApproveSubcontract", Map.of("decision", "APPROVE", "conditions", "抽出は作業指示書の範囲に限る"));
    }

    private void completeReview(String requestId) {
        Map<String, Object> checklist = new HashMap<>();
        for (ContractClause clause : ContractClause.values()) {
            checklist.put(clause.field(), true);
        }
        checklist.put("reviewNote", "申請書・添付書類を確認(デモ)");
        complete(requestId, "Task_ReviewSubcontractRequest", checklist);
    }

    private void complete(String requestId, String taskKey, Map<String, Object> variables) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(requestId)
                .processDefinitionKey("SubcontractApproval").singleResult().getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult()
                .getId(), variables);
    }
}
