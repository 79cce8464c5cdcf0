package jp.lg.collection.delinquency.payment;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import jp.lg.collection.bill.BillLateCharges;
import jp.lg.collection.bill.BillLateCharges.BillLateCharge;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.rules.LateChargeResult;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Late charges left pending by {@link CaseAllocation} (the principal paid while a year's rate was not loaded) are
 * computed and fixed once the rate is there (statutory-rules.md §2): on the installment, with their reductions
 * (延滞金減免情報) and a line in the case's 交渉経過. A case with nothing left to pay then ends as paid in full.
 * Run when an administrator adds a year and each night ({@code LateChargeRateCheck}).
 */
@Service
public class PendingLateCharges {

    private final TaxBillRepository bills;
    private final BillLateCharges lateCharges;
    private final DelinquencyCaseRepository cases;
    private final NegotiationLog log;
    private final RuntimeService runtimeService;

    public PendingLateCharges(TaxBillRepository bills, BillLateCharges lateCharges, DelinquencyCaseRepository cases,
            NegotiationLog log, RuntimeService runtimeService) {
        this.bills = bills;
        this.lateCharges = lateCharges;
        this.cases = cases;
        this.log = log;
        this.runtimeService = runtimeService;
    }

    /** Fixes every pending late charge whose rates are loaded now; returns how many were fixed. */
    @Transactional
    public int fixAll(String by) {
        int fixed = 0;
        Set<String> casesTouched = new LinkedHashSet<>();
        for (TaxBill bill : bills.findLateChargePending()) {
            BillLateCharge charge = lateCharges.of(bill, Today.date());
            if (charge.pending()) {
                continue;
            }
            long amount = charge.running().lateCharge();
            bills.fixPendingLateCharge(bill.id(), amount, by);
            lateCharges.recordReductions(charge, Today.date(), by);
            fixed++;
            if (bill.caseId() != null) {
                log.record(bill.caseId(), NegotiationAction.LATE_CHARGE_FIXED, bill.label() + " 延滞金 " + amount + "円",
                        "延滞金の割合の登録により、保留していた延滞金を計算 (地方税法326条、附則3の2)", by);
                casesTouched.add(bill.caseId());
            }
        }
        for (String caseId : casesTouched) {
            if ("OPEN".equals(cases.statusOf(caseId)) && bills.settled(caseId)) {
                runtimeService.createMessageCorrelation("Message_PaidInFull").processInstanceBusinessKey(caseId)
                        .correlateAll();
            }
        }
        return fixed;
    }

    /** "2027年" / "2027年・2028年": the years whose rates a pending charge waits for. */
    static String years(LateChargeResult result) {
        return result.missingRateYears().stream().map(y -> y + "年").collect(Collectors.joining("・"));
    }
}
