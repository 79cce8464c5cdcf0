package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CollectionArticlesTest {

    @Test
    void eachTaxCitesItsOwnArticles() {
        assertThat(CollectionArticles.cite(List.of(CollectionArticles.MUNICIPAL_INHABITANT_TAX),
                CollectionArticles::dunning)).isEqualTo("地方税法第329条第1項");
        assertThat(CollectionArticles.cite(List.of(CollectionArticles.FIXED_ASSET_TAX), CollectionArticles::dunning))
                .isEqualTo("地方税法第371条第1項");
        assertThat(CollectionArticles.cite(List.of(CollectionArticles.LIGHT_VEHICLE_TAX), CollectionArticles::dunning))
                .isEqualTo("地方税法第463条の25第1項");
        assertThat(CollectionArticles.cite(List.of(CollectionArticles.NATIONAL_HEALTH_INSURANCE_TAX),
                CollectionArticles::seizure)).isEqualTo("地方税法第728条第1項");
        assertThat(CollectionArticles.cite(List.of(CollectionArticles.FIXED_ASSET_TAX),
                CollectionArticles::enforcementByExample)).isEqualTo("地方税法第373条第7項");
        assertThat(CollectionArticles.cite(List.of(CollectionArticles.LIGHT_VEHICLE_TAX),
                CollectionArticles::lateCharge)).isEqualTo("地方税法第463条の24第1項");
    }

    @Test
    void aPaperOfSeveralTaxesCitesEachOnceInTheOrderOfTheTable() {
        assertThat(CollectionArticles.cite(List.of(CollectionArticles.FIXED_ASSET_TAX,
                CollectionArticles.MUNICIPAL_INHABITANT_TAX, CollectionArticles.FIXED_ASSET_TAX),
                CollectionArticles::dunning)).isEqualTo("地方税法第329条第1項及び第371条第1項");
        assertThat(CollectionArticles.cite(List.of(CollectionArticles.NATIONAL_HEALTH_INSURANCE_TAX,
                CollectionArticles.LIGHT_VEHICLE_TAX, CollectionArticles.MUNICIPAL_INHABITANT_TAX),
                CollectionArticles::seizure)).isEqualTo("地方税法第331条第1項、第463条の27第1項及び第728条第1項");
    }

    @Test
    void nothingToCiteIsRefused() {
        assertThatThrownBy(() -> CollectionArticles.cite(List.of(), CollectionArticles::dunning))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("taxes:");
        assertThatThrownBy(() -> CollectionArticles.cite(null, CollectionArticles::dunning))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("taxes:");
    }
}
