package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CivilCodePeriodTest {

    @ParameterizedTest(name = "{1} month(s) from {0} end on {2}")
    @CsvSource({
            // 民法143①: a period starting on the 1st ends at a month end
            "2025-06-01, 1, 2025-06-30",
            "2025-01-01, 12, 2025-12-31",
            // 民法143②本文: the day before the corresponding day
            "2022-02-03, 1, 2022-03-02",
            "2025-07-15, 12, 2026-07-14",
            // 民法143②ただし書: no corresponding day → end of that month
            "2024-01-31, 1, 2024-02-29",
            "2023-01-31, 1, 2023-02-28",
            "2023-01-29, 1, 2023-02-28",
            "2025-03-31, 1, 2025-04-30",
            "2024-02-29, 12, 2025-02-28",
            "2024-02-29, 60, 2029-02-28",
            "2025-08-31, 6, 2026-02-28",
            // 29 Feb exists in the last month → the day before it
            "2024-01-29, 1, 2024-02-28",
            "2021-03-01, 36, 2024-02-29"})
    void lastDay(LocalDate firstDay, int months, LocalDate expected) {
        assertThat(CivilCodePeriod.lastDay(firstDay, months)).isEqualTo(expected);
    }
}
