package jp.lg.collection.rules;

/**
 * A bid in a public auction (公売の入札).
 *
 * @param bidder who bid (an id or name; not blank)
 * @param amount yen bid, not negative
 */
public record Bid(String bidder, long amount) {

    public Bid {
        Args.notNull("bidder", bidder);
        if (bidder.isBlank()) {
            throw new IllegalArgumentException("bidder: must not be blank");
        }
        Args.notNegative("amount", amount);
    }
}
