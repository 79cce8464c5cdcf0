package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * The facts of a 過誤納金 that 地方税法17の4① counts the 還付加算金 from.
 *
 * @param cause          why it arose (the item of 法17の4①)
 * @param paidOn         the day the money was paid (納付日); the addition never counts a day before the next one
 * @param taxDueDate     the 納期限 of the tax paid (①一: a payment before it counts from it); null when unknown
 * @param claimedOn      ①二: the day of the 更正の請求; null otherwise
 * @param causeDecidedOn ①二: the day of the 更正; ①三: the day the income-tax correction (or return) was notified;
 *                       null otherwise
 */
public record Overpayment(OverpaymentCause cause, LocalDate paidOn, LocalDate taxDueDate, LocalDate claimedOn,
        LocalDate causeDecidedOn) {

    public Overpayment {
        Args.notNull("cause", cause);
        Args.notNull("paidOn", paidOn);
        if (cause == OverpaymentCause.CORRECTION_REQUEST) {
            Args.notNull("claimedOn", claimedOn);
            Args.notNull("causeDecidedOn", causeDecidedOn);
        }
        if (cause == OverpaymentCause.INCOME_TAX_CORRECTION) {
            Args.notNull("causeDecidedOn", causeDecidedOn);
        }
    }

    /** 誤納 paid on a day. */
    public static Overpayment erroneous(LocalDate paidOn) {
        return new Overpayment(OverpaymentCause.ERRONEOUS, paidOn, null, null, null);
    }

    /** 過納 of a tax paid on {@code paidOn} and due on {@code taxDueDate} (null when unknown). */
    public static Overpayment overpaid(LocalDate paidOn, LocalDate taxDueDate) {
        return new Overpayment(OverpaymentCause.OVERPAID, paidOn, taxDueDate, null, null);
    }
}
