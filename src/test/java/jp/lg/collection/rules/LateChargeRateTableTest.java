package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class LateChargeRateTableTest {

    private final LateChargeRateTable table = RulesFileRates.TABLE;

    @Test
    void aYearIsFoundOrNot() {
        assertThat(table.find(2026)).contains(table.rateFor(2026));
        assertThat(table.find(2027)).isEmpty();
        assertThat(table.find(2013)).isEmpty();
    }

    @Test
    void missingYearNamesTheYear() {
        assertThatThrownBy(() -> table.rateFor(2013))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dueDate: late-charge rates for 2013 are not loaded");
        assertThatThrownBy(() -> table.rateFor(2027))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dueDate: late-charge rates for 2027 are not loaded");
    }

    @Test
    void fromDecemberANextYearNotLoadedIsWarnedAbout() {
        assertThat(table.yearsToWarnAbout(java.time.LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(table.yearsToWarnAbout(java.time.LocalDate.of(2026, 12, 1))).containsExactly(2027);
        assertThat(table.yearsToWarnAbout(java.time.LocalDate.of(2026, 12, 31))).containsExactly(2027);
        assertThat(table.yearsToWarnAbout(java.time.LocalDate.of(2027, 1, 1))).containsExactly(2027);
        assertThat(table.yearsToWarnAbout(java.time.LocalDate.of(2025, 12, 1))).isEmpty();
    }

    @Test
    void newYearIsOneNewRow() {
        LateChargeRate y2027 = new LateChargeRate(2027, new BigDecimal("3.0"), new BigDecimal("9.3"), new BigDecimal("1.5"));
        LateChargeRateTable extended = LateChargeRateTable.of(List.of(y2027, table.rateFor(2026)));
        assertThat(extended.rateFor(2027)).isEqualTo(y2027);
        assertThat(extended.rates()).extracting(LateChargeRate::year).containsExactly(2026, 2027);
    }

    @Test
    void duplicateYearIsRejected() {
        LateChargeRate a = table.rateFor(2025);
        assertThatThrownBy(() -> LateChargeRateTable.of(List.of(a, a)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rates: year 2025");
    }

    @Test
    void nullListOrRowIsRejected() {
        assertThatThrownBy(() -> LateChargeRateTable.of(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rates:");
        assertThatThrownBy(() -> LateChargeRateTable.of(java.util.Arrays.asList((LateChargeRate) null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rates:");
    }

    @Test
    void ratesAreCappedAtTheStatutoryRates() {
        // 附則3の2: the special rate never exceeds 7.3 % / 14.6 %
        assertThat(new LateChargeRate(2000, new BigDecimal("7.3"), new BigDecimal("14.6"), null).laterPercent())
                .isEqualByComparingTo("14.6");
        assertThatThrownBy(() -> new LateChargeRate(2000, new BigDecimal("7.31"), new BigDecimal("14.6"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("firstMonthPercent:");
        assertThatThrownBy(() -> new LateChargeRate(2000, new BigDecimal("7.3"), new BigDecimal("14.61"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("laterPercent:");
        assertThatThrownBy(() -> new LateChargeRate(2000, new BigDecimal("2.0"), new BigDecimal("9.0"), new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("gracePercent:");
        assertThatThrownBy(() -> new LateChargeRate(2000, null, new BigDecimal("9.0"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("firstMonthPercent:");
    }
}
