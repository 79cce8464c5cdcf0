package jp.lg.collection.delinquency.investigation;

import jp.lg.collection.delinquency.AssetKind;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 照会回答の登録, on completing one answer of the parallel answer task. A task listener, not a service task:
 * a service task after a multi-instance task would run once after all answers, and each answer must be
 * checked while its collector is still on the form (a refusal rolls back that completion only). Writes the
 * answer, the found asset (if any) and the log entry, and refreshes {@code foundAssetCount} for the decision
 * form.
 * <p>
 * The answer fields are local to each instance (empty input mappings on the task make them local, and a
 * submitted value updates the local variable), so one answer's values can never be read as another's. On
 * {@code create} it puts the inquiry's target on the task ({@code inquiryTarget}) for the form's heading: the
 * element variable is not yet set when input mappings run, so a mapping cannot do it.
 */
@Component("registerInquiryAnswer")
public class RegisterInquiryAnswer implements TaskListener {

    static final int MAX_DESCRIPTION = 300;
    static final int MAX_DEBTOR = 100;
    static final int MAX_NOTE = 1000;

    private final PropertyInquiryRepository inquiries;
    private final NegotiationLog log;

    public RegisterInquiryAnswer(PropertyInquiryRepository inquiries, NegotiationLog log) {
        this.inquiries = inquiries;
        this.log = log;
    }

    @Override
    public void notify(DelegateTask task) {
        long inquiryId = ProcessVariables.requireLong(task, "inquiryId");
        PropertyInquiryRepository.Inquiry inquiry = inquiries.require(inquiryId);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal("inquiryTarget", inquiry.label());
            return;
        }
        AnswerKind kind = TaskInputs.requireEnum(task, "answerKind", AnswerKind.class);
        String note = optional(task, "answerNote", MAX_NOTE);
        String collector = CurrentUser.of(task);
        String result = inquiry.label() + ": " + kind.label();
        if (kind == AnswerKind.ASSET_FOUND) {
            AssetKind assetKind = TaskInputs.requireEnum(task, "assetKind", AssetKind.class);
            String description = TaskInputs.requireText(task, "assetDescription");
            if (description.length() > MAX_DESCRIPTION) {
                throw new TaskInputException("assetDescription", MAX_DESCRIPTION + "文字以内で入力してください");
            }
            String debtor = optional(task, "thirdPartyDebtor", MAX_DEBTOR);
            if (debtor == null && assetKind.receivable()) {
                // The bank, employer or insurer that answered is, as a rule, the debtor of the receivable.
                debtor = inquiry.targetName();
            }
            // An asset worth nothing cannot pay the debt: at least 1 yen, whole yen.
            long value = TaskInputs.requireYen(task, "estimatedValue", 1);
            inquiries.insertAsset(inquiry.caseId(), inquiryId, assetKind, description, debtor, value, Today.date());
            result += " (" + assetKind.label() + " " + jp.lg.collection.documents.Yen.of(value) + ")";
        }
        if (!inquiries.answer(inquiryId, Today.date(), kind, note, collector == null ? NegotiationLog.SYSTEM : collector)) {
            throw new TaskInputException("answerKind", "この照会は既に回答済みまたは期限切れです (" + inquiry.status() + ")");
        }
        log.record(inquiry.caseId(), NegotiationAction.INQUIRY_ANSWER, result, note, collector);
        task.getExecution().getProcessInstance().setVariable("foundAssetCount",
                inquiries.countAssets(inquiry.caseId()));
    }

    private static String optional(DelegateTask task, String name, int max) {
        Object value = task.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > max) {
            throw new TaskInputException(name, max + "文字以内で入力してください");
        }
        return text;
    }
}
