package jp.lg.collection.reduction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 減免申請の審査の記録, in the reviewer's completing transaction: the checklist (the application's entries, the
 * documents the ground needs, the ground itself, the amount) and the opinion. "減免相当" needs every item confirmed;
 * "減免不相当" needs the reviewer's reason. The amount the reviewer proposes goes on to the decision.
 */
@Component("recordReductionReview")
public class RecordReductionReview implements JavaDelegate {

    /** The checklist: form field → what it confirms. */
    static final Map<String, String> CHECKLIST = checklist();

    private final TaxReductionRepository reductions;

    public RecordReductionReview(TaxReductionRepository reductions) {
        this.reductions = reductions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "reductionId");
        String opinion = TaskInputs.requireText(execution, "reviewOpinion");
        if (!opinion.equals("GRANT") && !opinion.equals("REJECT")) {
            throw new TaskInputException("reviewOpinion", "選択肢にない値です (" + opinion + ")");
        }
        List<String> confirmed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        CHECKLIST.forEach((field, item) -> (TaskInputs.flag(execution, field) ? confirmed : missing).add(item));
        String note = TaskInputs.optionalText(execution, "reviewNote");
        if (opinion.equals("GRANT") && !missing.isEmpty()) {
            throw new TaskInputException(CHECKLIST.entrySet().stream().filter(e -> missing.contains(e.getValue()))
                    .findFirst().orElseThrow().getKey(), "減免相当とするには、すべての確認事項を確認してください (未確認: "
                    + String.join("、", missing) + ")");
        }
        if (opinion.equals("REJECT") && note == null) {
            throw new TaskInputException("reviewNote", "減免不相当とする理由を入力してください");
        }
        if (opinion.equals("GRANT")) {
            TaskInputs.requireYen(execution, "reductionAmount", 1);
        }
        reductions.recordReview(id, confirmed.isEmpty() ? null : String.join("、", confirmed), opinion, note,
                CurrentUser.orSystem(execution), Today.date());
    }

    private static Map<String, String> checklist() {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("reviewApplicationComplete", "申請書の記載事項");
        items.put("reviewEvidenceComplete", "添付書類");
        items.put("reviewGroundMet", "減免事由への該当");
        items.put("reviewAmountChecked", "減免額の算定");
        return java.util.Collections.unmodifiableMap(items);
    }
}
