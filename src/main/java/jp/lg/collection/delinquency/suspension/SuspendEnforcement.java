package jp.lg.collection.delinquency.suspension;

import java.time.LocalDate;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.seizure.Disposition;
import jp.lg.collection.delinquency.seizure.DispositionKind;
import jp.lg.collection.delinquency.seizure.DispositionRepository;
import jp.lg.collection.delinquency.seizure.SeizureReleases;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.rules.SuspensionExtinction;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 執行停止: the suspension starts today and the taxpayer is notified (法15の7②, logged). Suspended for
 * livelihood (①二), the case's executed seizures and joinder seizures must be released (③), each with its
 * 解除通知書 ({@link SeizureReleases}). The debt is extinguished when the
 * suspension has continued 3 years (④), at the start of the day after their last day ({@link SuspensionExtinction}):
 * {@code extinctionDate} feeds the timer. The 執行停止通知書 ({@link SuspensionNotice}: the
 * ground by its item of ①, and the immediate extinction of ⑤ when decided) is stored with the case before any
 * seizure is released, over the installments as they stand; its document id is in the log entry.
 */
@Component("suspendEnforcement")
public class SuspendEnforcement implements JavaDelegate {

    private final SuspensionRepository suspensions;
    private final NegotiationLog log;
    private final TaxBillRepository bills;
    private final DelinquencyCaseRepository cases;
    private final NoticeQueue notices;
    private final DispositionRepository dispositions;
    private final SeizureReleases releases;

    public SuspendEnforcement(SuspensionRepository suspensions, NegotiationLog log, TaxBillRepository bills,
            DelinquencyCaseRepository cases, NoticeQueue notices, DispositionRepository dispositions,
            SeizureReleases releases) {
        this.suspensions = suspensions;
        this.log = log;
        this.bills = bills;
        this.cases = cases;
        this.notices = notices;
        this.dispositions = dispositions;
        this.releases = releases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "suspensionId");
        SuspensionRepository.Suspension s = suspensions.require(id);
        LocalDate today = Today.date();
        LocalDate extinction = SuspensionExtinction.extinguishedOn(today);
        suspensions.start(id, today, extinction);
        String addresseeNo = cases.addresseeOf(s.caseId());
        long documentId = notices.issue(s.caseId(), addresseeNo, DocumentKind.SUSPENSION_NOTICE,
                DocumentKind.SUSPENSION_NOTICE.label(), today, NegotiationLog.SYSTEM, new SuspensionNotice.Content(
                        notices.addressee(addresseeNo), s.caseId(), today, today, s.ground(), s.immediateExtinction(),
                        notices.lines(bills.findOpenByCase(s.caseId()), today)));
        log.record(s.caseId(), NegotiationAction.SUSPENSION, "執行停止通知書送付 (地方税法15条の7第2項)",
                s.ground().label() + " (" + s.ground().article() + ")。" + (s.immediateExtinction()
                        ? "即時消滅 (同条第5項)" : "3年の末日 " + WarekiDate.format(SuspensionExtinction.lastDay(today))
                                + " の経過により " + WarekiDate.format(extinction) + " に消滅予定 (同条第4項)")
                        + " / 執行停止通知書 文書ID " + documentId,
                s.decidedBy());
        if (s.ground() == SuspensionGround.LIVELIHOOD) {
            int released = 0;
            for (Disposition d : dispositions.findByCase(s.caseId())) {
                if (Disposition.EXECUTED.equals(d.status()) && d.kind() != DispositionKind.DELIVERY_DEMAND
                        && releases.release(d, "執行停止 (生活困窮) による解除 (地方税法15条の7第3項)", null, s.decidedBy())) {
                    released++;
                }
            }
            execution.setVariable("releasedSeizures", released);
        }
        execution.setVariable("extinctionDate", Today.startOf(extinction));
    }
}
