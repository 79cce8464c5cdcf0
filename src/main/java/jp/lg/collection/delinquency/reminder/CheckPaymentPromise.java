package jp.lg.collection.delinquency.reminder;

import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.CaseDataChanged;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 納付約束の確認: the day after the promised date, was anything paid? (Payment in full has already ended
 * the case through its message; here only a partial payment or none can be left.) Sets {@code promiseKept}.
 */
@Component("checkPaymentPromise")
public class CheckPaymentPromise implements JavaDelegate {

    /** The log's result for a promise not kept (the work lists count them for the rank). */
    public static final String BROKEN = "約束不履行";

    private final TaxBillRepository bills;
    private final NegotiationLog log;
    private final ApplicationEventPublisher events;

    public CheckPaymentPromise(TaxBillRepository bills, NegotiationLog log, ApplicationEventPublisher events) {
        this.bills = bills;
        this.log = log;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        long before = ProcessVariables.requireLong(execution, "balanceAtPromise");
        long now = bills.balanceOfCase(caseId);
        boolean kept = now < before;
        execution.setVariable("promiseKept", kept);
        log.record(caseId, NegotiationAction.PROMISE_CHECKED, kept ? "一部納付あり" : BROKEN,
                "約束時 " + before + "円 → 現在 " + now + "円", null);
        events.publishEvent(new CaseDataChanged(caseId, kept ? "promise partly kept" : "promise broken"));
    }
}
