package jp.lg.collection.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * 延滞金の計算 — 地方税法326 (市町村民税; likewise 369, 463の24, 723), 附則3の2 (special rates), 20の4の2
 * (rounding), 15の9 (reduction during 猶予 / 執行停止, details: verify), 民法143 via 法20の5 (the month).
 *
 * <ul>
 *   <li>The charge runs from the day after the due date (S) to the payment day, both counted (法326①
 *       "納期限の翌日から納付の日までの期間の日数に応じ").</li>
 *   <li>Until one month has passed — S to the day before the day of the next month corresponding to S, or
 *       the end of that month when there is none (民法143②) — the first-month rate applies; after it, the
 *       later rate (法326①, 附則3の2①).</li>
 *   <li>Each day takes the rates of its own calendar year (附則3の2: the 特例基準割合 is set per year), so
 *       segments split at 1 January.</li>
 *   <li>A year's rate is a rate per 365 days, leap years included, 29 February counting as a day (the
 *       地方税法附則 rule "閏年の日を含む期間についても、365日当たりの割合とする"; paragraph: verify).</li>
 *   <li>Base: the unpaid principal truncated to 1,000 yen; nothing when the principal is under 2,000 yen
 *       (法20の4の2①②). A partial payment lowers the base from the day after it. The 2,000-yen floor is
 *       applied to the principal; a remainder under 2,000 yen after partial payments is only truncated to
 *       1,000 yen (verify).</li>
 *   <li>Each segment is truncated to the yen; the sum is truncated to 100 yen, and under 1,000 yen nothing is
 *       collected (法20の4の2③④).</li>
 *   <li>During 徴収猶予 / 換価猶予 days run at the year's grace rate and the difference is exempted; during
 *       執行停止 the whole charge is exempted (法15の9, 附則3の2②; verify). Exempted amounts are returned
 *       as {@link LateChargeResult#exemptions()} so they can be recorded with their source and period.</li>
 * </ul>
 */
public final class LateChargeRule {

    static final String LABEL_FIRST_MONTH = "納期限の翌日から1月";
    static final String LABEL_LATER = "1月経過後";
    static final String LABEL_GRACE = "猶予期間";
    static final String LABEL_SUSPENSION = "執行停止期間";

    /** 法20の4の2②: a principal under this is not charged at all. */
    static final long MINIMUM_PRINCIPAL = 2_000;
    /** 法20の4の2④: a late charge under this is not collected. */
    static final long MINIMUM_LATE_CHARGE = 1_000;

    private static final BigDecimal DAYS_PER_YEAR_TIMES_PERCENT = new BigDecimal(365 * 100);

    private final LateChargeRateTable rates;

    public LateChargeRule(LateChargeRateTable rates) {
        this.rates = Args.notNull("rates", rates);
    }

    /** The late charge on {@code principal}, unpaid from the due date until it is paid in full on {@code paidOn}. */
    public LateChargeResult compute(long principal, LocalDate dueDate, LocalDate paidOn) {
        return compute(principal, dueDate, paidOn, List.of(), List.of());
    }

    /**
     * The late charge on {@code principal} with partial payments and reduced periods.
     *
     * @param principal       the tax amount (本税), yen
     * @param dueDate         納期限
     * @param paidOn          the day the rest of the principal was paid; counted
     * @param partialPayments payments on or before {@code paidOn}, in any order, totalling at most the principal
     * @param reducedPeriods  non-overlapping 猶予 / 執行停止 periods; parts outside the charged days are ignored
     */
    public LateChargeResult compute(long principal, LocalDate dueDate, LocalDate paidOn,
            List<PartialPayment> partialPayments, List<ReducedPeriod> reducedPeriods) {
        Args.notNegative("principal", principal);
        Args.notNull("dueDate", dueDate);
        Args.notNull("paidOn", paidOn);
        List<PartialPayment> payments = Args.noNullElements("partialPayments", partialPayments);
        List<ReducedPeriod> periods = sortedWithoutOverlap(Args.noNullElements("reducedPeriods", reducedPeriods));
        checkPayments(principal, paidOn, payments);

        if (!paidOn.isAfter(dueDate) || principal < MINIMUM_PRINCIPAL) {
            return LateChargeResult.none();
        }

        LocalDate start = dueDate.plusDays(1);
        LocalDate firstMonthLastDay = CivilCodePeriod.lastDay(start, 1);

        List<LateChargeSegment> segments = new ArrayList<>();
        List<LateChargeSegment> exemptions = new ArrayList<>();
        Run run = null;
        for (LocalDate day = start; !day.isAfter(paidOn); day = day.plusDays(1)) {
            Run today = new Run(day, !day.isAfter(firstMonthLastDay), base(principal, payments, day),
                    kindOn(periods, day));
            if (run != null && run.sameKeyAs(today)) {
                run.to = day;
            } else {
                if (run != null) {
                    close(run, segments, exemptions);
                }
                run = today;
            }
        }
        close(run, segments, exemptions);

        long total = segments.stream().mapToLong(LateChargeSegment::amount).sum();
        long rounded = total / 100 * 100;
        return new LateChargeResult(rounded < MINIMUM_LATE_CHARGE ? 0 : rounded, total, segments, exemptions);
    }

    private void close(Run run, List<LateChargeSegment> segments, List<LateChargeSegment> exemptions) {
        if (run.base == 0) {
            return;
        }
        long days = ChronoUnit.DAYS.between(run.from, run.to) + 1;
        LateChargeRate yearRates = rates.rateFor(run.from.getYear());
        BigDecimal normalRate = run.firstMonth ? yearRates.firstMonthPercent() : yearRates.laterPercent();
        long normalAmount = amount(run.base, normalRate, days);
        if (run.kind == null) {
            segments.add(new LateChargeSegment(run.from, run.to, days, run.base, normalRate, normalAmount,
                    run.firstMonth ? LABEL_FIRST_MONTH : LABEL_LATER));
        } else if (run.kind == ReducedPeriod.Kind.SUSPENSION) {
            exemptions.add(new LateChargeSegment(run.from, run.to, days, run.base, normalRate, normalAmount,
                    LABEL_SUSPENSION));
        } else {
            BigDecimal grace = yearRates.gracePercent();
            if (grace == null) {
                throw new IllegalArgumentException("reducedPeriods: the grace rate for " + run.from.getYear()
                        + " is not loaded (period from " + run.from + ")");
            }
            // 法15の9 only exempts: the grace rate never raises the charge.
            BigDecimal charged = grace.min(normalRate);
            long chargedAmount = amount(run.base, charged, days);
            segments.add(new LateChargeSegment(run.from, run.to, days, run.base, charged, chargedAmount, LABEL_GRACE));
            if (charged.compareTo(normalRate) < 0) {
                exemptions.add(new LateChargeSegment(run.from, run.to, days, run.base, normalRate.subtract(charged),
                        normalAmount - chargedAmount, LABEL_GRACE));
            }
        }
    }

    private static long amount(long base, BigDecimal ratePercent, long days) {
        return BigDecimal.valueOf(base)
                .multiply(ratePercent)
                .multiply(BigDecimal.valueOf(days))
                .divide(DAYS_PER_YEAR_TIMES_PERCENT, 0, RoundingMode.DOWN)
                .longValueExact();
    }

    private static long base(long principal, List<PartialPayment> payments, LocalDate day) {
        long unpaid = principal;
        for (PartialPayment payment : payments) {
            if (payment.paidOn().isBefore(day)) {
                unpaid -= payment.amount();
            }
        }
        return unpaid / 1_000 * 1_000;
    }

    private static ReducedPeriod.Kind kindOn(List<ReducedPeriod> periods, LocalDate day) {
        for (ReducedPeriod period : periods) {
            if (period.contains(day)) {
                return period.kind();
            }
        }
        return null;
    }

    private static void checkPayments(long principal, LocalDate paidOn, List<PartialPayment> payments) {
        long sum = 0;
        for (PartialPayment payment : payments) {
            if (payment.paidOn().isAfter(paidOn)) {
                throw new IllegalArgumentException("partialPayments: a payment on " + payment.paidOn()
                        + " is after paidOn " + paidOn);
            }
            sum = Math.addExact(sum, payment.amount());
        }
        if (sum > principal) {
            throw new IllegalArgumentException(
                    "partialPayments: total " + sum + " exceeds the principal " + principal);
        }
    }

    private static List<ReducedPeriod> sortedWithoutOverlap(List<ReducedPeriod> periods) {
        List<ReducedPeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(ReducedPeriod::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).from().isAfter(sorted.get(i - 1).to())) {
                throw new IllegalArgumentException("reducedPeriods: " + sorted.get(i - 1) + " overlaps " + sorted.get(i));
            }
        }
        return sorted;
    }

    /** A run of consecutive days sharing year, phase, base and reduction. */
    private static final class Run {
        final LocalDate from;
        LocalDate to;
        final boolean firstMonth;
        final long base;
        final ReducedPeriod.Kind kind;

        Run(LocalDate day, boolean firstMonth, long base, ReducedPeriod.Kind kind) {
            this.from = day;
            this.to = day;
            this.firstMonth = firstMonth;
            this.base = base;
            this.kind = kind;
        }

        boolean sameKeyAs(Run other) {
            return from.getYear() == other.from.getYear() && firstMonth == other.firstMonth
                    && base == other.base && Objects.equals(kind, other.kind);
        }
    }
}
