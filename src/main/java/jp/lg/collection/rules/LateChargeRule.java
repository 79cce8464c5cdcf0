package jp.lg.collection.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
 *   <li>Each day takes the rates of its own calendar year (附則3の2: the 特例基準割合 is set per year); a line is
 *       split at 1 January only where the new year's rate differs (statutory-rules.md §2).</li>
 *   <li>A year's rate is a rate per 365 days, leap years included, 29 February counting as a day (the
 *       地方税法附則 rule "閏年の日を含む期間についても、365日当たりの割合とする"; paragraph: verify).</li>
 *   <li>One bill, one late charge, on the declining balance: a partial payment lowers the base from the day
 *       after it (法326② "その納付の日の翌日以後の期間に係る延滞金額の計算の基礎となる税額は、その納付のあつた
 *       税額を控除した金額による"); the roundings below apply once to the bill's whole charge, never to each paid
 *       part (statutory-rules.md §2: ten payments of 10,000 yen on a 100,000-yen bill still owe 3,400 yen).</li>
 *   <li>Base (法20の4の2②): the tax amount on which the charge is computed, truncated to 1,000 yen, and
 *       dropped entirely when under 2,000 yen. With partial payments that amount is the unpaid rest (法326②), so
 *       a rest of 1,000–1,999 yen bears no charge from the day after the payment that left it (the same rule
 *       as a principal under 2,000 yen; a rest of 2,000–2,999 yen is charged on 2,000).</li>
 *   <li>Each line is truncated to the yen; the sum is truncated to 100 yen, and under 1,000 yen nothing is
 *       collected (法20の4の2③④).</li>
 *   <li>During 徴収猶予 for disaster, illness or the like (法15①一・二・五) and during 執行停止 the charge is
 *       exempted in full (法15の9①); during the other 徴収猶予 and 換価猶予 the days run at the year's grace rate
 *       and the difference is exempted (法15の9②, 附則3の2②; verify). Where periods overlap the full exemption
 *       wins. Exempted amounts are returned as {@link LateChargeResult#exemptions()} with their period's
 *       source, to be recorded (延滞金減免情報).</li>
 * </ul>
 */
public final class LateChargeRule {

    static final String LABEL_FIRST_MONTH = "納期限の翌日から1月";
    static final String LABEL_LATER = "1月経過後";

    /** 法20の4の2②: a base under this is not charged at all. */
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
     * @param reducedPeriods  猶予 / 執行停止 periods; parts outside the charged days are ignored
     * @throws IllegalArgumentException naming the year when a rate needed is not loaded
     */
    public LateChargeResult compute(long principal, LocalDate dueDate, LocalDate paidOn,
            List<PartialPayment> partialPayments, List<ReducedPeriod> reducedPeriods) {
        Map<Integer, String> missing = new TreeMap<>();
        LateChargeResult result = calculate(principal, dueDate, paidOn, partialPayments, reducedPeriods, missing);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(missing.values().iterator().next());
        }
        return result;
    }

    /**
     * A bill's whole late charge as it stands on {@code asOf}, on the declining balance: each payment lowers the
     * base from the day after it; while principal is unpaid the charge runs to {@code asOf} (the day it would be
     * paid in full); once the payments cover the principal it stopped on the day of the last of them. Never
     * fails for a missing rate: the result is then {@link LateChargeResult#pending() pending}, naming the years.
     *
     * @param principal         the bill's tax amount (本税), yen
     * @param dueDate           納期限
     * @param principalPayments the payments applied to the principal, in any order, totalling at most the
     *                          principal; those after {@code asOf} are not counted
     * @param reducedPeriods    猶予 / 執行停止 periods of the bill
     * @param asOf              the day the charge is wanted for (a notice's date, a payment's day, today)
     */
    public LateChargeResult onDecliningBalance(long principal, LocalDate dueDate,
            List<PartialPayment> principalPayments, List<ReducedPeriod> reducedPeriods, LocalDate asOf) {
        Args.notNull("asOf", asOf);
        List<PartialPayment> made = Args.noNullElements("principalPayments", principalPayments).stream()
                .filter(p -> !p.paidOn().isAfter(asOf)).toList();
        long paid = made.stream().mapToLong(PartialPayment::amount).sum();
        LocalDate end = paid >= principal && !made.isEmpty()
                ? made.stream().map(PartialPayment::paidOn).max(Comparator.naturalOrder()).orElseThrow()
                : asOf;
        Map<Integer, String> missing = new TreeMap<>();
        LateChargeResult result = calculate(principal, dueDate, end, made, reducedPeriods, missing);
        return missing.isEmpty() ? result : LateChargeResult.pending(List.copyOf(missing.keySet()));
    }

    private LateChargeResult calculate(long principal, LocalDate dueDate, LocalDate paidOn,
            List<PartialPayment> partialPayments, List<ReducedPeriod> reducedPeriods, Map<Integer, String> missing) {
        Args.notNegative("principal", principal);
        Args.notNull("dueDate", dueDate);
        Args.notNull("paidOn", paidOn);
        List<PartialPayment> payments = Args.noNullElements("partialPayments", partialPayments);
        List<ReducedPeriod> periods = new ArrayList<>(Args.noNullElements("reducedPeriods", reducedPeriods));
        periods.sort(Comparator.comparing(ReducedPeriod::from));
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
            LateChargeRate yearRates = rates.find(day.getYear()).orElse(null);
            if (yearRates == null) {
                missing.putIfAbsent(day.getYear(), LateChargeRateTable.missing(day.getYear()).getMessage());
                continue;
            }
            boolean firstMonth = !day.isAfter(firstMonthLastDay);
            ReducedPeriod period = strongestOn(periods, day);
            BigDecimal grace = null;
            if (period != null && !period.kind().fullExemption()) {
                grace = yearRates.gracePercent();
                if (grace == null) {
                    missing.putIfAbsent(day.getYear(), "reducedPeriods: the grace rate for " + day.getYear()
                            + " is not loaded (period from " + day + ")");
                    continue;
                }
            }
            Run today = new Run(day, firstMonth, base(principal, payments, day), period,
                    firstMonth ? yearRates.firstMonthPercent() : yearRates.laterPercent(), grace);
            if (run != null && run.continuedBy(today)) {
                run.to = day;
            } else {
                if (run != null) {
                    close(run, segments, exemptions);
                }
                run = today;
            }
        }
        if (!missing.isEmpty()) {
            return LateChargeResult.none();
        }
        close(run, segments, exemptions);

        long total = segments.stream().mapToLong(LateChargeSegment::amount).sum();
        long rounded = total / 100 * 100;
        return new LateChargeResult(rounded < MINIMUM_LATE_CHARGE ? 0 : rounded, total, segments, exemptions);
    }

    private static void close(Run run, List<LateChargeSegment> segments, List<LateChargeSegment> exemptions) {
        if (run.base == 0) {
            return;
        }
        long days = ChronoUnit.DAYS.between(run.from, run.to) + 1;
        long normalAmount = amount(run.base, run.rate, days);
        if (run.period == null) {
            segments.add(new LateChargeSegment(run.from, run.to, days, run.base, run.rate, normalAmount,
                    run.firstMonth ? LABEL_FIRST_MONTH : LABEL_LATER));
            return;
        }
        String label = run.period.kind().label();
        String source = run.period.source();
        if (run.period.kind().fullExemption()) {
            exemptions.add(new LateChargeSegment(run.from, run.to, days, run.base, run.rate, normalAmount, label,
                    source));
            return;
        }
        // 法15の9 only exempts: the grace rate never raises the charge.
        BigDecimal charged = run.grace.min(run.rate);
        long chargedAmount = amount(run.base, charged, days);
        segments.add(new LateChargeSegment(run.from, run.to, days, run.base, charged, chargedAmount, label, source));
        if (charged.compareTo(run.rate) < 0) {
            exemptions.add(new LateChargeSegment(run.from, run.to, days, run.base, run.rate.subtract(charged),
                    normalAmount - chargedAmount, label, source));
        }
    }

    private static long amount(long base, BigDecimal ratePercent, long days) {
        return BigDecimal.valueOf(base)
                .multiply(ratePercent)
                .multiply(BigDecimal.valueOf(days))
                .divide(DAYS_PER_YEAR_TIMES_PERCENT, 0, RoundingMode.DOWN)
                .longValueExact();
    }

    /** 法326② with 法20の4の2②: the unpaid rest, truncated to 1,000 yen, nothing when under 2,000 yen. */
    private static long base(long principal, List<PartialPayment> payments, LocalDate day) {
        long unpaid = principal;
        for (PartialPayment payment : payments) {
            if (payment.paidOn().isBefore(day)) {
                unpaid -= payment.amount();
            }
        }
        return unpaid < MINIMUM_PRINCIPAL ? 0 : unpaid / 1_000 * 1_000;
    }

    /** The period reducing {@code day}; of overlapping ones a full exemption before a grace rate, else the earliest. */
    private static ReducedPeriod strongestOn(List<ReducedPeriod> periods, LocalDate day) {
        ReducedPeriod found = null;
        for (ReducedPeriod period : periods) {
            if (period.contains(day) && (found == null || period.kind().fullExemption()
                    && !found.kind().fullExemption())) {
                found = period;
            }
        }
        return found;
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

    /** A run of consecutive days sharing phase, base, reduced period and rates. */
    private static final class Run {
        final LocalDate from;
        LocalDate to;
        final boolean firstMonth;
        final long base;
        final ReducedPeriod period;
        final BigDecimal rate;
        final BigDecimal grace;

        Run(LocalDate day, boolean firstMonth, long base, ReducedPeriod period, BigDecimal rate, BigDecimal grace) {
            this.from = day;
            this.to = day;
            this.firstMonth = firstMonth;
            this.base = base;
            this.period = period;
            this.rate = rate;
            this.grace = grace;
        }

        /** The next day joins the run unless something changes — at 1 January only a different rate does. */
        boolean continuedBy(Run next) {
            return firstMonth == next.firstMonth && base == next.base && Objects.equals(period, next.period)
                    && rate.compareTo(next.rate) == 0
                    && (grace == null ? next.grace == null : next.grace != null && grace.compareTo(next.grace) == 0);
        }
    }
}
