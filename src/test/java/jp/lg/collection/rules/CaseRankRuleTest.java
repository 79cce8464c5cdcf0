package jp.lg.collection.rules;

import static jp.lg.collection.rules.CaseRankRule.DEFAULT_BANDS;
import static jp.lg.collection.rules.CaseRankRule.DEFAULT_WEIGHTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.rules.CaseRankRule.Band;
import jp.lg.collection.rules.CaseRankRule.Facts;
import jp.lg.collection.rules.CaseRankRule.Factor;
import jp.lg.collection.rules.CaseRankRule.Result;
import jp.lg.collection.rules.CaseRankRule.Weight;
import org.junit.jupiter.api.Test;

/** The rank's arithmetic with the shipped weights (amount 35 / 1,000,000 yen, age 20 / 1,095 days, broken 15 / 2, property 15 / 1, limitation 15 / 180 days). */
class CaseRankRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 21);

    static Result rank(Facts facts, String imported) {
        return CaseRankRule.rank(facts, TODAY, DEFAULT_WEIGHTS, DEFAULT_BANDS, imported);
    }

    @Test
    void everyFactorInFullIsScore100AndRankA() {
        Result r = rank(new Facts(1_000_000, TODAY.minusDays(1_095), 2, 1, TODAY.plusDays(180)), null);
        assertThat(r.score()).isEqualTo(100);
        assertThat(r.rank()).isEqualTo("A");
        assertThat(r.points()).containsEntry(Factor.AMOUNT_OWED, 35).containsEntry(Factor.OLDEST_BILL_AGE, 20)
                .containsEntry(Factor.BROKEN_PROMISES, 15).containsEntry(Factor.FOUND_PROPERTY, 15)
                .containsEntry(Factor.LIMITATION_NEAR, 15);
    }

    @Test
    void aFreshSmallDebtRanksLow() {
        // 58,100 yen: 581 bp × 35; 21 days: 191 bp × 20 → 24,155 / 1,000,000 → 2.4 → 2
        Result r = rank(new Facts(58_100, LocalDate.of(2026, 5, 31), 0, 0, null), null);
        assertThat(r.score()).isEqualTo(2);
        assertThat(r.rank()).isEqualTo("D");
    }

    @Test
    void eachFactorCountsInProportionBelowFull() {
        // 500,000 yen 17.5 + 730 days 13.33 + 1 broken promise 7.5 + limitation in 270 days (2×180 − 270 = 90 of 180) 7.5
        Result r = rank(new Facts(500_000, TODAY.minusDays(730), 1, 0, TODAY.plusDays(270)), null);
        assertThat(r.score()).isEqualTo(46);
        assertThat(r.rank()).isEqualTo("B");
        assertThat(r.points()).containsEntry(Factor.AMOUNT_OWED, 18).containsEntry(Factor.LIMITATION_NEAR, 8)
                .containsEntry(Factor.FOUND_PROPERTY, 0);
    }

    @Test
    void theLimitationCountsInFullWithinFullAtAndNothingFromTwiceThat() {
        assertThat(rank(new Facts(0, null, 0, 0, TODAY.plusDays(180)), null).points())
                .containsEntry(Factor.LIMITATION_NEAR, 15);
        assertThat(rank(new Facts(0, null, 0, 0, TODAY.plusDays(360)), null).points())
                .containsEntry(Factor.LIMITATION_NEAR, 0);
        assertThat(rank(new Facts(0, null, 0, 0, TODAY.plusDays(359)), null).points())
                .containsEntry(Factor.LIMITATION_NEAR, 0); // 1/180 of 15
        assertThat(rank(new Facts(0, null, 0, 0, TODAY.minusDays(3)), null).score()).isEqualTo(15);
        assertThat(rank(new Facts(0, null, 0, 0, null), null).score()).isZero();
    }

    @Test
    void moreThanFullCountsAsFull() {
        assertThat(rank(new Facts(50_000_000, null, 9, 4, null), null).score()).isEqualTo(65);
    }

    @Test
    void anImportedRankIsAFloorAndOwnFactsMayRankHigher() {
        Result floor = rank(new Facts(58_100, LocalDate.of(2026, 5, 31), 0, 0, null), "A");
        assertThat(floor.score()).isEqualTo(60);
        assertThat(floor.rank()).isEqualTo("A");
        assertThat(floor.computedRank()).isEqualTo("D");
        assertThat(floor.importedRank()).isEqualTo("A");

        Result higher = rank(new Facts(1_000_000, TODAY.minusDays(1_095), 2, 1, null), "c");
        assertThat(higher.score()).isEqualTo(85);
        assertThat(higher.rank()).isEqualTo("A");
    }

    @Test
    void anImportedCodeThatIsNoBandIsKeptButNotUsed() {
        Result r = rank(new Facts(58_100, LocalDate.of(2026, 5, 31), 0, 0, null), "S");
        assertThat(r.rank()).isEqualTo("D");
        assertThat(r.importedRank()).isEqualTo("S");
        assertThat(rank(new Facts(0, null, 0, 0, null), " ").importedRank()).isNull();
    }

    @Test
    void theManagersWeightsAndBandsDecide() {
        List<Weight> onlyAmount = List.of(new Weight(Factor.AMOUNT_OWED, 10, 100_000),
                new Weight(Factor.OLDEST_BILL_AGE, 0, 1), new Weight(Factor.BROKEN_PROMISES, 0, 1),
                new Weight(Factor.FOUND_PROPERTY, 0, 1), new Weight(Factor.LIMITATION_NEAR, 0, 1));
        List<Band> two = List.of(new Band("D", 0), new Band("A", 50));
        Result r = CaseRankRule.rank(new Facts(50_000, TODAY.minusDays(999), 5, 5, TODAY), TODAY, onlyAmount, two, null);
        assertThat(r.score()).isEqualTo(50);
        assertThat(r.rank()).isEqualTo("A");
        assertThat(CaseRankRule.rank(new Facts(1, null, 0, 0, null), TODAY, onlyAmount, two, null).rank())
                .isEqualTo("D");
    }

    @Test
    void badTablesAreRefused() {
        assertThatThrownBy(() -> new Weight(Factor.AMOUNT_OWED, 101, 1)).hasMessageStartingWith("weight:");
        assertThatThrownBy(() -> new Weight(Factor.AMOUNT_OWED, 1, 0)).hasMessageStartingWith("fullAt:");
        assertThatThrownBy(() -> CaseRankRule.requireBands(List.of(new Band("A", 50)))).hasMessageStartingWith("bands:");
        assertThatThrownBy(() -> CaseRankRule.requireBands(List.of(new Band("A", 0), new Band("B", 0))))
                .hasMessageContaining("two ranks");
        assertThatThrownBy(() -> CaseRankRule.requireBands(List.of(new Band("A", 10), new Band("a", 0))))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> CaseRankRule.rank(new Facts(0, null, 0, 0, null), TODAY,
                List.of(DEFAULT_WEIGHTS.get(0), DEFAULT_WEIGHTS.get(0)), DEFAULT_BANDS, null))
                .hasMessageContaining("twice");
    }
}
