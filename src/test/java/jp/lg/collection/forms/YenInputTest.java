package jp.lg.collection.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ways a clerk types an amount of yen, and the ones refused rather than truncated. */
class YenInputTest {

    /** 「120,000」 was stored as 120, 「１２００００」 vanished, 「12万」 became 12. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"120000", "120,000", "１２００００", "１２０，０００", "12万", "１２万", "12万円", "120,000円",
            "¥120,000", "￥120,000", "\\120000", " 120 000 ", "12.0万", "120000.0", "120000円"})
    void readsTheWaysAClerkTypesAnAmount(String typed) {
        assertThat(YenInput.parse(typed)).isEqualTo(120_000L);
    }

    @Test
    void theMisreadingsOfTheNumberFieldAreGone() {
        assertThat(YenInput.parse("120,000")).isNotEqualTo(120L);
        assertThat(YenInput.parse("12万")).isNotEqualTo(12L);
        assertThat(YenInput.parse("１２００００")).isEqualTo(120_000L);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "12万5000|125000",
            "12万5千|125000",
            "1.5万|15000",
            "1億2000万|120000000",
            "1億2,000万円|120000000",
            "3千|3000",
            "3千500|3500",
            "0|0",
            "1|1",
            "1,234,567|1234567",
            "999999999999|999999999999"})
    void readsUnits(String typed, long expected) {
        assertThat(YenInput.parse(typed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-5000", "−5000", "－５０００", "▲5000", "△5,000", "(5000)"})
    void negativeAmountsAreRefusedInJapanese(String typed) {
        assertThatThrownBy(() -> YenInput.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("マイナスの金額は入力できません");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1000.5|円未満の端数は入力できません",
            "1.00005万|円未満の端数は入力できません",
            "12,0000|桁区切りのカンマの位置が正しくありません",
            "1,20,000|桁区切りのカンマの位置が正しくありません",
            "十二万|算用数字で入力してください",
            "12万50000|後の数が大きすぎます",
            "1億10000万|後の数が大きすぎます",
            "1000000000000|金額が大きすぎます",
            "99999999999999999999999|金額が大きすぎます",
            "12 万円くらい|金額として読めません",
            "abc|金額として読めません",
            "万|金額として読めません",
            "12.5.0|金額として読めません"})
    void whatIsNotAnAmountIsRefusedNotTruncated(String typed, String message) {
        assertThatThrownBy(() -> YenInput.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void blankIsRefused() {
        assertThatThrownBy(() -> YenInput.parse("")).hasMessageStartingWith("金額を入力してください");
        assertThatThrownBy(() -> YenInput.parse(null)).hasMessageStartingWith("金額を入力してください");
    }
}
