package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 減免 on application: the statute that lets each tax be reduced, the ordinance's deadline, the amount. */
class TaxReductionRuleTest {

    @Test
    void eachTaxIsReducedUnderItsOwnArticle() {
        assertThat(TaxReductionRule.statutoryBasis(CollectionArticles.MUNICIPAL_INHABITANT_TAX)).isEqualTo("第323条");
        assertThat(TaxReductionRule.statutoryBasis(CollectionArticles.FIXED_ASSET_TAX)).isEqualTo("第367条");
        assertThat(TaxReductionRule.statutoryBasis(CollectionArticles.LIGHT_VEHICLE_TAX)).isEqualTo("第463条の23");
        assertThat(TaxReductionRule.statutoryBasis(CollectionArticles.NATIONAL_HEALTH_INSURANCE_TAX)).isEqualTo("第717条");
    }

    @Test
    void theDeadlineCountsBackFromTheDueDate() {
        LocalDate due = LocalDate.of(2026, 5, 31);
        // 「納期限まで」
        assertThat(TaxReductionRule.lastDayToApply(due, 0)).isEqualTo(due);
        // 「納期限前7日まで」: 5/24
        assertThat(TaxReductionRule.lastDayToApply(due, 7)).isEqualTo(LocalDate.of(2026, 5, 24));
        assertThat(TaxReductionRule.inTime(LocalDate.of(2026, 5, 24), due, 7)).isTrue();
        assertThat(TaxReductionRule.inTime(LocalDate.of(2026, 5, 25), due, 7)).isFalse();
        assertThat(TaxReductionRule.inTime(due, due, 0)).isTrue();
        assertThat(TaxReductionRule.inTime(LocalDate.of(2026, 6, 1), due, 0)).isFalse();
        assertThatThrownBy(() -> TaxReductionRule.lastDayToApply(due, -1)).hasMessageStartingWith("daysBeforeDueDate");
    }

    @Test
    void atMostTheUnpaidTaxIsReduced() {
        assertThat(TaxReductionRule.requireAmount(10_800, 10_800)).isEqualTo(10_800);
        assertThat(TaxReductionRule.requireAmount(1, 10_800)).isEqualTo(1);
        assertThatThrownBy(() -> TaxReductionRule.requireAmount(10_801, 10_800))
                .hasMessage("reductionAmount: 減免額は未納の税額 10,800円以内です (10,801円)");
        assertThatThrownBy(() -> TaxReductionRule.requireAmount(0, 10_800)).hasMessageStartingWith("reductionAmount: ");
    }
}
