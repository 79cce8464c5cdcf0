package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LateChargeRateTableTest {

    private final LateChargeRateTable table = LateChargeRateTable.statutory();

    @ParameterizedTest(name = "{0}: first month {1} %, later {2} %, grace {3}")
    @CsvSource(nullValues = "-", value = {
            "2014, 2.9, 9.2, -",
            "2015, 2.8, 9.1, -",
            "2016, 2.8, 9.1, -",
            "2017, 2.7, 9.0, -",
            "2018, 2.6, 8.9, -",
            "2019, 2.6, 8.9, -",
            "2020, 2.6, 8.9, -",
            "2021, 2.5, 8.8, 1.0",
            "2022, 2.4, 8.7, 0.9",
            "2023, 2.4, 8.7, 0.9",
            "2024, 2.4, 8.7, 0.9",
            "2025, 2.4, 8.7, 0.9",
            "2026, 2.8, 9.1, 1.3"})
    void statutoryTableHoldsTheRatesOfTheRulesDocument(int year, String first, String later, String grace) {
        LateChargeRate rate = table.rateFor(year);
        assertThat(rate.year()).isEqualTo(year);
        assertThat(rate.firstMonthPercent()).isEqualByComparingTo(first);
        assertThat(rate.laterPercent()).isEqualByComparingTo(later);
        if (grace == null) {
            // 2014–2020 grace rates are (verify) in the rules document: not guessed
            assertThat(rate.gracePercent()).isNull();
        } else {
            assertThat(rate.gracePercent()).isEqualByComparingTo(grace);
        }
    }

    @Test
    void statutoryTableCovers2014To2026Only() {
        assertThat(table.rates()).extracting(LateChargeRate::year)
                .containsExactly(2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
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
