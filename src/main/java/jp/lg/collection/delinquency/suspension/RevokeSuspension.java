package jp.lg.collection.delinquency.suspension;

import java.time.LocalDate;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 執行停止の取消 (地方税法15条の8): property was found, so the suspension is revoked (the 3-year timer is gone
 * with the event gateway) and the case resumes enforcement. The taxpayer is told by the 執行停止取消通知書
 * ({@link SuspensionRevocationNotice}, ②), queued with the case, its document id in the log entry. Sets
 * {@code suspensionOutcome} = REVOKED.
 */
@Component("revokeSuspension")
public class RevokeSuspension implements JavaDelegate {

    private final SuspensionRepository suspensions;
    private final NegotiationLog log;
    private final NoticeQueue notices;
    private final DelinquencyCaseRepository cases;
    private final TaxBillRepository bills;

    public RevokeSuspension(SuspensionRepository suspensions, NegotiationLog log, NoticeQueue notices,
            DelinquencyCaseRepository cases, TaxBillRepository bills) {
        this.suspensions = suspensions;
        this.log = log;
        this.notices = notices;
        this.cases = cases;
        this.bills = bills;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "suspensionId");
        SuspensionRepository.Suspension s = suspensions.require(id);
        Object note = execution.getVariable("propertyFoundNote");
        Object by = execution.getVariable("propertyFoundBy");
        String reason = note == null ? "財産の判明" : note.toString();
        LocalDate today = Today.date();
        suspensions.end(id, "REVOKED", today, reason);
        String addresseeNo = cases.addresseeOf(s.caseId());
        long documentId = notices.issue(s.caseId(), addresseeNo, DocumentKind.SUSPENSION_REVOCATION_NOTICE,
                DocumentKind.SUSPENSION_REVOCATION_NOTICE.label(), today, NegotiationLog.SYSTEM,
                new SuspensionRevocationNotice.Content(notices.addressee(addresseeNo), s.caseId(), today,
                        s.startedOn() == null ? s.decidedOn() : s.startedOn(), s.ground(), reason,
                        notices.lines(bills.findOpenByCase(s.caseId()), today)));
        log.record(s.caseId(), NegotiationAction.SUSPENSION, "執行停止の取消 (地方税法15条の8)",
                reason + " / 執行停止取消通知書 文書ID " + documentId, by == null ? null : by.toString());
        execution.setVariable("suspensionOutcome", "REVOKED");
    }
}
