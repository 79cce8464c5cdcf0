package jp.lg.collection.delinquency.auction;

import java.time.LocalDate;

/** One round of a public auction of a seized asset (row of {@code auction}). */
public record Auction(long id, long dispositionId, String caseId, int roundNo, long estimatedPrice,
        LocalDate auctionDay, LocalDate noticeBy, LocalDate noticePublishedOn, LocalDate saleDecisionOn,
        LocalDate paymentDeadline, String buyer, Long price, LocalDate paidOn, String status) {
}
