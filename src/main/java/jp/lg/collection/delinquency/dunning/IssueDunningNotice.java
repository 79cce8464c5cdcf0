package jp.lg.collection.delinquency.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import java.util.Optional;
import jp.lg.collection.delinquency.GraceCalendar;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.rules.AcceleratedCollection;
import jp.lg.collection.rules.CollectionLimitation;
import jp.lg.collection.rules.DunningDeadline;
import jp.lg.collection.rules.SeizureEligibility;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 督促状発付: every open installment of the case without a dunning notice gets one today — the issue date on
 * the bill, the city's dunning fee added (fees may be 0 by ordinance), the limitation period restarted
 * (法18の2) and an entry in the negotiation log. A notice later than 20 days after the due date is still
 * valid (法329① is directory) and is flagged in the log. The installments dunned today go out on one 督促状
 * ({@link DunningNotice}, queued for printing with the case; its document id is in each log entry). An installment
 * whose due date was brought forward (繰上徴収) gets none (法329①ただし書): it is enforceable from the day after its
 * new due date (法331①二). Sets {@code seizureEligibleFrom} for the timer.
 *
 * <p>No 督促 is issued while a 徴収猶予 is in force (法329②; 法15の2の3①: no new dunning on the graced tax): the step
 * then issues nothing, logs the hold once and sets {@code dunningHeldUntil}, the day after the grace's last day,
 * when the model's timer brings it back here; otherwise {@code dunningHeldUntil} is null.
 */
@Component("issueDunningNotice")
public class IssueDunningNotice implements JavaDelegate {

    private final TaxBillRepository bills;
    private final NegotiationLog log;
    private final NoticeQueue notices;
    private final GraceCalendar graces;
    private final long dunningFee;

    public IssueDunningNotice(TaxBillRepository bills, NegotiationLog log, NoticeQueue notices, GraceCalendar graces,
            @Value("${collection.dunning-fee:0}") long dunningFee) {
        this.bills = bills;
        this.log = log;
        this.notices = notices;
        this.graces = graces;
        this.dunningFee = dunningFee;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        LocalDate today = Today.date();
        Optional<LocalDate> grace = graces.collectionGraceUntil(caseId, today);
        if (grace.isPresent()) {
            log.record(caseId, NegotiationAction.DUNNING_NOTICE, "督促の保留 (徴収猶予中)", WarekiDate.format(grace.get())
                    + "まで督促状を発しません (地方税法329条2項、15条の2の3第1項)", null);
            execution.setVariable("dunningHeldUntil", Today.startOf(grace.get().plusDays(1)));
            return;
        }
        if (execution.hasVariable("dunningHeldUntil")) {
            execution.setVariable("dunningHeldUntil", null); // held before: the grace has ended
        } else {
            // read by the gateway right after, in this transaction: not stored for each case the sweep opens
            execution.setVariable("dunningHeldUntil", Variables.untypedValue(null, true));
        }
        LocalDate latestNotice = null;
        LocalDate acceleratedEligible = null;
        List<TaxBill> dunned = new ArrayList<>();
        var accelerated = bills.acceleratedWithoutDunning(caseId);
        for (TaxBill bill : bills.findOpenByCase(caseId)) {
            if (bill.dunningIssuedOn() != null) {
                latestNotice = later(latestNotice, bill.dunningIssuedOn());
                continue;
            }
            if (accelerated.containsKey(bill.id())) {
                acceleratedEligible = later(acceleratedEligible,
                        AcceleratedCollection.seizureEligibleFrom(accelerated.get(bill.id())));
                continue;
            }
            LocalDate restart = CollectionLimitation.restartAfterDunning(today);
            if (bills.recordDunning(bill.id(), today, dunningFee, restart, NegotiationLog.SYSTEM)) {
                dunned.add(bill.dunned(today, dunningFee, restart)); // with the fee just added, as the notice prints it
                latestNotice = later(latestNotice, today);
            } else { // dunned since it was read (another transaction): its own notice stands
                latestNotice = later(latestNotice, bills.require(bill.id()).dunningIssuedOn());
            }
        }
        if (!dunned.isEmpty()) {
            // one notice per case and day: the taxpayer gets one letter listing every installment dunned today
            String addresseeNo = dunned.get(0).addresseeNo();
            long documentId = notices.issue(caseId, addresseeNo, DocumentKind.DUNNING_NOTICE,
                    DocumentKind.DUNNING_NOTICE.label(), today, NegotiationLog.SYSTEM, new DunningNotice.Content(
                            notices.addressee(addresseeNo), caseId, today, notices.lines(dunned, today)));
            for (TaxBill bill : dunned) {
                String note = DunningDeadline.isLate(bill.dueDate(), today)
                        ? "法定の発付期限 (" + WarekiDate.format(DunningDeadline.latestIssueDate(bill.dueDate()))
                                + ") 後の発付"
                        : "督促手数料 " + dunningFee + "円";
                log.record(caseId, NegotiationAction.DUNNING_NOTICE, bill.label(),
                        note + " / 督促状 文書ID " + documentId, null);
            }
        }
        // enforcement waits for the most recent notice's 10 days, so every bill of the case may then be seized
        LocalDate eligible = later(latestNotice == null ? null : SeizureEligibility.eligibleFrom(latestNotice),
                acceleratedEligible);
        eligible = eligible == null ? today : eligible;
        execution.setVariable("seizureEligibleFrom", Today.startOf(eligible));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
