package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuctionScheduleTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void noticeAtLeastTenDaysBefore() {
        // auction 7/21 − 10 = 7/11
        assertThat(AuctionSchedule.latestNoticeDate(d("2025-07-21"))).isEqualTo(d("2025-07-11"));
        // 3/5/2024 − 10 = 2/24 (29 Feb counted); 3/5/2025 − 10 = 2/23
        assertThat(AuctionSchedule.latestNoticeDate(d("2024-03-05"))).isEqualTo(d("2024-02-24"));
        assertThat(AuctionSchedule.latestNoticeDate(d("2025-03-05"))).isEqualTo(d("2025-02-23"));
        // 1/8/2026 − 10 = 12/29/2025
        assertThat(AuctionSchedule.latestNoticeDate(d("2026-01-08"))).isEqualTo(d("2025-12-29"));
    }

    @Test
    void estimateDisclosedByThreeDaysBefore() {
        // 7/21 − 3 = 7/18; 3/2/2024 − 3 = 2/28/2024; 3/2/2025 − 3 = 2/27/2025
        assertThat(AuctionSchedule.estimateDisclosureDeadline(d("2025-07-21"))).isEqualTo(d("2025-07-18"));
        assertThat(AuctionSchedule.estimateDisclosureDeadline(d("2024-03-02"))).isEqualTo(d("2024-02-28"));
        assertThat(AuctionSchedule.estimateDisclosureDeadline(d("2025-03-02"))).isEqualTo(d("2025-02-27"));
    }

    @Test
    void movablesAreDecidedOnTheAuctionDay() {
        assertThat(AuctionSchedule.saleDecisionDate(d("2025-07-21"), false)).isEqualTo(d("2025-07-21"));
    }

    @Test
    void realEstateIsDecidedWhenSevenDaysHavePassedCountingTheAuctionDay() {
        // 7/21 is day 1 → day 7 is 7/27
        assertThat(AuctionSchedule.saleDecisionDate(d("2025-07-21"), true)).isEqualTo(d("2025-07-27"));
        // 12/28/2025 → 1/3/2026; 2/25/2024 → 3/2/2024 (29 Feb counted)
        assertThat(AuctionSchedule.saleDecisionDate(d("2025-12-28"), true)).isEqualTo(d("2026-01-03"));
        assertThat(AuctionSchedule.saleDecisionDate(d("2024-02-25"), true)).isEqualTo(d("2024-03-02"));
    }

    @Test
    void paymentDeadlineIsTheDecisionDayPlusAnExtensionOfUpTo30Days() {
        assertThat(AuctionSchedule.paymentDeadline(d("2025-07-27"), 0)).isEqualTo(d("2025-07-27"));
        assertThat(AuctionSchedule.paymentDeadline(d("2025-07-27"), 1)).isEqualTo(d("2025-07-28"));
        // 7/27 + 30 = 8/26
        assertThat(AuctionSchedule.paymentDeadline(d("2025-07-27"), 30)).isEqualTo(d("2025-08-26"));
    }

    @Test
    void extensionOutsideZeroTo30IsRejected() {
        assertThatThrownBy(() -> AuctionSchedule.paymentDeadline(d("2025-07-27"), 31))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("extensionDays: must be between 0 and 30");
        assertThatThrownBy(() -> AuctionSchedule.paymentDeadline(d("2025-07-27"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("extensionDays:");
    }

    @Test
    void depositIsTenPercentRoundedUp() {
        // 1,000,000 × 10 % = 100,000
        assertThat(AuctionSchedule.minimumDeposit(1_000_000)).isEqualTo(100_000);
        // 1,234,567 × 10 % = 123,456.7 → 123,457
        assertThat(AuctionSchedule.minimumDeposit(1_234_567)).isEqualTo(123_457);
        // 1,234,560 × 10 % = 123,456 exactly
        assertThat(AuctionSchedule.minimumDeposit(1_234_560)).isEqualTo(123_456);
        // 1 × 10 % = 0.1 → 1; 0 → 0
        assertThat(AuctionSchedule.minimumDeposit(1)).isEqualTo(1);
        assertThat(AuctionSchedule.minimumDeposit(0)).isZero();
    }

    @Test
    void aCityMayUseAnotherDepositRate() {
        // 1,234,567 × 20 % = 246,913.4 → 246,914
        assertThat(AuctionSchedule.minimumDeposit(1_234_567, new BigDecimal("20"))).isEqualTo(246_914);
        // 1,234,567 × 12.5 % = 154,320.875 → 154,321
        assertThat(AuctionSchedule.minimumDeposit(1_234_567, new BigDecimal("12.5"))).isEqualTo(154_321);
        assertThatThrownBy(() -> AuctionSchedule.minimumDeposit(1, new BigDecimal("100.1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("depositPercent:");
        assertThatThrownBy(() -> AuctionSchedule.minimumDeposit(1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("depositPercent:");
    }

    @Test
    void negativeEstimateIsRejected() {
        assertThatThrownBy(() -> AuctionSchedule.minimumDeposit(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("estimatedPrice: must not be negative");
        assertThatThrownBy(() -> AuctionSchedule.winningBid(-1, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("estimatedPrice:");
    }

    @Test
    void highestBidAtOrAboveTheEstimateWins() {
        List<Bid> bids = List.of(new Bid("A", 1_050_000), new Bid("B", 1_200_000), new Bid("C", 1_100_000));
        assertThat(AuctionSchedule.winningBid(1_000_000, bids)).contains(new Bid("B", 1_200_000));
    }

    @Test
    void bidExactlyAtTheEstimateWins() {
        List<Bid> bids = List.of(new Bid("A", 999_999), new Bid("B", 1_000_000));
        assertThat(AuctionSchedule.winningBid(1_000_000, bids)).contains(new Bid("B", 1_000_000));
    }

    @Test
    void bidsBelowTheEstimateDoNotWin() {
        List<Bid> bids = List.of(new Bid("A", 999_999), new Bid("B", 500_000));
        assertThat(AuctionSchedule.winningBid(1_000_000, bids)).isEmpty();
        assertThat(AuctionSchedule.winningBid(1_000_000, List.of())).isEmpty();
    }

    @Test
    void tiesGoToTheFirstSubmitted() {
        List<Bid> bids = List.of(new Bid("A", 1_200_000), new Bid("B", 1_300_000), new Bid("C", 1_300_000));
        assertThat(AuctionSchedule.winningBid(1_000_000, bids)).get().extracting(Bid::bidder).isEqualTo("B");
    }

    @Test
    void bidMustNameABidderAndNotBeNegative() {
        assertThatThrownBy(() -> new Bid(" ", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bidder:");
        assertThatThrownBy(() -> new Bid(null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bidder:");
        assertThatThrownBy(() -> new Bid("A", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("amount:");
        assertThatThrownBy(() -> AuctionSchedule.winningBid(1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bids:");
    }

    @Test
    void nullDatesAreRejectedByName() {
        assertThatThrownBy(() -> AuctionSchedule.latestNoticeDate(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("auctionDay:");
        assertThatThrownBy(() -> AuctionSchedule.estimateDisclosureDeadline(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("auctionDay:");
        assertThatThrownBy(() -> AuctionSchedule.saleDecisionDate(null, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("auctionDay:");
        assertThatThrownBy(() -> AuctionSchedule.paymentDeadline(null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("saleDecisionDate:");
    }
}
