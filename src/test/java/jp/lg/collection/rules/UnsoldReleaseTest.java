package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** 徴79②二: three auctions without an acceptable bid allow the release of the seized property. */
class UnsoldReleaseTest {

    @Test
    void theThirdUnsoldAuctionReachesTheCount() {
        assertThat(UnsoldRelease.COUNTED_AUCTIONS).isEqualTo(3);
        assertThat(UnsoldRelease.releasable(0)).isFalse();
        assertThat(UnsoldRelease.releasable(2)).isFalse();
        assertThat(UnsoldRelease.releasable(3)).isTrue();
        assertThat(UnsoldRelease.releasable(4)).isTrue();
        assertThatThrownBy(() -> UnsoldRelease.releasable(-1)).hasMessageStartingWith("roundsUnsold:");
    }
}
