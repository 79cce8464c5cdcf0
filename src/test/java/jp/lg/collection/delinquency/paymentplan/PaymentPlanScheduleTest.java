package jp.lg.collection.delinquency.paymentplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentPlanScheduleTest {

    @Test
    void theRemainderGoesOnTheFirstPartAndTheSumIsKept() {
        List<PaymentPlanSchedule.Part> parts = PaymentPlanSchedule.of(58_100, 3, LocalDate.of(2026, 7, 10), 1);
        assertThat(parts).extracting(PaymentPlanSchedule.Part::amount).containsExactly(19_368L, 19_366L, 19_366L);
        assertThat(PaymentPlanSchedule.of(1_000_001, 24, LocalDate.of(2026, 7, 10), 1).stream()
                .mapToLong(PaymentPlanSchedule.Part::amount).sum()).isEqualTo(1_000_001);
        assertThat(PaymentPlanSchedule.cumulative(parts, 2)).isEqualTo(38_734);
        assertThat(PaymentPlanSchedule.cumulative(parts, 0)).isZero();
    }

    @Test
    void dueDatesCountFromTheFirstSoMonthEndsComeBack() {
        assertThat(PaymentPlanSchedule.of(300, 3, LocalDate.of(2026, 1, 31), 1))
                .extracting(PaymentPlanSchedule.Part::dueDate).containsExactly(LocalDate.of(2026, 1, 31),
                        LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
        assertThat(PaymentPlanSchedule.of(300, 2, LocalDate.of(2026, 7, 10), 3))
                .extracting(PaymentPlanSchedule.Part::dueDate)
                .containsExactly(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 10, 10));
    }
}
