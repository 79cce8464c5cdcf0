package jp.lg.collection.delinquency.paymentplan;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 分納計画の作成: cuts the case balance into the pledged parts and stores the plan. Runs synchronously in the
 * collector's completing transaction, so a bad entry (parts out of range, a first date not in the future) is
 * refused on the form and nothing is stored. The pledge acknowledges the debt and renews the limitation
 * period (民法152 via 法18③).
 * <p>
 * Sets {@code paymentPlanId}, {@code partNo} (the part the next check looks at) and
 * {@code nextPartCheckAt}: the day after that part's due date, because a payment made on the due date itself
 * is on time.
 */
@Component("createPaymentPlan")
public class CreatePaymentPlan implements JavaDelegate {

    private final TaxBillRepository bills;
    private final PaymentPlanRepository plans;
    private final NegotiationLog log;

    public CreatePaymentPlan(TaxBillRepository bills, PaymentPlanRepository plans, NegotiationLog log) {
        this.bills = bills;
        this.plans = plans;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        // The form's min/max are checked by FormValidationPlugin as well; checked again here because the
        // division below must never see 0 parts, whoever completes the task.
        int parts = TaskInputs.requireWhole(execution, "planParts", 1, PaymentPlanSchedule.MAX_PARTS, null);
        int interval = TaskInputs.requireWhole(execution, "intervalMonths", 1,
                PaymentPlanSchedule.MAX_INTERVAL_MONTHS, 1);
        LocalDate first = TaskInputs.requireDate(execution, "firstPaymentDate");
        LocalDate today = Today.date();
        if (!first.isAfter(today)) {
            throw new TaskInputException("firstPaymentDate", "初回納付日は明日以降の日付を入力してください");
        }
        long balance = bills.balanceOfCase(caseId);
        if (balance <= 0) {
            throw new TaskInputException("planParts", "この案件に未納額がないため分納計画は作れません");
        }
        if (balance < parts) {
            throw new TaskInputException("planParts", "未納額 " + balance + "円を" + parts + "回には分けられません");
        }
        String note = TaskInputs.optionalText(execution, "planNote");
        String collector = CurrentUser.of(execution);

        List<PaymentPlanSchedule.Part> schedule = PaymentPlanSchedule.of(balance, parts, first, interval);
        long planId = plans.insert(caseId, today, balance, schedule, interval, note,
                collector == null ? NegotiationLog.SYSTEM : collector);
        log.record(caseId, NegotiationAction.INSTALLMENT_PLEDGE,
                parts + "回分納 (" + (interval == 1 ? "毎月" : interval + "か月ごと") + ")",
                "総額 " + balance + "円、初回 " + WarekiDate.format(first) + " " + schedule.get(0).amount() + "円"
                        + (parts > 1 ? "、以降 " + schedule.get(1).amount() + "円" : "")
                        + (note == null ? "" : "。" + note),
                collector);
        bills.renewLimitationByAcknowledgement(caseId, today);

        execution.setVariable("paymentPlanId", planId);
        execution.setVariable("partNo", 1);
        execution.setVariable("nextPartCheckAt", Today.startOf(first.plusDays(1)));
    }
}
