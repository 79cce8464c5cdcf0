package jp.lg.collection.bill;

import java.time.LocalDate;

/**
 * 期別明細: one installment of one tax notice, with what has been paid against it. Amounts in yen.
 *
 * <p>{@code lateCharge} is the late charge assessed on the installment (延滞金調定額): its own charge, fixed when
 * the principal is paid in full, plus any carried to it. While principal is unpaid the charge is still running and
 * is computed, never stored ({@code BillLateCharges}). {@code lateChargePending}: the principal is paid but a
 * year's rate was not loaded, so the charge is still to be computed and fixed.
 */
public record TaxBill(
        long id,
        String addresseeNo,
        int fiscalYear,
        int levyYear,
        TaxItem taxItem,
        String noticeNo,
        int installmentNo,
        long principal,
        long dunningFee,
        long lateCharge,
        long principalPaid,
        long dunningFeePaid,
        long lateChargePaid,
        LocalDate dueDate,
        LocalDate statutoryDueDate,
        LocalDate dunningIssuedOn,
        LocalDate limitationStart,
        String status,
        String caseId,
        boolean lateChargePending) {

    /** An installment whose late charge is not pending. */
    public TaxBill(long id, String addresseeNo, int fiscalYear, int levyYear, TaxItem taxItem, String noticeNo,
            int installmentNo, long principal, long dunningFee, long lateCharge, long principalPaid,
            long dunningFeePaid, long lateChargePaid, LocalDate dueDate, LocalDate statutoryDueDate,
            LocalDate dunningIssuedOn, LocalDate limitationStart, String status, String caseId) {
        this(id, addresseeNo, fiscalYear, levyYear, taxItem, noticeNo, installmentNo, principal, dunningFee,
                lateCharge, principalPaid, dunningFeePaid, lateChargePaid, dueDate, statutoryDueDate, dunningIssuedOn,
                limitationStart, status, caseId, false);
    }

    public long principalDue() {
        return principal - principalPaid;
    }

    public long dunningFeeDue() {
        return dunningFee - dunningFeePaid;
    }

    /** What is owed now apart from any late charge (the running one and the assessed one alike). */
    public long balanceExcludingLateCharge() {
        return principalDue() + dunningFeeDue();
    }

    /** The assessed late charge still unpaid (延滞金調定額 − 収納額); not the charge still running on the principal. */
    public long assessedLateChargeDue() {
        return Math.max(0, lateCharge - lateChargePaid);
    }

    /** This installment as {@link TaxBillRepository#recordDunning} leaves it: dunned that day, the fee added. */
    public TaxBill dunned(LocalDate issuedOn, long fee, LocalDate limitationRestart) {
        return new TaxBill(id, addresseeNo, fiscalYear, levyYear, taxItem, noticeNo, installmentNo, principal,
                dunningFee + fee, lateCharge, principalPaid, dunningFeePaid, lateChargePaid, dueDate, statutoryDueDate,
                issuedOn, limitationRestart, status, caseId, lateChargePending);
    }

    /** "令和7年度 市民税・県民税(普通徴収) 第2期" — how a notice names the installment. */
    public String label() {
        // a fiscal year is named after the era year of its 1 April: 令和7年度 = April 2025 – March 2026
        String april = jp.lg.collection.rules.WarekiDate.format(LocalDate.of(fiscalYear, 4, 1));
        return april.substring(0, april.indexOf('年')) + "年度 " + taxItem.label() + " 第" + installmentNo + "期";
    }
}
