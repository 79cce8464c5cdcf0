package jp.lg.collection.delinquency.suspension;

import java.time.LocalDate;
import jp.lg.collection.bill.BillLateCharges;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.writeoff.BillExtinctions;
import jp.lg.collection.delinquency.writeoff.ExtinctionReason;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 納税義務の消滅: after 3 continuous years of suspension (法15の7④) or at once when the manager decided so
 * (⑤), every open bill of the case is EXTINGUISHED, recorded with its reason and what was owed — the unpaid
 * fee and principal, and the late charge: assessed and unpaid, plus what ran on the principal until the day
 * before the suspension started (the charge for the suspension period is exempted, 法15の9) — the installment's
 * one computation ({@link BillLateCharges}; while a year's rate is missing only the assessed part is known). That
 * record is what the 不納欠損 ledger books. Sets {@code suspensionOutcome} = EXTINGUISHED.
 */
@Component("extinguishDebt")
public class ExtinguishDebt implements JavaDelegate {

    private final SuspensionRepository suspensions;
    private final TaxBillRepository bills;
    private final BillExtinctions extinctions;
    private final NegotiationLog log;
    private final BillLateCharges lateCharges;

    public ExtinguishDebt(SuspensionRepository suspensions, TaxBillRepository bills, BillExtinctions extinctions,
            NegotiationLog log, BillLateCharges lateCharges) {
        this.suspensions = suspensions;
        this.bills = bills;
        this.extinctions = extinctions;
        this.log = log;
        this.lateCharges = lateCharges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "suspensionId");
        SuspensionRepository.Suspension s = suspensions.require(id);
        ExtinctionReason reason = s.immediateExtinction() ? ExtinctionReason.IMMEDIATE : ExtinctionReason.SUSPENSION_3Y;
        LocalDate today = Today.date();
        long total = 0;
        for (TaxBill bill : bills.findOpenByCase(s.caseId())) {
            long lateCharge = lateCharges.of(bill, s.startedOn().minusDays(1)).knownOwed();
            extinctions.record(bill, today, reason, id, lateCharge, NegotiationLog.SYSTEM);
            bills.setStatus(bill.id(), "EXTINGUISHED", NegotiationLog.SYSTEM);
            total += bill.principalDue() + bill.dunningFeeDue() + lateCharge;
        }
        suspensions.end(id, "EXTINGUISHED", today, reason.label() + " (" + reason.article() + ")");
        log.record(s.caseId(), NegotiationAction.SUSPENSION, "納税義務の消滅: " + reason.label(),
                reason.article() + "。消滅額 " + total + "円 (不納欠損へ)", null);
        execution.setVariable("suspensionOutcome", "EXTINGUISHED");
    }
}
