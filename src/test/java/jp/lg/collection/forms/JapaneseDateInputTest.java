package jp.lg.collection.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ways a clerk types a date, and the ones refused rather than guessed. */
class JapaneseDateInputTest {

    /** Each of these was typed for 20 December 2026; the browser's picker stored 「2026/12/20」 as 8/6/2027. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026/12/20", "2026-12-20", "2026.12.20", "2026年12月20日", "20261220", "令和8年12月20日",
            "R8.12.20", "r8.12.20", "R08.12.20", "R8/12/20", "令8.12.20", "２０２６／１２／２０", "２０２６年１２月２０日",
            "令和８年１２月２０日", "Ｒ８．１２．２０", " 2026/12/20 ", "2026 / 12 / 20", "2026ー12ー20", "2026−12−20",
            "2026-12-20T00:00:00", "2026-12-20T00:00:00+09:00"})
    void readsTheWaysAClerkTypesADate(String typed) {
        assertThat(JapaneseDateInput.parse(typed)).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    /** 「令和8年12月20日」 was stored as 8/12/2026 by the picker. */
    @Test
    void theEraYearIsNeverReadAsAMonth() {
        assertThat(JapaneseDateInput.parse("令和8年12月20日")).isEqualTo(LocalDate.of(2026, 12, 20))
                .isNotEqualTo(LocalDate.of(2026, 8, 12));
        assertThat(JapaneseDateInput.parse("2026/12/20")).isNotEqualTo(LocalDate.of(2027, 8, 6));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "令和元年5月1日, 2019-05-01",
            "R1.5.1, 2019-05-01",
            "平成31年4月30日, 2019-04-30",
            "H31.4.30, 2019-04-30",
            "平成元年1月8日, 1989-01-08",
            "S64.1.7, 1989-01-07",
            "昭和44年2月28日, 1969-02-28",
            "2024/2/29, 2024-02-29",
            "2026/1/5, 2026-01-05"})
    void readsErasAndShortMonthsAndDays(String typed, LocalDate expected) {
        assertThat(JapaneseDateInput.parse(typed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12/20/2026", "20/12/2026", "12-20-2026"})
    void monthFirstIsRefusedNotGuessed(String typed) {
        assertThatThrownBy(() -> JapaneseDateInput.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("年から入力してください");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"26/12/20", "8/12/20"})
    void twoDigitYearsAreRefused(String typed) {
        assertThatThrownBy(() -> JapaneseDateInput.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("西暦4桁か元号付き");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026/2/30, 2026年2月30日は存在しない日付です",
            "2025/2/29, 2025年2月29日は存在しない日付です",
            "2026/13/1, 2026年13月1日は存在しない日付です",
            "20261232, 2026年12月32日は存在しない日付です",
            "令和1年4月1日, 令和元年4月1日は存在しない日付です",
            "平成31年5月1日, 平成31年5月1日は存在しない日付です",
            "令和8年2月30日, 令和8年2月30日は存在しない日付です"})
    void datesThatDoNotExistAreRefused(String typed, String message) {
        assertThatThrownBy(() -> JapaneseDateInput.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"あした", "12月20日", "2026/12", "R8", "2026/12/20/1", "0026/12/20", "１２月２０日ごろ"})
    void whatIsNotADateIsRefusedInJapanese(String typed) {
        assertThatThrownBy(() -> JapaneseDateInput.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .message().matches(m -> m.contains("日付") || m.contains("年"), "Japanese");
    }

    @Test
    void blankIsRefused() {
        assertThatThrownBy(() -> JapaneseDateInput.parse(" ")).hasMessageStartingWith("日付を入力してください");
        assertThatThrownBy(() -> JapaneseDateInput.parse(null)).hasMessageStartingWith("日付を入力してください");
    }

    @Test
    void describesTheDateInTheEraWithTheWesternDateBeside() {
        assertThat(JapaneseDateInput.describe(LocalDate.of(2026, 12, 20))).isEqualTo("令和8年12月20日 (2026/12/20)");
        assertThat(JapaneseDateInput.describe(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日 (2019/5/1)");
    }
}
