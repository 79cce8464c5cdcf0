package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 現年度分・滞納繰越分 and the 会計年度 of a receipt (地方自治法208, 235の5 出納整理期間). */
class FiscalYearClassTest {

    @Test
    void aTaxOfTheYearIsCurrent() {
        assertThat(FiscalYearClass.of(2026, LocalDate.of(2026, 7, 1))).isEqualTo(new FiscalYearClass(2026, true));
        // January–March still belong to the fiscal year that began in April
        assertThat(FiscalYearClass.of(2026, LocalDate.of(2027, 3, 31))).isEqualTo(new FiscalYearClass(2026, true));
        assertThat(FiscalYearClass.of(2026, LocalDate.of(2027, 3, 31)).label()).isEqualTo("現年");
    }

    @Test
    void inAprilAndMayTheYearBeforeIsStillOpen() {
        assertThat(FiscalYearClass.of(2025, LocalDate.of(2026, 5, 31))).isEqualTo(new FiscalYearClass(2025, true));
        assertThat(FiscalYearClass.of(2024, LocalDate.of(2026, 4, 1))).isEqualTo(new FiscalYearClass(2025, false));
        assertThat(FiscalYearClass.of(2026, LocalDate.of(2026, 4, 1))).isEqualTo(new FiscalYearClass(2026, true));
    }

    @Test
    void fromJuneAnOlderTaxIsCarriedOver() {
        assertThat(FiscalYearClass.of(2025, LocalDate.of(2026, 6, 1))).isEqualTo(new FiscalYearClass(2026, false));
        assertThat(FiscalYearClass.of(2025, LocalDate.of(2026, 6, 1)).label()).isEqualTo("滞繰");
        assertThat(FiscalYearClass.of(2025, LocalDate.of(2027, 2, 1))).isEqualTo(new FiscalYearClass(2026, false));
    }

    @Test
    void theFiscalYearIsNamedByItsApril() {
        assertThat(FiscalYearClass.fiscalYearOf(LocalDate.of(2026, 3, 31))).isEqualTo(2025);
        assertThat(FiscalYearClass.fiscalYearOf(LocalDate.of(2026, 4, 1))).isEqualTo(2026);
    }
}
