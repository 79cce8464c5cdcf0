package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WarekiDateTest {

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource({
            "2026-11-25, 令和8年11月25日,  R8.11.25",
            "2019-05-01, 令和元年5月1日,   R1.5.1",
            "2019-04-30, 平成31年4月30日,  H31.4.30",
            "2020-01-01, 令和2年1月1日,    R2.1.1",
            "2024-02-29, 令和6年2月29日,   R6.2.29",
            "1989-01-08, 平成元年1月8日,   H1.1.8",
            "1989-01-07, 昭和64年1月7日,   S64.1.7",
            "1926-12-25, 昭和元年12月25日, S1.12.25",
            "1912-07-30, 大正元年7月30日,  T1.7.30",
            "1873-01-01, 明治6年1月1日,    M6.1.1"})
    void formatsInTheEra(LocalDate date, String full, String shortForm) {
        assertThat(WarekiDate.format(date)).isEqualTo(full);
        assertThat(WarekiDate.formatShort(date)).isEqualTo(shortForm);
    }

    @Test
    void datesBeforeMeiji6AreRejected() {
        assertThatThrownBy(() -> WarekiDate.format(LocalDate.of(1872, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("date:");
        assertThatThrownBy(() -> WarekiDate.formatShort(LocalDate.of(1872, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("date:");
    }

    @Test
    void nullIsRejectedByName() {
        assertThatThrownBy(() -> WarekiDate.format(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("date: must not be null");
        assertThatThrownBy(() -> WarekiDate.formatShort(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("date: must not be null");
    }
}
