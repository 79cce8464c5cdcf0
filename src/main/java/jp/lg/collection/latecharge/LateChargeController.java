package jp.lg.collection.latecharge;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.BillLateCharges;
import jp.lg.collection.bill.BillLateCharges.BillLateCharge;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.rules.LateChargeResult;
import jp.lg.collection.rules.LateChargeRule;
import jp.lg.collection.system.Today;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Counter staff quote the late charge to a taxpayer: how much is due if the principal is paid on a given
 * day, with the per-period breakdown they can read out. The arithmetic is {@link LateChargeRule}'s over the
 * loaded rates; a case's installments are quoted by their one computation ({@link BillLateCharges}: payments
 * made, 猶予・執行停止 reductions), the figure the allocation of a payment on that day takes.
 */
@RestController
public class LateChargeController {

    /**
     * One open installment of a case, quoted for a day.
     *
     * @param lateCharge the late charge owed if everything is paid that day (assessed and running); null while
     *                   pending (a year's rate not loaded)
     * @param running    the running charge's lines, its exemptions (延滞金減免) and, when pending, the years missing
     */
    public record InstallmentQuote(long billId, String installment, LocalDate dueDate, long principalDue,
            long dunningFeeDue, long assessedLateChargeDue, Long lateCharge, LateChargeResult running) {
    }

    private final BillLateCharges lateCharges;
    private final TaxBillRepository bills;

    public LateChargeController(BillLateCharges lateCharges, TaxBillRepository bills) {
        this.lateCharges = lateCharges;
        this.bills = bills;
    }

    @GetMapping("/api/late-charge")
    public LateChargeResult quote(@RequestParam("principal") long principal,
            @RequestParam("dueDate") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            @RequestParam("paidOn") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn) {
        if (principal <= 0) {
            throw new IllegalArgumentException("principal: 本税額は1円以上の整数(円)で指定してください");
        }
        if (paidOn.isBefore(dueDate)) {
            throw new IllegalArgumentException("paidOn: 納付日 (" + paidOn + ") が納期限 (" + dueDate + ") より前です");
        }
        return lateCharges.rule().compute(principal, dueDate, paidOn);
    }

    /** The case's open installments as they stand on {@code asOf} (today when not given). */
    @GetMapping("/api/cases/{caseId}/late-charges")
    public List<InstallmentQuote> caseQuote(@PathVariable String caseId,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf == null ? Today.date() : asOf;
        return bills.findOpenByCase(caseId).stream().map(b -> {
            BillLateCharge charge = lateCharges.of(b, day);
            return new InstallmentQuote(b.id(), b.label(), b.dueDate(), b.principalDue(), b.dunningFeeDue(),
                    b.assessedLateChargeDue(), charge.owed(), charge.running());
        }).toList();
    }
}
