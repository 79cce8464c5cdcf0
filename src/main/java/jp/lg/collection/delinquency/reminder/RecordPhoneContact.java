package jp.lg.collection.delinquency.reminder;

import jp.lg.collection.system.CurrentUser;
import java.time.LocalDate;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.CaseDataChanged;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.forms.JapaneseDateInput;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 交渉経過の記録: writes the phone contact into the negotiation log. A payment promise needs a future date
 * (its timer checks it the day after) within {@value #MAX_PROMISE_MONTHS} months: the case sleeps until then, so
 * a date typed wrongly or a promise far off would leave it unattended (practice: a longer arrangement is an
 * installment plan, 分納). A promise or a pledge acknowledges the debt and renews the limitation period
 * (民法152). Runs in the collector's completing transaction, so an invalid entry is refused with the reason
 * and the task stays open.
 */
@Component("recordPhoneContact")
public class RecordPhoneContact implements JavaDelegate {

    /** How far ahead a payment promise may be (practice; the city may change it). */
    public static final int MAX_PROMISE_MONTHS = 3;

    private final TaxBillRepository bills;
    private final NegotiationLog log;
    private final ApplicationEventPublisher events;

    public RecordPhoneContact(TaxBillRepository bills, NegotiationLog log, ApplicationEventPublisher events) {
        this.bills = bills;
        this.log = log;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        ContactResult result = TaskInputs.requireEnum(execution, "contactResult", ContactResult.class);
        String note = (String) execution.getVariable("contactNote");
        String collector = CurrentUser.of(execution);
        LocalDate today = Today.date();
        log.record(caseId, NegotiationAction.PHONE_CALL, result.label(), note, collector);
        if (result == ContactResult.PROMISE) {
            LocalDate promised = TaskInputs.requireDate(execution, "promisedDate");
            if (!promised.isAfter(today)) {
                throw new TaskInputException("promisedDate", "納付約束日は明日以降の日付を入力してください ("
                        + JapaneseDateInput.describe(promised) + " と読みました)");
            }
            LocalDate latest = today.plusMonths(MAX_PROMISE_MONTHS);
            if (promised.isAfter(latest)) {
                throw new TaskInputException("promisedDate", "納付約束日は" + MAX_PROMISE_MONTHS + "か月以内 ("
                        + WarekiDate.format(latest) + "まで) の日付を入力してください ("
                        + JapaneseDateInput.describe(promised) + " と読みました)。それより先の納付は分納の申出として記録してください");
            }
            // the collector's 「今日が約束日」 task opens on the day; the check runs the day after (or when he completes it)
            execution.setVariable("promiseDayAt", Today.startOf(promised));
            execution.setVariable("promiseCheckAt", Today.startOf(promised.plusDays(1)));
            execution.setVariable("balanceAtPromise", bills.balanceOfCase(caseId));
            log.record(caseId, NegotiationAction.PAYMENT_PROMISE, JapaneseDateInput.describe(promised) + "までに納付",
                    null, collector);
        }
        if (result.acknowledgesDebt()) {
            bills.renewLimitationByAcknowledgement(caseId, today);
            events.publishEvent(new CaseDataChanged(caseId, "debt acknowledged"));
        }
    }
}
