package jp.lg.collection.rules;

/**
 * Release of seized property that does not sell — 国税徴収法79②二 (applied to local taxes by 地方税法331⑥ and its
 * like): when the property has been put to public auction <b>three times</b> without a bid that could be
 * accepted, and no buyer nor a private sale is in prospect, the seizure may be released.
 *
 * <p>A round counts when it ended unsold: no bid at all, or none at or above the estimated price (a bid below
 * it is void, 徴104①; reading "入札等がなかった" to include it: verify against 徴基通79関係). A round whose sale was
 * decided and then revoked for non-payment (徴115④) had a buyer, and a round cancelled before its auction day
 * (a grace granted meanwhile) was never held: neither counts.
 */
public final class UnsoldRelease {

    /** The auctions the law counts before the release (徴79②二: 三回公売に付しても). */
    public static final int COUNTED_AUCTIONS = 3;

    private UnsoldRelease() {
    }

    /** Whether {@code roundsUnsold} rounds without an acceptable bid reach the law's count. */
    public static boolean releasable(int roundsUnsold) {
        Args.notNegative("roundsUnsold", roundsUnsold);
        return roundsUnsold >= COUNTED_AUCTIONS;
    }
}
