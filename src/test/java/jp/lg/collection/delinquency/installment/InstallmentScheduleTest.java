package jp.lg.collection.delinquency.installment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstallmentScheduleTest {

    @Test
    void theRemainderGoesOnTheFirstPartAndTheSumIsKept() {
        List<InstallmentSchedule.Part> parts = InstallmentSchedule.of(58_100, 3, LocalDate.of(2026, 7, 10), 1);
        assertThat(parts).extracting(InstallmentSchedule.Part::amount).containsExactly(19_368L, 19_366L, 19_366L);
        assertThat(InstallmentSchedule.of(1_000_001, 24, LocalDate.of(2026, 7, 10), 1).stream()
                .mapToLong(InstallmentSchedule.Part::amount).sum()).isEqualTo(1_000_001);
        assertThat(InstallmentSchedule.cumulative(parts, 2)).isEqualTo(38_734);
        assertThat(InstallmentSchedule.cumulative(parts, 0)).isZero();
    }

    @Test
    void dueDatesCountFromTheFirstSoMonthEndsComeBack() {
        assertThat(InstallmentSchedule.of(300, 3, LocalDate.of(2026, 1, 31), 1))
                .extracting(InstallmentSchedule.Part::dueDate).containsExactly(LocalDate.of(2026, 1, 31),
                        LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
        assertThat(InstallmentSchedule.of(300, 2, LocalDate.of(2026, 7, 10), 3))
                .extracting(InstallmentSchedule.Part::dueDate)
                .containsExactly(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 10, 10));
    }
}
