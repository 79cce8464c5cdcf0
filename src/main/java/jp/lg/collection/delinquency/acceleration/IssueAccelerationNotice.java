package jp.lg.collection.delinquency.acceleration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 繰上徴収の告知: on the day of the approval each installment's due date is brought forward to the new one (the one
 * before kept as 繰上前納期限) and the 繰上徴収告知書 ({@link AcceleratedCollectionNotice}) is queued for printing,
 * with the taxpayer's open case when he has one (otherwise it follows him into the case the next step opens). Sets
 * {@code accelerationNoticeId}.
 */
@Component("issueAccelerationNotice")
public class IssueAccelerationNotice implements JavaDelegate {

    private final AcceleratedCollectionRepository accelerations;
    private final TaxBillRepository bills;
    private final DelinquencyCaseRepository cases;
    private final NoticeQueue notices;

    public IssueAccelerationNotice(AcceleratedCollectionRepository accelerations, TaxBillRepository bills,
            DelinquencyCaseRepository cases, NoticeQueue notices) {
        this.accelerations = accelerations;
        this.bills = bills;
        this.cases = cases;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "accelerationId");
        AcceleratedCollectionRepository.Acceleration a = accelerations.require(id);
        LocalDate today = Today.date();
        List<AcceleratedCollectionNotice.Line> lines = new ArrayList<>();
        for (Map.Entry<Long, LocalDate> e : accelerations.bills(id).entrySet()) {
            if (!bills.bringDueDateForward(e.getKey(), a.acceleratedDueDate(), today, id, a.decidedBy())) {
                // the decision checked it in this transaction: only a concurrent payment gets here
                throw new IllegalStateException("期別 " + e.getKey() + " の納期限を繰り上げられません (納付済みか納期限到来)");
            }
            TaxBill bill = bills.require(e.getKey());
            lines.add(new AcceleratedCollectionNotice.Line(NoticeLine.of(bill, 0L), e.getValue()));
        }
        String openCase = cases.findOpenCaseOf(a.addresseeNo()).orElse(null);
        DocumentKind kind = DocumentKind.ACCELERATED_COLLECTION_NOTICE;
        long documentId = notices.issue(openCase, a.addresseeNo(), kind, kind.label(), today, a.decidedBy(),
                new AcceleratedCollectionNotice.Content(notices.addressee(a.addresseeNo()), openCase, today, a.ground(),
                        a.facts(), a.acceleratedDueDate(), lines));
        accelerations.recordNotice(id, documentId);
        execution.setVariable("accelerationNoticeId", documentId);
    }
}
