package jp.lg.collection.rules;

/**
 * The part of a payment applied to one bill.
 *
 * @param billId     the bill
 * @param dunningFee yen applied to its dunning fee
 * @param principal  yen applied to its principal
 * @param lateCharge yen applied to its late charge
 */
public record Allocation(long billId, long dunningFee, long principal, long lateCharge) {

    /** The total applied to the bill. */
    public long total() {
        return dunningFee + principal + lateCharge;
    }
}
