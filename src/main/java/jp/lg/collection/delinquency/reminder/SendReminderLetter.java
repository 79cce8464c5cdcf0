package jp.lg.collection.delinquency.reminder;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import java.util.Optional;
import jp.lg.collection.delinquency.GraceCalendar;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 催告書発送: sends the n-th written reminder and counts the round. A reminder is not statutory; it only
 * defers completion of the limitation period once (民法150), which CollectionLimitation accounts for.
 * While a 徴収猶予 is in force the taxpayer is not pressed: no letter goes out and the round is not counted; the
 * step sets {@code remindersHeldUntil} (the day after the grace's last day, null otherwise) and the model waits.
 * Each round issues a {@link ReminderLetter} (queued for printing with the case, id in the log entry) over the open
 * installments with a designated payment deadline {@code collection.reminder.payment-days} after issue
 * ({@link ReminderProperties}).
 */
@Component("sendReminderLetter")
public class SendReminderLetter implements JavaDelegate {

    private final TaxBillRepository bills;
    private final NegotiationLog log;
    private final NoticeQueue notices;
    private final ReminderProperties practice;
    private final GraceCalendar graces;

    public SendReminderLetter(TaxBillRepository bills, NegotiationLog log, NoticeQueue notices,
            ReminderProperties practice, GraceCalendar graces) {
        this.bills = bills;
        this.log = log;
        this.notices = notices;
        this.practice = practice;
        this.graces = graces;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        Optional<LocalDate> grace = graces.collectionGraceUntil(caseId, Today.date());
        execution.setVariable("remindersHeldUntil", grace.map(end -> Today.startOf(end.plusDays(1))).orElse(null));
        if (grace.isPresent()) {
            log.record(caseId, NegotiationAction.REMINDER_LETTER, "催告の保留 (徴収猶予中)", WarekiDate.format(grace.get())
                    + "まで催告しません (地方税法15条の2の3第1項)", null);
            return;
        }
        Integer previous = (Integer) execution.getVariable("reminderRound");
        int round = previous == null ? 1 : previous + 1;
        execution.setVariable("reminderRound", round);
        String note = "未納額 " + bills.balanceOfCase(caseId) + "円 (延滞金を除く)";
        List<TaxBill> open = bills.findOpenByCase(caseId);
        if (!open.isEmpty()) {
            LocalDate today = Today.date();
            LocalDate payBy = today.plusDays(practice.paymentDays());
            String addresseeNo = open.get(0).addresseeNo();
            long documentId = notices.issue(caseId, addresseeNo, DocumentKind.REMINDER_LETTER,
                    DocumentKind.REMINDER_LETTER.label() + "(第" + round + "回)", today, NegotiationLog.SYSTEM,
                    new ReminderLetter.Content(notices.addressee(addresseeNo), caseId, today, round, payBy,
                            notices.lines(open, today)));
            note += " / 催告書 文書ID " + documentId + " (指定納付期限 " + WarekiDate.format(payBy) + ")";
        }
        log.record(caseId, NegotiationAction.REMINDER_LETTER, "第" + round + "回催告", note, null);
    }
}
