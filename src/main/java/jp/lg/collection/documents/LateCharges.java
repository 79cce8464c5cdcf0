package jp.lg.collection.documents;

import java.time.LocalDate;
import jp.lg.collection.bill.BillLateCharges;
import jp.lg.collection.bill.TaxBill;
import org.springframework.stereotype.Component;

/**
 * The late charge still owed on a bill if it were paid in full on a given day, for notices and the case view:
 * the installment's one computation ({@link BillLateCharges}: declining balance, 猶予・執行停止 reductions,
 * rounded once), so a notice states what the allocation of a payment on that day would take.
 */
@Component
public class LateCharges {

    private final BillLateCharges charges;

    public LateCharges(BillLateCharges charges) {
        this.charges = charges;
    }

    /** Yen owed on {@code asOf}; null when the rates for a year involved are not loaded (printed as pending). */
    public Long owedOn(TaxBill bill, LocalDate asOf) {
        return charges.owedOn(bill, asOf);
    }
}
