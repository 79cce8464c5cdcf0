package jp.lg.collection.refund;

import java.time.LocalDate;
import java.util.Optional;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.refund.RefundRepository.Refund;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 還付先の記録: where the refund goes — the account the person gave on the 還付請求書, or, with his consent, the
 * 公金受取口座 he registered ({@link PublicFundsAccounts}) — or, when the 過誤納金 turned out not to exist, that it is
 * not refunded (with the reason). Synchronous: a wrong account number, a missing consent or a person with no
 * registered account is refused on the form. Sets {@code refundWithdrawn}; clears the last decision so the next
 * approval form opens empty.
 */
@Component("recordRefundAccount")
public class RecordRefundAccount implements JavaDelegate {

    enum Route { ACCOUNT, PUBLIC_FUNDS_ACCOUNT, WITHDRAW }

    private final RefundRepository refunds;
    private final PublicFundsAccounts publicFunds;
    private final NegotiationLog log;

    public RecordRefundAccount(RefundRepository refunds, PublicFundsAccounts publicFunds, NegotiationLog log) {
        this.refunds = refunds;
        this.publicFunds = publicFunds;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "refundId");
        Refund refund = refunds.require(id);
        Route route = TaskInputs.requireEnum(execution, "refundRoute", Route.class);
        String by = CurrentUser.orSystem(execution);
        String logged;
        switch (route) {
            case ACCOUNT -> {
                BankAccount account = account(execution);
                LocalDate claimedOn = optionalPastDate(execution, "claimedOn");
                refunds.recordAccount(id, PayeeKind.ACCOUNT, account, claimedOn, null);
                logged = PayeeKind.ACCOUNT.label() + " " + account.label()
                        + (claimedOn == null ? "" : " (還付請求 " + WarekiDate.format(claimedOn) + ")");
            }
            case PUBLIC_FUNDS_ACCOUNT -> {
                if (!TaskInputs.flag(execution, "publicFundsConsent")) {
                    throw new TaskInputException("publicFundsConsent",
                            "公金受取口座は本人の同意がある場合に限り使えます。同意を確認してください");
                }
                LocalDate consentOn = optionalPastDate(execution, "consentOn");
                if (consentOn == null) {
                    throw new TaskInputException("consentOn", "同意を得た日を入力してください");
                }
                Optional<BankAccount> found;
                try {
                    found = publicFunds.lookup(refund.addresseeNo(), by);
                } catch (IllegalArgumentException e) {
                    throw inputException(e);
                }
                BankAccount account = found.orElseThrow(() -> new TaskInputException("refundRoute",
                        "公金受取口座が登録されていません。本人の申出の口座を入力してください"));
                refunds.recordAccount(id, PayeeKind.PUBLIC_FUNDS_ACCOUNT, account, null, consentOn);
                logged = PayeeKind.PUBLIC_FUNDS_ACCOUNT.label() + " " + account.label() + " (本人同意 "
                        + WarekiDate.format(consentOn) + ")";
            }
            default -> {
                String reason = TaskInputs.optionalText(execution, "withdrawReason");
                if (reason == null) {
                    throw new TaskInputException("withdrawReason", "還付しない理由(確認した内容)を入力してください");
                }
                refunds.withdraw(id, refund.candidateId(), reason);
                logged = "還付しない: " + reason;
            }
        }
        execution.setVariable("refundWithdrawn", route == Route.WITHDRAW);
        execution.removeVariable("refundApproved");
        execution.removeVariable("decisionReason");
        if (refund.caseId() != null) {
            log.record(refund.caseId(), NegotiationAction.REFUND, "還付先の確認 (" + refund.number() + ")", logged, by);
        }
    }

    private static BankAccount account(DelegateExecution execution) {
        try {
            return new BankAccount(TaskInputs.optionalText(execution, "bankCode"),
                    TaskInputs.optionalText(execution, "bankName"), TaskInputs.optionalText(execution, "branchCode"),
                    TaskInputs.optionalText(execution, "branchName"),
                    TaskInputs.requireEnum(execution, "accountType", AccountType.class),
                    TaskInputs.optionalText(execution, "accountNumber"),
                    TaskInputs.optionalText(execution, "accountHolder"));
        } catch (IllegalArgumentException e) {
            throw inputException(e);
        }
    }

    /** "field: message" as the form's error on that field. */
    private static TaskInputException inputException(IllegalArgumentException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        return colon > 0 ? new TaskInputException(message.substring(0, colon), message.substring(colon + 2))
                : new TaskInputException("refundRoute", message);
    }

    private static LocalDate optionalPastDate(DelegateExecution execution, String name) {
        if (TaskInputs.optionalText(execution, name) == null && !(execution.getVariable(name) instanceof LocalDate)) {
            return null;
        }
        LocalDate date = TaskInputs.requireDate(execution, name);
        if (date.isAfter(Today.date())) {
            throw new TaskInputException(name, "未来の日付は入力できません (" + WarekiDate.format(date) + ")");
        }
        return date;
    }
}
