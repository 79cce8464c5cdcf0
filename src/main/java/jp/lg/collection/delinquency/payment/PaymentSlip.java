package jp.lg.collection.delinquency.payment;

import java.time.LocalDate;
import jp.lg.collection.bill.TaxItem;

/**
 * One payment slip as the bank reported it (a line of the 納付済通知, a 振替済 record of a 口座振替 result, a
 * コンビニ 確報 record): the installment it was printed for (notice number, installment, year, tax) — which the
 * payment goes to first — the day and amount paid, the channel, and the source's record id that makes it
 * idempotent. {@link PaymentReconciliation} matches it.
 *
 * @param payerName the payer's name as the source wrote it (a 口座振替's 預金者名), shown on the unmatched list; may be null
 */
public record PaymentSlip(String recordId, String noticeNo, int installmentNo, int fiscalYear, TaxItem taxItem,
        LocalDate paidOn, long amount, String channel, String payerName) {

    /** A slip whose source names no payer (the bank's CSV). */
    public PaymentSlip(String recordId, String noticeNo, int installmentNo, int fiscalYear, TaxItem taxItem,
            LocalDate paidOn, long amount, String channel) {
        this(recordId, noticeNo, installmentNo, fiscalYear, taxItem, paidOn, amount, channel, null);
    }
}
