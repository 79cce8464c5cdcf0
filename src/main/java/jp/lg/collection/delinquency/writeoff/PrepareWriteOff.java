package jp.lg.collection.delinquency.writeoff;

import java.util.List;
import java.util.stream.Collectors;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.rules.WarekiDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 不納欠損の対象の抽出: the case's extinguished bills not yet written off, each with what was owed (principal,
 * late charge, fee) and why it was extinguished. Sets {@code writeOffCount} and {@code writeOffSummary}
 * (shown on the approval form).
 */
@Component("prepareWriteOff")
public class PrepareWriteOff implements JavaDelegate {

    private final BillExtinctions extinctions;
    private final TaxBillRepository bills;

    public PrepareWriteOff(BillExtinctions extinctions, TaxBillRepository bills) {
        this.extinctions = extinctions;
        this.bills = bills;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = TaskInputs.requireText(execution, "caseId");
        List<BillExtinctions.Extinguished> pending = extinctions.pendingWriteOff(caseId);
        execution.setVariable("writeOffCount", pending.size());
        execution.setVariable("writeOffSummary", pending.stream()
                .map(e -> "- " + bills.require(e.billId()).label() + ": 本税 " + e.principal() + "円 / 延滞金 "
                        + e.lateCharge() + "円 / 督促手数料 " + e.fee() + "円 — " + e.reason().label() + " ("
                        + e.reason().article() + "、" + WarekiDate.format(e.extinguishedOn()) + "消滅)")
                .collect(Collectors.joining("\n")));
    }
}
