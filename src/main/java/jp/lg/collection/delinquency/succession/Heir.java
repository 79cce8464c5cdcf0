package jp.lg.collection.delinquency.succession;

/** One heir and the share of the debt he or she takes over (法9②: the statutory inheritance share). */
public record Heir(String addresseeNo, int numerator, int denominator) {

    /** The heir's part of an amount: truncated to the yen (verify: the remainder stays with the first heir). */
    public long shareOf(long amount) {
        return Math.multiplyExact(amount, (long) numerator) / denominator;
    }
}
