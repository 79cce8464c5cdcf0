package jp.lg.collection.rules;

import static jp.lg.collection.RandomCases.between;
import static jp.lg.collection.RandomCases.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 延滞金 as properties over random bills (issue 20): whatever the principal and the dates, the charge is a multiple
 * of 100 yen, never negative, never more for less principal or fewer days, and nothing under the statutory floors
 * (法20の4の2: a base under 2,000 yen is not charged, a charge under 1,000 yen is not collected); paying part
 * earlier, or a 猶予 or 執行停止 period, never raises it. Rates: those of statutory-rules.md §2 (2014–2026).
 */
class LateChargePropertiesTest {

    private static final int TRIES = 400;
    private static final LocalDate FIRST_DUE = LocalDate.of(2014, 1, 1);
    private static final LocalDate LAST_PAID = LocalDate.of(2026, 12, 31);

    private final LateChargeRule rule = new LateChargeRule(RulesFileRates.TABLE);

    /** A principal from a few hundred yen to a hundred million, most of them in the range of a year's tax. */
    static long principal(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> between(r, 0, 5_000);
            case 1 -> between(r, 1_000, 200_000);
            case 2 -> between(r, 100_000, 5_000_000);
            default -> between(r, 1, 100_000_000);
        };
    }

    static LocalDate due(Random r) {
        return FIRST_DUE.plusDays(between(r, 0, 4_000));
    }

    static LocalDate paid(Random r, LocalDate due) {
        LocalDate paid = due.plusDays(between(r, 0, r.nextBoolean() ? 60 : 2_000));
        return paid.isAfter(LAST_PAID) ? LAST_PAID : paid;
    }

    @Test
    void aChargeIsAMultipleOf100AndNeverNegative() {
        check(TRIES, r -> {
            long principal = principal(r);
            LocalDate due = due(r);
            LocalDate paid = paid(r, due);
            long charge = rule.compute(principal, due, paid).lateCharge();
            assertThat(charge).as("%d yen due %s paid %s", principal, due, paid).isNotNegative();
            assertThat(charge % 100).as("%d yen due %s paid %s → %d", principal, due, paid, charge).isZero();
        });
    }

    @Test
    void moreOwedOrLongerUnpaidNeverChargesLess() {
        check(TRIES, r -> {
            long p1 = principal(r);
            long p2 = p1 + between(r, 0, 100_000);
            LocalDate due = due(r);
            LocalDate paid1 = paid(r, due);
            LocalDate later = paid1.plusDays(between(r, 0, 400));
            LocalDate paid2 = later.isAfter(LAST_PAID) ? LAST_PAID : later;
            long base = rule.compute(p1, due, paid1).lateCharge();
            assertThat(rule.compute(p2, due, paid1).lateCharge()).as("%d → %d yen, due %s paid %s", p1, p2, due, paid1)
                    .isGreaterThanOrEqualTo(base);
            assertThat(rule.compute(p1, due, paid2).lateCharge()).as("%d yen due %s paid %s → %s", p1, due, paid1, paid2)
                    .isGreaterThanOrEqualTo(base);
        });
    }

    @Test
    void nothingUnderTheStatutoryFloors() {
        check(TRIES, r -> {
            LocalDate due = due(r);
            LocalDate paid = paid(r, due);
            long small = between(r, 0, 1_999);
            assertThat(rule.compute(small, due, paid).lateCharge()).as("base %d under 2,000 yen", small).isZero();
            LateChargeResult any = rule.compute(principal(r), due, paid);
            if (any.totalBeforeRounding() < 1_000) {
                assertThat(any.lateCharge()).as("total %d under 1,000 yen", any.totalBeforeRounding()).isZero();
            } else {
                assertThat(any.lateCharge()).isEqualTo(any.totalBeforeRounding() / 100 * 100);
            }
        });
    }

    @Test
    void payingPartEarlierOrAPeriodOfGraceNeverRaisesTheCharge() {
        check(TRIES, r -> {
            long principal = between(r, 2_000, 5_000_000);
            LocalDate due = due(r);
            LocalDate paid = paid(r, due);
            long whole = rule.compute(principal, due, paid).lateCharge();

            LocalDate partOn = due.plusDays(between(r, 0, ChronoUnit.DAYS.between(due, paid)));
            long part = between(r, 1, principal);
            LateChargeResult withPart = rule.compute(principal, due, paid, List.of(new PartialPayment(partOn, part)),
                    List.of());
            assertThat(withPart.lateCharge()).as("%d paid of %d on %s (due %s, rest %s)", part, principal, partOn, due,
                    paid).isLessThanOrEqualTo(whole).isNotNegative();
            assertThat(withPart.lateCharge() % 100).isZero();

            LocalDate from = due.plusDays(between(r, 1, 400));
            var kind = r.nextBoolean() ? ReducedPeriod.Kind.GRACE
                    : r.nextBoolean() ? ReducedPeriod.Kind.GRACE_FULL_EXEMPTION : ReducedPeriod.Kind.SUSPENSION;
            var period = new ReducedPeriod(from, from.plusDays(between(r, 0, 400)), kind, "TEST:1");
            LateChargeResult reduced = rule.compute(principal, due, paid, List.of(), List.of(period));
            assertThat(reduced.lateCharge()).as("%s %s (due %s, paid %s, %d yen)", kind, period, due, paid, principal)
                    .isLessThanOrEqualTo(whole).isNotNegative();
            assertThat(reduced.lateCharge() % 100).isZero();
        });
    }
}
