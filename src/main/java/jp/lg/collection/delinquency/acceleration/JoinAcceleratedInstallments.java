package jp.lg.collection.delinquency.acceleration;

import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.OverdueSweep;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.rules.AcceleratedCollection;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The installments brought forward join the taxpayer's case ({@link OverdueSweep#takeIntoCase}): his open case, or a
 * new one whose process starts now and, issuing no 督促状 for them, waits until they may be seized (法331①二). The
 * notice is filed with the case and the negotiation log records the acceleration with the notice's document id. Sets
 * {@code caseId}.
 */
@Component("joinAcceleratedInstallments")
public class JoinAcceleratedInstallments implements JavaDelegate {

    private final AcceleratedCollectionRepository accelerations;
    private final TaxBillRepository bills;
    private final OverdueSweep cases;
    private final DocumentRepository documents;
    private final NegotiationLog log;

    public JoinAcceleratedInstallments(AcceleratedCollectionRepository accelerations, TaxBillRepository bills,
            OverdueSweep cases, DocumentRepository documents, NegotiationLog log) {
        this.accelerations = accelerations;
        this.bills = bills;
        this.cases = cases;
        this.documents = documents;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "accelerationId");
        AcceleratedCollectionRepository.Acceleration a = accelerations.require(id);
        List<TaxBill> taken = accelerations.bills(id).keySet().stream().map(bills::require).toList();
        String caseId = cases.takeIntoCase(a.addresseeNo(), taken, Today.date());
        accelerations.recordCase(id, caseId);
        documents.attachToCase(a.noticeDocumentId(), caseId);
        log.record(caseId, NegotiationAction.ACCELERATED_COLLECTION,
                a.ground().label() + " (" + a.ground().shortArticle() + ") 繰上げ後の納期限 " + WarekiDate.format(a.acceleratedDueDate()),
                String.join("、", taken.stream().map(TaxBill::label).toList()) + " / 差押可能日 "
                        + WarekiDate.format(AcceleratedCollection.seizureEligibleFrom(a.acceleratedDueDate()))
                        + " / 繰上徴収告知書 文書ID " + a.noticeDocumentId(),
                a.decidedBy());
        execution.setVariable("caseId", caseId);
    }
}
