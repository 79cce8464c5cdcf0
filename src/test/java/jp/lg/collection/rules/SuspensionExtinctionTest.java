package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SuspensionExtinctionTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void extinguishedWhenTheLastDayOfTheThreeYearsHasEnded() {
        // the rules file's example: decided 4/1/2021 → counted from 4/2/2021, the 3 years end 4/1/2024 →
        // extinguished 4/2/2024 00:00 (on 4/1/2024 the suspension still runs)
        assertThat(SuspensionExtinction.lastDay(d("2021-04-01"))).isEqualTo(d("2024-04-01"));
        assertThat(SuspensionExtinction.extinguishedOn(d("2021-04-01"))).isEqualTo(d("2024-04-02"));
        // 12/31/2022 → last day 12/31/2025 → extinguished 1/1/2026
        assertThat(SuspensionExtinction.lastDay(d("2022-12-31"))).isEqualTo(d("2025-12-31"));
        assertThat(SuspensionExtinction.extinguishedOn(d("2022-12-31"))).isEqualTo(d("2026-01-01"));
    }

    @Test
    void startOn29February() {
        // suspended 2/29/2024: counted from 3/1/2024 → ends the day before 3/1/2027 → 2/28/2027 → gone 3/1/2027
        assertThat(SuspensionExtinction.lastDay(d("2024-02-29"))).isEqualTo(d("2027-02-28"));
        assertThat(SuspensionExtinction.extinguishedOn(d("2024-02-29"))).isEqualTo(d("2027-03-01"));
    }

    @Test
    void startOn28FebruaryBeforeALeapYear() {
        // suspended 2/28/2021: counted from 3/1/2021 → ends the day before 3/1/2024 → 2/29/2024 (民法143)
        assertThat(SuspensionExtinction.lastDay(d("2021-02-28"))).isEqualTo(d("2024-02-29"));
        assertThat(SuspensionExtinction.extinguishedOn(d("2021-02-28"))).isEqualTo(d("2024-03-01"));
        // suspended 2/28/2022: counted from 3/1/2022 → ends 2/28/2025 → gone 3/1/2025
        assertThat(SuspensionExtinction.lastDay(d("2022-02-28"))).isEqualTo(d("2025-02-28"));
    }

    @Test
    void nullIsRejectedByName() {
        assertThatThrownBy(() -> SuspensionExtinction.extinguishedOn(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("suspensionStartedOn: must not be null");
        assertThatThrownBy(() -> SuspensionExtinction.lastDay(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("suspensionStartedOn: must not be null");
    }
}
