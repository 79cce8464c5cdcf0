package jp.lg.collection.delinquency.payment;

import java.time.LocalDate;
import jp.lg.collection.bill.TaxItem;

/**
 * One payment slip as the bank reported it (a line of the 納付済通知): the installment it was printed for
 * (notice number, installment, year, tax), the day and amount paid, the channel, and the bank's record id that
 * makes it idempotent. {@link PaymentReconciliation} matches it.
 */
public record PaymentSlip(String recordId, String noticeNo, int installmentNo, int fiscalYear, TaxItem taxItem,
        LocalDate paidOn, long amount, String channel) {
}
