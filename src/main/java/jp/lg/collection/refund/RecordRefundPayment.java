package jp.lg.collection.refund;

import java.time.LocalDate;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.Yen;
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
 * 支払の記録: the day the accountant paid the refund (会計管理者の支払), as the collector read it from the payment
 * report; not before the 支出決定日 and not in the future. The refund is then 還付済 and the daily ledger shows it on that
 * day.
 */
@Component("recordRefundPayment")
public class RecordRefundPayment implements JavaDelegate {

    private final RefundRepository refunds;
    private final NegotiationLog log;

    public RecordRefundPayment(RefundRepository refunds, NegotiationLog log) {
        this.refunds = refunds;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "refundId");
        Refund r = refunds.require(id);
        LocalDate paidOn = TaskInputs.requireDate(execution, "refundPaidOn");
        if (paidOn.isAfter(Today.date())) {
            throw new TaskInputException("refundPaidOn", "未来の日付は入力できません (" + WarekiDate.format(paidOn) + ")");
        }
        if (r.decidedOn() != null && paidOn.isBefore(r.decidedOn())) {
            throw new TaskInputException("refundPaidOn", "支出決定日 (" + WarekiDate.format(r.decidedOn())
                    + ") より前の日は入力できません");
        }
        String by = CurrentUser.orSystem(execution);
        refunds.recordPayment(id, r.candidateId(), paidOn, by);
        if (r.caseId() != null) {
            log.record(r.caseId(), NegotiationAction.REFUND, "還付金の支払 (" + r.number() + ")",
                    WarekiDate.format(paidOn) + " " + Yen.of(r.payout()) + " (" + r.payeeKind().label() + ")", by);
        }
    }
}
