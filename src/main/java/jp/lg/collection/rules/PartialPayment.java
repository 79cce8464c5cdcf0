package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * A payment of part of the principal (一部納付). It reduces the base of the late charge from the day after
 * it was paid, because the late charge runs "until the day of payment" on the amount unpaid (法326①).
 *
 * @param paidOn the day the money was paid
 * @param amount yen applied to the principal, positive
 */
public record PartialPayment(LocalDate paidOn, long amount) {

    public PartialPayment {
        Args.notNull("paidOn", paidOn);
        if (amount <= 0) {
            throw new IllegalArgumentException("amount: must be positive (was " + amount + ")");
        }
    }
}
