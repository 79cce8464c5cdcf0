package jp.lg.collection.delinquency.reminder;

import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 納付約束の確認: the day after the promised date, was anything paid? (Payment in full has already ended
 * the case through its message; here only a partial payment or none can be left.) Sets {@code promiseKept}.
 */
@Component("checkPaymentPromise")
public class CheckPaymentPromise implements JavaDelegate {

    private final TaxBillRepository bills;
    private final NegotiationLog log;

    public CheckPaymentPromise(TaxBillRepository bills, NegotiationLog log) {
        this.bills = bills;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        long before = ProcessVariables.requireLong(execution, "balanceAtPromise");
        long now = bills.balanceOfCase(caseId);
        boolean kept = now < before;
        execution.setVariable("promiseKept", kept);
        log.record(caseId, NegotiationAction.PROMISE_CHECKED, kept ? "一部納付あり" : "約束不履行",
                "約束時 " + before + "円 → 現在 " + now + "円", null);
    }
}
