package jp.lg.collection.delinquency.writeoff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 不納欠損の記帳: one ledger row per extinguished bill — principal, late charge and fee apart, with the reason code
 * (LIMITATION 法18①, SUSPENSION_3Y 法15の7④, IMMEDIATE 法15の7⑤) and the approving manager — and the bill becomes
 * WRITTEN_OFF. The bills are read again here, so the ledger books what is extinguished at confirmation. Book
 * it before the accounts of the year close (出納閉鎖 5/31, 地方自治法235の5). The rows booked go on one
 * 不納欠損処分決議書 ({@link WriteOffResolution}, kept with the case), whose document id closes each log entry;
 * nothing booked, no sheet.
 */
@Component("recordWriteOff")
public class RecordWriteOff implements JavaDelegate {

    private final BillExtinctions extinctions;
    private final WriteOffLedger ledger;
    private final TaxBillRepository bills;
    private final NegotiationLog log;
    private final DelinquencyCaseRepository cases;
    private final NoticeQueue notices;

    public RecordWriteOff(BillExtinctions extinctions, WriteOffLedger ledger, TaxBillRepository bills,
            NegotiationLog log, DelinquencyCaseRepository cases, NoticeQueue notices) {
        this.extinctions = extinctions;
        this.ledger = ledger;
        this.bills = bills;
        this.log = log;
        this.cases = cases;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = TaskInputs.requireText(execution, "caseId");
        String approvedBy = TaskInputs.requireText(execution, "writeOffApprovedBy");
        LocalDate today = Today.date();
        long principal = 0;
        long lateCharge = 0;
        long fee = 0;
        int count = 0;
        List<BillExtinctions.Extinguished> pending = extinctions.pendingWriteOff(caseId);
        List<TaxBill> booked = new ArrayList<>();
        List<WriteOffResolution.Line> sheet = new ArrayList<>();
        for (BillExtinctions.Extinguished e : pending) {
            ledger.insert(new WriteOffLedger.Row(e.billId(), caseId, today, e.reason(), e.principal(), e.lateCharge(),
                    e.fee(), approvedBy));
            bills.setStatus(e.billId(), "WRITTEN_OFF", approvedBy);
            TaxBill bill = bills.require(e.billId());
            booked.add(bill);
            sheet.add(new WriteOffResolution.Line(new NoticeLine(bill.fiscalYear(), bill.taxItem().label(),
                    bill.installmentNo(), bill.noticeNo(), bill.dueDate(), e.principal(), e.fee(), e.lateCharge()),
                    e.extinguishedOn(), e.reason().label(), e.reason().article(), e.lateCharge()));
            principal += e.principal();
            lateCharge += e.lateCharge();
            fee += e.fee();
            count++;
        }
        if (!sheet.isEmpty()) {
            String addresseeNo = cases.addresseeOf(caseId);
            long documentId = notices.issue(caseId, addresseeNo, DocumentKind.WRITE_OFF_RESOLUTION,
                    DocumentKind.WRITE_OFF_RESOLUTION.label(), today, NegotiationLog.SYSTEM,
                    new WriteOffResolution.Content(notices.addressee(addresseeNo), caseId, today, approvedBy, sheet));
            for (int i = 0; i < pending.size(); i++) {
                BillExtinctions.Extinguished e = pending.get(i);
                TaxBill bill = booked.get(i);
                log.record(caseId, NegotiationAction.WRITE_OFF, bill.label(),
                        e.reason().label() + " (" + e.reason().article() + "): 本税 " + e.principal() + "円 / 延滞金 "
                                + e.lateCharge() + "円 / 督促手数料 " + e.fee() + "円 / 不納欠損処分決議書 文書ID "
                                + documentId,
                        approvedBy);
            }
        }
        execution.setVariable("writeOffCount", count);
        execution.setVariable("writeOffTotal", principal + lateCharge + fee);
    }
}
