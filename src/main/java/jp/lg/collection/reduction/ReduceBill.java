package jp.lg.collection.reduction;

import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 税額の減免: the installment's principal lowered by the amount decided ({@link TaxBillRepository#reducePrincipal}:
 * the reduction kept beside it, the whole tax exempted → EXEMPTED); its late charge, computed on the principal, follows
 * from the due date on. The decision row keeps the principal before and after. When the installment is in a case, the
 * case's log records it, and a case left with nothing to pay ends as paid (Message_PaidInFull, its seizures released).
 */
@Component("reduceBill")
public class ReduceBill implements JavaDelegate {

    private final TaxReductionRepository reductions;
    private final TaxBillRepository bills;
    private final DelinquencyCaseRepository cases;
    private final NegotiationLog log;

    public ReduceBill(TaxReductionRepository reductions, TaxBillRepository bills, DelinquencyCaseRepository cases,
            NegotiationLog log) {
        this.reductions = reductions;
        this.bills = bills;
        this.cases = cases;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaxReductionRepository.Reduction r = reductions.require(ProcessVariables.requireLong(execution, "reductionId"));
        if (!bills.reducePrincipal(r.billId(), r.reducedAmount(), r.decidedBy())) {
            // the decision checked it in this transaction: only a concurrent payment gets here
            throw new IllegalStateException("期別 " + r.billId() + " を減免できません (納付済みまたは未納額不足)");
        }
        TaxBill bill = bills.require(r.billId());
        String caseId = bill.caseId();
        if (caseId != null && "OPEN".equals(cases.statusOf(caseId))) {
            log.record(caseId, NegotiationAction.TAX_REDUCTION, bill.label() + " 減免 " + Yen.of(r.reducedAmount()),
                    r.ground().label() + " / 減免後の税額 " + Yen.of(bill.principal()) + " (" + r.number() + ")",
                    r.decidedBy());
            if (bills.settled(caseId)) {
                execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation("Message_PaidInFull")
                        .processInstanceBusinessKey(caseId).correlateAll();
            }
        }
    }
}
