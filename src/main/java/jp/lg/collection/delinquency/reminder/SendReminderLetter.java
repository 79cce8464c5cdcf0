package jp.lg.collection.delinquency.reminder;

import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 催告書発送: sends the n-th written reminder and counts the round. A reminder is not statutory; it only
 * defers completion of the limitation period once (民法150), which CollectionLimitation accounts for.
 */
@Component("sendReminderLetter")
public class SendReminderLetter implements JavaDelegate {

    private final TaxBillRepository bills;
    private final NegotiationLog log;

    public SendReminderLetter(TaxBillRepository bills, NegotiationLog log) {
        this.bills = bills;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        Integer previous = (Integer) execution.getVariable("reminderRound");
        int round = previous == null ? 1 : previous + 1;
        execution.setVariable("reminderRound", round);
        log.record(caseId, NegotiationAction.REMINDER_LETTER, "第" + round + "回催告",
                "未納額 " + bills.balanceOfCase(caseId) + "円 (延滞金を除く)", null);
    }
}
