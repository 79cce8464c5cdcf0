package jp.lg.collection.delinquency.succession;

import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 相続人への承継 (法9): each open installment of the deceased is divided among the heirs by their shares
 * into installments of their own — the unpaid principal, fee and assessed late charge; the same tax, period
 * and due dates, the dunning already issued, and the limitation period with its history (its start, its last
 * renewal, and through the link to the decedent's installment the seizures, graces and reminders of the
 * decedent's case: the debt is the same debt) — the deceased's installments are closed as SUCCEEDED, and the
 * heirs are recorded with their shares. The heirs' new
 * installments are overdue, so the next sweep gathers each heir's into a case of his or her own.
 */
@Component("transferToHeirs")
public class TransferToHeirs implements JavaDelegate {

    private final TaxBillRepository bills;
    private final TaxpayerRepository taxpayers;
    private final NegotiationLog log;
    private final JdbcClient jdbc;

    public TransferToHeirs(TaxBillRepository bills, TaxpayerRepository taxpayers, NegotiationLog log,
            JdbcClient jdbc) {
        this.bills = bills;
        this.taxpayers = taxpayers;
        this.log = log;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        String decedent = (String) execution.getVariable("addresseeNo");
        List<Heir> heirs = HeirList.parse("heirs", (String) execution.getVariable("heirs"));
        boolean qualified = Boolean.parseBoolean(String.valueOf(execution.getVariable("qualifiedAcceptance")));
        for (Heir heir : heirs) {
            if (!taxpayers.exists(heir.addresseeNo())) {
                throw new TaskInputException("heirs", "宛名番号 " + heir.addresseeNo() + " は登録されていません");
            }
            if (heir.addresseeNo().equals(decedent)) {
                throw new TaskInputException("heirs", "被相続人本人は相続人になれません");
            }
        }
        for (int seq = 0; seq < heirs.size(); seq++) {
            Heir heir = heirs.get(seq);
            jdbc.sql("""
                    INSERT INTO successor (case_id, decedent_addressee_no, successor_seq, successor_addressee_no,
                      share_numerator, share_denominator, qualified_acceptance, succeeded_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(caseId, decedent, seq + 1, heir.addresseeNo(), heir.numerator(), heir.denominator(),
                    qualified, Today.date()).update();
        }
        for (TaxBill bill : bills.findOpenByCase(caseId)) {
            long principal = bill.principalDue();
            long fee = bill.dunningFeeDue();
            long lateCharge = bill.lateCharge() - bill.lateChargePaid();
            long principalGiven = 0;
            long feeGiven = 0;
            long lateChargeGiven = 0;
            for (int seq = heirs.size() - 1; seq >= 0; seq--) {
                Heir heir = heirs.get(seq);
                // the first heir takes what truncation leaves over, so the parts add up to the whole
                long part = seq == 0 ? principal - principalGiven : heir.shareOf(principal);
                long feePart = seq == 0 ? fee - feeGiven : heir.shareOf(fee);
                long lateChargePart = seq == 0 ? lateCharge - lateChargeGiven : heir.shareOf(lateCharge);
                principalGiven += part;
                feeGiven += feePart;
                lateChargeGiven += lateChargePart;
                // the heir's installment is the decedent's debt: its limitation period and its history go with it
                long heirsBill = bills.insert(new TaxBill(0, heir.addresseeNo(), bill.fiscalYear(), bill.levyYear(),
                        bill.taxItem(), bill.noticeNo() + "-S" + (seq + 1), bill.installmentNo(), part, feePart,
                        lateChargePart, 0, 0, 0, bill.dueDate(), bill.statutoryDueDate(), bill.dunningIssuedOn(),
                        bill.limitationStart(), "OPEN", null), NegotiationLog.SYSTEM);
                bills.recordSuccession(heirsBill, bill.id());
            }
            bills.setStatus(bill.id(), "SUCCEEDED", NegotiationLog.SYSTEM);
        }
        log.record(caseId, NegotiationAction.SUCCESSION, heirs.size() + "名に承継" + (qualified ? " (限定承認)" : ""),
                String.join("、", heirs.stream().map(h -> h.addresseeNo() + " " + h.numerator() + "/" + h.denominator())
                        .toList()), null);
    }
}
