package jp.lg.collection.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 公売の日程と落札 — 国税徴収法95 (公売公告), 98/99 (見積価額), 100 (公売保証金), 111/113 (売却決定),
 * 115 (買受代金の納付), applied to local tax by "滞納処分の例による".
 */
public final class AuctionSchedule {

    /** 徴95①: the notice is published at least 10 days before the auction day. */
    public static final int NOTICE_DAYS_BEFORE = 10;

    /** 徴99 (real estate): the estimated price is published by 3 days before the auction day. */
    public static final int ESTIMATE_DAYS_BEFORE = 3;

    /** 徴115③: the payment deadline may be extended by up to 30 days. */
    public static final int MAX_PAYMENT_EXTENSION_DAYS = 30;

    /** 徴100①: deposit as a percentage of the estimated price — (verify); a city may pass another rate. */
    public static final BigDecimal DEPOSIT_PERCENT = new BigDecimal("10");

    private AuctionSchedule() {
    }

    /**
     * The last day on which the auction notice may be published: auction day − 10 days (徴95① "公売の日の少なく
     * とも10日前までに"). If the 通達 reading "10 clear days between notice and auction" (中10日) is adopted,
     * the date is one day earlier — verify against the city's practice.
     */
    public static LocalDate latestNoticeDate(LocalDate auctionDay) {
        Args.notNull("auctionDay", auctionDay);
        return auctionDay.minusDays(NOTICE_DAYS_BEFORE);
    }

    /** The last day for publishing the estimated price of real estate: auction day − 3 days (徴99). */
    public static LocalDate estimateDisclosureDeadline(LocalDate auctionDay) {
        Args.notNull("auctionDay", auctionDay);
        return auctionDay.minusDays(ESTIMATE_DAYS_BEFORE);
    }

    /**
     * The sale-decision day: movables on the auction day (徴111); real estate on the day on which 7 days have
     * passed counting from the auction day, the auction day being day 1: auction + 6 days (徴113①).
     */
    public static LocalDate saleDecisionDate(LocalDate auctionDay, boolean realEstate) {
        Args.notNull("auctionDay", auctionDay);
        return realEstate ? auctionDay.plusDays(6) : auctionDay;
    }

    /**
     * The day by which the buyer pays the price: the sale-decision day (徴115①), extended by up to 30 days
     * (徴115③). Unpaid at its end, the sale decision is revoked (徴115④).
     */
    public static LocalDate paymentDeadline(LocalDate saleDecisionDate, int extensionDays) {
        Args.notNull("saleDecisionDate", saleDecisionDate);
        Args.between("extensionDays", extensionDays, 0, MAX_PAYMENT_EXTENSION_DAYS);
        return saleDecisionDate.plusDays(extensionDays);
    }

    /** The minimum deposit at {@link #DEPOSIT_PERCENT} of the estimated price, rounded up to the yen (verify). */
    public static long minimumDeposit(long estimatedPrice) {
        return minimumDeposit(estimatedPrice, DEPOSIT_PERCENT);
    }

    /**
     * The minimum deposit at {@code depositPercent} of the estimated price, rounded up to the yen so that the
     * deposit never falls below the percentage (徴100①, verify).
     */
    public static long minimumDeposit(long estimatedPrice, BigDecimal depositPercent) {
        Args.notNegative("estimatedPrice", estimatedPrice);
        Args.notNull("depositPercent", depositPercent);
        if (depositPercent.signum() < 0 || depositPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("depositPercent: must be between 0 and 100 (was " + depositPercent + ")");
        }
        return BigDecimal.valueOf(estimatedPrice)
                .multiply(depositPercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.UP)
                .longValueExact();
    }

    /**
     * The winning bid: the highest at or above the estimated price; among equal highest bids, the first
     * submitted (list order). (徴104 prescribes a lot among equal highest bids — verify; the caller may draw it
     * instead; the product takes submission order.) Empty when no bid reaches the estimate.
     *
     * @param bids in order of submission
     */
    public static Optional<Bid> winningBid(long estimatedPrice, List<Bid> bids) {
        Args.notNegative("estimatedPrice", estimatedPrice);
        List<Bid> list = Args.noNullElements("bids", bids);
        Bid best = null;
        for (Bid bid : list) {
            if (bid.amount() >= estimatedPrice && (best == null || bid.amount() > best.amount())) {
                best = bid;
            }
        }
        return Optional.ofNullable(best);
    }
}
