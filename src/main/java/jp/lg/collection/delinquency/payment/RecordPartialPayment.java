package jp.lg.collection.delinquency.payment;

import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 一部納付の記録・時効更新: a partial payment is an acknowledgement of the debt made on the day it was paid,
 * so the limitation period of the case's open installments restarts the day after the payment day
 * ({@code partPaidOn}, which the payment message carries; the bank's file may come days later) unless a
 * later restart stands (民法152 via 法18③). The payment itself was already reconciled and logged by the
 * payment service before it sent the message.
 */
@Component("recordPartialPayment")
public class RecordPartialPayment implements JavaDelegate {

    private final TaxBillRepository bills;

    public RecordPartialPayment(TaxBillRepository bills) {
        this.bills = bills;
    }

    @Override
    public void execute(DelegateExecution execution) {
        java.util.Date paidOn = (java.util.Date) execution.getVariable("partPaidOn");
        bills.renewLimitationByAcknowledgement((String) execution.getVariable("caseId"),
                paidOn == null ? Today.date() : paidOn.toInstant().atZone(Today.TOKYO).toLocalDate());
    }
}
