package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

class AuctionScheduleTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void noticeWithTenWholeDaysBeforeTheAuction() {
        // the rules file's example: auction 6/20 → 10 whole days 6/10–6/19 → notice by 6/9 (auction − 11)
        assertThat(AuctionSchedule.latestNoticeDate(d("2026-06-20"))).isEqualTo(d("2026-06-09"));
        // auction 7/21 → 7/10
        assertThat(AuctionSchedule.latestNoticeDate(d("2025-07-21"))).isEqualTo(d("2025-07-10"));
        // 3/5/2024 − 11 = 2/23 (29 Feb counted); 3/5/2025 − 11 = 2/22
        assertThat(AuctionSchedule.latestNoticeDate(d("2024-03-05"))).isEqualTo(d("2024-02-23"));
        assertThat(AuctionSchedule.latestNoticeDate(d("2025-03-05"))).isEqualTo(d("2025-02-22"));
        // 1/8/2026 − 11 = 12/28/2025
        assertThat(AuctionSchedule.latestNoticeDate(d("2026-01-08"))).isEqualTo(d("2025-12-28"));
    }

    @Test
    void estimateOfImmovablesWithThreeWholeDaysBeforeTheAuction() {
        // auction 6/20 → 3 whole days 6/17–6/19 → estimate by 6/16 (auction − 4)
        assertThat(AuctionSchedule.estimateDisclosureDeadline(d("2026-06-20"))).isEqualTo(d("2026-06-16"));
        // 3/2/2024 − 4 = 2/27/2024 (29 Feb counted); 3/2/2025 − 4 = 2/26/2025
        assertThat(AuctionSchedule.estimateDisclosureDeadline(d("2024-03-02"))).isEqualTo(d("2024-02-27"));
        assertThat(AuctionSchedule.estimateDisclosureDeadline(d("2025-03-02"))).isEqualTo(d("2025-02-26"));
    }

    @Test
    void movablesAreDecidedOnTheAuctionDay() {
        assertThat(AuctionSchedule.saleDecisionDate(d("2025-07-21"), false)).isEqualTo(d("2025-07-21"));
    }

    @Test
    void immovablesAreDecidedOnTheDayOnWhichSevenDaysHavePassed() {
        // auction 6/20 is day 1 → day 7 is 6/26 → 7 days have passed on 6/27 (auction + 7)
        assertThat(AuctionSchedule.saleDecisionDate(d("2026-06-20"), true)).isEqualTo(d("2026-06-27"));
        // 7/21 → 7/28; 12/28/2025 → 1/4/2026; 2/25/2024 → 3/3/2024 (29 Feb counted)
        assertThat(AuctionSchedule.saleDecisionDate(d("2025-07-21"), true)).isEqualTo(d("2025-07-28"));
        assertThat(AuctionSchedule.saleDecisionDate(d("2025-12-28"), true)).isEqualTo(d("2026-01-04"));
        assertThat(AuctionSchedule.saleDecisionDate(d("2024-02-25"), true)).isEqualTo(d("2024-03-03"));
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
        assertThatThrownBy(() -> AuctionSchedule.award(-1, List.of(), new FixedLot(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("estimatedPrice:");
    }

    /** A lot that always draws the {@code index}-th of the tied bids, and says how many it drew from. */
    static final class FixedLot implements RandomGenerator {
        final int index;
        int drawnFrom;

        FixedLot(int index) {
            this.index = index;
        }

        @Override
        public int nextInt(int bound) {
            drawnFrom = bound;
            return index;
        }

        @Override
        public long nextLong() {
            throw new AssertionError("only nextInt(bound) draws a lot");
        }
    }

    @Test
    void highestBidAtOrAboveTheEstimateWinsWithoutALot() {
        List<Bid> bids = List.of(new Bid("A", 1_050_000), new Bid("B", 1_200_000), new Bid("C", 1_100_000));
        FixedLot lot = new FixedLot(0);
        assertThat(AuctionSchedule.award(1_000_000, bids, lot)).get().satisfies(a -> {
            assertThat(a.winner()).isEqualTo(new Bid("B", 1_200_000));
            assertThat(a.byLot()).isFalse();
            assertThat(a.drawnAmong()).isEmpty();
        });
        assertThat(lot.drawnFrom).isZero();
    }

    @Test
    void bidExactlyAtTheEstimateWins() {
        List<Bid> bids = List.of(new Bid("A", 999_999), new Bid("B", 1_000_000));
        assertThat(AuctionSchedule.award(1_000_000, bids, new FixedLot(0))).get()
                .extracting(AuctionSchedule.Award::winner).isEqualTo(new Bid("B", 1_000_000));
    }

    @Test
    void bidsBelowTheEstimateDoNotWin() {
        List<Bid> bids = List.of(new Bid("A", 999_999), new Bid("B", 500_000));
        assertThat(AuctionSchedule.award(1_000_000, bids, new FixedLot(0))).isEmpty();
        assertThat(AuctionSchedule.award(1_000_000, List.of(), new FixedLot(0))).isEmpty();
        assertThat(AuctionSchedule.highestBids(1_000_000, bids)).isEmpty();
    }

    @Test
    void equalHighestBidsAreDrawnByLotAndTheDrawIsKept() {
        // 徴104②: B and C bid the same highest amount → a lot among the two; A's lower bid takes no part
        List<Bid> bids = List.of(new Bid("A", 1_200_000), new Bid("B", 1_300_000), new Bid("C", 1_300_000));
        assertThat(AuctionSchedule.highestBids(1_000_000, bids))
                .containsExactly(new Bid("B", 1_300_000), new Bid("C", 1_300_000));
        FixedLot second = new FixedLot(1);
        AuctionSchedule.Award award = AuctionSchedule.award(1_000_000, bids, second).orElseThrow();
        assertThat(award.winner().bidder()).isEqualTo("C"); // not the first submitted: the lot decides
        assertThat(award.byLot()).isTrue();
        assertThat(award.drawnAmong()).extracting(Bid::bidder).containsExactly("B", "C");
        assertThat(second.drawnFrom).isEqualTo(2);
        assertThat(AuctionSchedule.award(1_000_000, bids, new FixedLot(0)).orElseThrow().winner().bidder())
                .isEqualTo("B");
    }

    @Test
    void bidMustNameABidderAndNotBeNegative() {
        assertThatThrownBy(() -> new Bid(" ", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bidder:");
        assertThatThrownBy(() -> new Bid(null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bidder:");
        assertThatThrownBy(() -> new Bid("A", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("amount:");
        assertThatThrownBy(() -> AuctionSchedule.award(1, null, new FixedLot(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bids:");
        assertThatThrownBy(() -> AuctionSchedule.award(1, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lot:");
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
