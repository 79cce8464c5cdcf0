package jp.lg.collection.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 還付加算金 — 地方税法17の4 (the addition), 附則3の2 (the yearly rate), 20の4の2 (rounding), 民法143 via 法20の5
 * (months).
 *
 * <ul>
 *   <li>When a 過誤納金 is refunded (法17) or 充当 (法17の2), the city adds to it, for the days from the day after
 *       the day named by the item of 法17の4① that fits its cause ({@link #firstDay}) to the day the refund is
 *       decided (支出を決定した日) or the 充当 is made — or the earlier day on which the 充当 became possible
 *       (充当適状日) — the amount × the rate × days ÷ 365.</li>
 *   <li>The day named, per item ({@link OverpaymentCause}): 一 過納 — the day it was paid, or the 納期限 when paid
 *       before it; 二 更正の請求 — the earlier of the day on which 3 months have run from the day after the request
 *       and the day on which 1 month has run from the day after the 更正; 三 所得税 — the day on which 1 month has
 *       run from the day after the notice; 四 誤納 — the day on which 1 month has run from the day after the day it
 *       became a 過誤納金 (the payment day). "起算して1月を経過する日" is the last day of that month (民法143②; paid
 *       4/10 → 4/11 + 1 month → 5/10 → counted from 5/11). The months are {@link Waits}, the statute's by default and
 *       settable by a city where its reading differs (verify against e-Gov 地方税法第17条の4 and 令第6条の15). No
 *       day before the day after the payment is ever counted.</li>
 *   <li>The rate is 7.3 %/year (法17の4①), replaced for each calendar year by that year's 還付加算金特例基準割合
 *       (附則3の2; before 2021 the 特例基準割合), loaded per year with the late-charge rates ({@link LateChargeRate});
 *       days falling in each year take that year's rate, each year's line truncated to the yen. A year per 365 days,
 *       leap years included, as for the late charge.</li>
 *   <li>Rounding (法20の4の2, as the cities apply it; paragraph numbers: verify): the 過誤納金 the addition is
 *       computed on is truncated to 1,000 yen and bears nothing when under 2,000 yen; the addition is truncated to
 *       100 yen and not added when under 1,000 yen.</li>
 *   <li>法17の4②: days the taxpayer let pass without claiming a refund he was told of (from the day after 30 days
 *       from the notice to the claim) are not counted — {@link Excluded}.</li>
 *   <li>A 配当の残余金 ({@link OverpaymentCause#RESIDUE}) is no 過誤納金 and bears no addition.</li>
 * </ul>
 */
public final class RefundAdditionRule {

    /** 法20の4の2: a 過誤納金 under this bears no 還付加算金. */
    static final long MINIMUM_BASE = 2_000;
    /** 法20の4の2: a 還付加算金 under this is not added. */
    static final long MINIMUM_ADDITION = 1_000;

    private static final BigDecimal DAYS_PER_YEAR_TIMES_PERCENT = new BigDecimal(365 * 100);

    /**
     * The months 法17の4① waits, per item, before the addition counts (the day after "起算して N 月を経過する日").
     *
     * @param erroneousMonths  ①四 誤納: from the day after the payment (1)
     * @param incomeTaxMonths  ①三: from the day after the income-tax notice (1)
     * @param claimMonths      ①二: from the day after the 更正の請求 (3)
     * @param correctionMonths ①二: from the day after the 更正 (1)
     */
    public record Waits(int erroneousMonths, int incomeTaxMonths, int claimMonths, int correctionMonths) {

        /** The statute's months (法17の4①二・三・四). */
        public static final Waits STATUTE = new Waits(1, 1, 3, 1);

        public Waits {
            Args.between("erroneousMonths", erroneousMonths, 0, 12);
            Args.between("incomeTaxMonths", incomeTaxMonths, 0, 12);
            Args.between("claimMonths", claimMonths, 0, 12);
            Args.between("correctionMonths", correctionMonths, 0, 12);
        }
    }

    /** 法17の4②: a period not counted, both days included. */
    public record Excluded(LocalDate from, LocalDate to) {
        public Excluded {
            Args.notNull("from", from);
            Args.notNull("to", to);
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to: " + to + " is before from " + from);
            }
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    private final LateChargeRateTable rates;
    private final Waits waits;

    public RefundAdditionRule(LateChargeRateTable rates) {
        this(rates, Waits.STATUTE);
    }

    public RefundAdditionRule(LateChargeRateTable rates, Waits waits) {
        this.rates = Args.notNull("rates", rates);
        this.waits = Args.notNull("waits", waits);
    }

    /**
     * The first day the addition counts (起算日: the day after the day 法17の4① names for the cause); empty for a
     * 残余金, which bears none.
     */
    public Optional<LocalDate> firstDay(Overpayment o) {
        Args.notNull("overpayment", o);
        LocalDate named = switch (o.cause()) {
            case OVERPAID -> o.taxDueDate() != null && o.paidOn().isBefore(o.taxDueDate()) ? o.taxDueDate() : o.paidOn();
            case CORRECTION_REQUEST -> earlier(monthsRun(o.claimedOn(), waits.claimMonths()),
                    monthsRun(o.causeDecidedOn(), waits.correctionMonths()));
            case INCOME_TAX_CORRECTION -> monthsRun(o.causeDecidedOn(), waits.incomeTaxMonths());
            case ERRONEOUS -> monthsRun(o.paidOn(), waits.erroneousMonths());
            case RESIDUE -> null;
        };
        if (named == null) {
            return Optional.empty();
        }
        LocalDate first = named.plusDays(1);
        // money not yet paid earns nothing
        return Optional.of(first.isAfter(o.paidOn()) ? first : o.paidOn().plusDays(1));
    }

    /** The 還付加算金 on {@code amount} of the overpayment, counted to {@code lastDay} (支出決定日 or 充当適状日). */
    public RefundAdditionResult compute(long amount, Overpayment o, LocalDate lastDay) {
        return compute(amount, o, lastDay, List.of());
    }

    /** {@link #compute(long, Overpayment, LocalDate)} without the days of 法17の4②. */
    public RefundAdditionResult compute(long amount, Overpayment o, LocalDate lastDay, List<Excluded> excluded) {
        Optional<LocalDate> first = firstDay(o);
        if (first.isEmpty()) {
            Args.notNegative("amount", amount);
            return RefundAdditionResult.none(0, null, lastDay);
        }
        return compute(amount, first.get(), lastDay, excluded);
    }

    /**
     * The 還付加算金 on {@code amount} for the days {@code firstDay} to {@code lastDay}, both counted, without the
     * excluded ones. A {@code lastDay} before {@code firstDay} counts no day. Never fails for a missing rate: the
     * result is then {@link RefundAdditionResult#pending() pending}, naming the years.
     */
    public RefundAdditionResult compute(long amount, LocalDate firstDay, LocalDate lastDay, List<Excluded> excluded) {
        Args.notNegative("amount", amount);
        Args.notNull("firstDay", firstDay);
        Args.notNull("lastDay", lastDay);
        List<Excluded> skip = Args.noNullElements("excluded", excluded);
        long base = amount < MINIMUM_BASE ? 0 : amount / 1_000 * 1_000;
        if (base == 0 || lastDay.isBefore(firstDay)) {
            return RefundAdditionResult.none(base, firstDay, lastDay);
        }
        List<RefundAdditionSegment> segments = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        long countedDays = 0;
        for (LocalDate from = firstDay; !from.isAfter(lastDay); from = LocalDate.of(from.getYear() + 1, 1, 1)) {
            LocalDate yearEnd = LocalDate.of(from.getYear(), 12, 31);
            LocalDate to = yearEnd.isBefore(lastDay) ? yearEnd : lastDay;
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                for (Excluded e : skip) {
                    if (e.contains(day)) {
                        days--;
                        break;
                    }
                }
            }
            if (days == 0) {
                continue;
            }
            countedDays += days;
            BigDecimal rate = rates.find(from.getYear()).map(LateChargeRate::refundAdditionPercent).orElse(null);
            if (rate == null) {
                missing.add(from.getYear());
                continue;
            }
            segments.add(new RefundAdditionSegment(from, to, days, base, rate, BigDecimal.valueOf(base).multiply(rate)
                    .multiply(BigDecimal.valueOf(days)).divide(DAYS_PER_YEAR_TIMES_PERCENT, 0, RoundingMode.DOWN)
                    .longValueExact()));
        }
        if (!missing.isEmpty()) {
            return new RefundAdditionResult(0, 0, base, firstDay, lastDay, countedDays, List.of(), missing);
        }
        long total = segments.stream().mapToLong(RefundAdditionSegment::amount).sum();
        long rounded = total / 100 * 100;
        return new RefundAdditionResult(rounded < MINIMUM_ADDITION ? 0 : rounded, total, base, firstDay, lastDay,
                countedDays, segments, List.of());
    }

    /** The day on which {@code months} months have run counting from the day after {@code day} (民法143). */
    private static LocalDate monthsRun(LocalDate day, int months) {
        return months == 0 ? day : CivilCodePeriod.lastDay(day.plusDays(1), months);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
