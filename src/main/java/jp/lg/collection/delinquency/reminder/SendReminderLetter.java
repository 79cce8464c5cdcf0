package jp.lg.collection.delinquency.reminder;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.NoticeIssuer;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 催告書発送: sends the n-th written reminder and counts the round. A reminder is not statutory; it only
 * defers completion of the limitation period once (民法150), which CollectionLimitation accounts for.
 * Each round prints a 催告書 (PDF, stored with the case, id in the log entry) over the open installments with a
 * designated payment deadline {@link NoticeIssuer#REMINDER_DAYS} days after issue.
 */
@Component("sendReminderLetter")
public class SendReminderLetter implements JavaDelegate {

    private final TaxBillRepository bills;
    private final NegotiationLog log;
    private final NoticeIssuer notices;

    public SendReminderLetter(TaxBillRepository bills, NegotiationLog log, NoticeIssuer notices) {
        this.bills = bills;
        this.log = log;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        Integer previous = (Integer) execution.getVariable("reminderRound");
        int round = previous == null ? 1 : previous + 1;
        execution.setVariable("reminderRound", round);
        String note = "未納額 " + bills.balanceOfCase(caseId) + "円 (延滞金を除く)";
        List<TaxBill> open = bills.findOpenByCase(caseId);
        if (!open.isEmpty()) {
            LocalDate today = Today.date();
            long documentId = notices.reminderLetter(caseId, open.get(0).addresseeNo(), open, round, today,
                    NegotiationLog.SYSTEM);
            note += " / 催告書 文書ID " + documentId + " (指定納付期限 "
                    + jp.lg.collection.rules.WarekiDate.format(today.plusDays(NoticeIssuer.REMINDER_DAYS)) + ")";
        }
        log.record(caseId, NegotiationAction.REMINDER_LETTER, "第" + round + "回催告", note, null);
    }
}
