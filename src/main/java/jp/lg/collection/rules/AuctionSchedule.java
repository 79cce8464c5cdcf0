package jp.lg.collection.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * 公売の日程と落札 — 国税徴収法95 (公売公告), 98/99 (見積価額), 100 (公売保証金), 104 (最高価申込者), 111/113
 * (売却決定), 115 (買受代金の納付), applied to local tax by "滞納処分の例による" (法331⑥ etc., {@link CollectionArticles}).
 * Days before the auction are whole days between the two dates, neither counted; days after it count the
 * auction day as day 1 ("起算して").
 */
public final class AuctionSchedule {

    /**
     * 徴95①: the notice is published at least 10 days before the auction day — 10 whole days between the notice
     * day and the auction day, neither counted (通則法基本通達10関係, 徴基通95関係).
     */
    public static final int NOTICE_DAYS_BEFORE = 10;

    /** 徴99: the estimated price of 不動産等 is published by 3 days before the auction day, counted the same way. */
    public static final int ESTIMATE_DAYS_BEFORE = 3;

    /** 徴113①: the sale of 不動産等 is decided on the day on which 7 days have passed counting from the auction day. */
    public static final int IMMOVABLE_SALE_DECISION_DAYS = 7;

    /** 徴115③: the payment deadline may be extended by up to 30 days. */
    public static final int MAX_PAYMENT_EXTENSION_DAYS = 30;

    /** 徴100①: deposit as a percentage of the estimated price — (verify); a city may pass another rate. */
    public static final BigDecimal DEPOSIT_PERCENT = new BigDecimal("10");

    private AuctionSchedule() {
    }

    /**
     * The last day on which the auction notice may be published: 10 whole days must lie between it and the
     * auction day (徴95① "公売の日の少なくとも10日前までに", 中10日): auction 6/20 → notice by 6/9, auction − 11.
     */
    public static LocalDate latestNoticeDate(LocalDate auctionDay) {
        Args.notNull("auctionDay", auctionDay);
        return auctionDay.minusDays(NOTICE_DAYS_BEFORE + 1);
    }

    /**
     * The last day for publishing the estimated price of 不動産等: 3 whole days between it and the auction day
     * (徴99, 徴基通99関係), auction − 4 (auction 6/20 → by 6/16).
     */
    public static LocalDate estimateDisclosureDeadline(LocalDate auctionDay) {
        Args.notNull("auctionDay", auctionDay);
        return auctionDay.minusDays(ESTIMATE_DAYS_BEFORE + 1);
    }

    /**
     * The sale-decision day: movables, securities and telephone rights on the auction day (徴111); 不動産等 —
     * real estate and registered vehicles, ships and aircraft — on the day on which 7 days have passed counting
     * from the auction day, the auction day being day 1: the 7th day is auction + 6, the decision auction + 7
     * (徴113①; auction 6/20 → 6/27).
     *
     * @param immovableEtc the property is 不動産等 (徴113①)
     */
    public static LocalDate saleDecisionDate(LocalDate auctionDay, boolean immovableEtc) {
        Args.notNull("auctionDay", auctionDay);
        return immovableEtc ? auctionDay.plusDays(IMMOVABLE_SALE_DECISION_DAYS) : auctionDay;
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
     * The highest bids at or above the estimated price, in order of submission: one, or several of the same
     * amount (then a lot decides, {@link #award}); empty when no bid reaches the estimate.
     */
    public static List<Bid> highestBids(long estimatedPrice, List<Bid> bids) {
        Args.notNegative("estimatedPrice", estimatedPrice);
        List<Bid> list = Args.noNullElements("bids", bids);
        long best = list.stream().mapToLong(Bid::amount).filter(a -> a >= estimatedPrice).max().orElse(-1);
        return list.stream().filter(b -> b.amount() == best).toList();
    }

    /**
     * 最高価申込者の決定 (徴104): the highest bid at or above the estimated price; among equal highest bids the
     * buyer is drawn by lot (徴104② "くじで定める"), and the award records among whom it was drawn. Empty when no
     * bid reaches the estimate.
     *
     * @param bids in order of submission
     * @param lot  the lot: a secure random source in production, a fixed one in tests
     */
    public static Optional<Award> award(long estimatedPrice, List<Bid> bids, RandomGenerator lot) {
        Args.notNull("lot", lot);
        List<Bid> highest = highestBids(estimatedPrice, bids);
        if (highest.isEmpty()) {
            return Optional.empty();
        }
        if (highest.size() == 1) {
            return Optional.of(new Award(highest.get(0), List.of()));
        }
        return Optional.of(new Award(highest.get(lot.nextInt(highest.size())), highest));
    }

    /**
     * The bid that won.
     *
     * @param drawnAmong the equal highest bids the winner was drawn from by lot (徴104②); empty when it was
     *                   the only highest bid
     */
    public record Award(Bid winner, List<Bid> drawnAmong) {
        public Award {
            Args.notNull("winner", winner);
            drawnAmong = Args.noNullElements("drawnAmong", drawnAmong);
        }

        public boolean byLot() {
            return !drawnAmong.isEmpty();
        }
    }
}
