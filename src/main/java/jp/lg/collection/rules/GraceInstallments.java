package jp.lg.collection.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 分割納付 within a grace — 地方税法15③ (at the grant) and ⑤ (at an extension), applied to the 換価猶予 by 15の5②
 * and 15の6③: the graced amount may be paid in parts, each by its day, within the grace period. A part not paid
 * by its day is a ground for revoking the grace (法15の3①二), unless the city finds a compelling reason.
 *
 * <p>A plan is valid when every day lies within the grace period, the days strictly increase, every part is
 * at least 1 yen and the parts add up to the graced amount.
 */
public final class GraceInstallments {

    /** One part: the amount due by a day. */
    public record Part(LocalDate dueOn, long amount) {
        public Part {
            Args.notNull("dueOn", dueOn);
            if (amount < 1) {
                throw new IllegalArgumentException("amount: must be at least 1 yen (was " + amount + ")");
            }
        }
    }

    private GraceInstallments() {
    }

    /**
     * Checks a plan against its grace; throws IllegalArgumentException naming the first wrong part (1-based, as
     * the decision form numbers its lines) and why.
     */
    public static List<Part> check(LocalDate from, LocalDate to, long gracedAmount, List<Part> parts) {
        Args.notNull("from", from);
        Args.notNull("to", to);
        Args.noNullElements("parts", parts);
        long total = 0;
        LocalDate previous = null;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.dueOn().isBefore(from) || p.dueOn().isAfter(to)) {
                throw new IllegalArgumentException("parts: " + (i + 1) + "回目の納付期限 " + WarekiDate.format(p.dueOn())
                        + " が猶予期間 (" + WarekiDate.format(from) + "〜" + WarekiDate.format(to) + ") の外です");
            }
            if (previous != null && !p.dueOn().isAfter(previous)) {
                throw new IllegalArgumentException("parts: " + (i + 1) + "回目の納付期限 " + WarekiDate.format(p.dueOn())
                        + " が前回 (" + WarekiDate.format(previous) + ") より後ではありません");
            }
            previous = p.dueOn();
            total += p.amount();
        }
        if (!parts.isEmpty() && total != gracedAmount) {
            throw new IllegalArgumentException("parts: 分割納付の合計 " + String.format("%,d", total) + "円が猶予に係る金額 "
                    + String.format("%,d", gracedAmount) + "円と一致しません");
        }
        return List.copyOf(parts);
    }

    /** What the plan asks to have been paid by the end of {@code day}: the parts due on or before it. */
    public static long dueBy(List<Part> parts, LocalDate day) {
        Args.notNull("day", day);
        return parts.stream().filter(p -> !p.dueOn().isAfter(day)).mapToLong(Part::amount).sum();
    }

    /**
     * Whether the taxpayer keeps the plan on {@code day}: what was paid since the grace began covers every part
     * whose day has ended (a part is paid in time on its day itself).
     */
    public static boolean kept(List<Part> parts, long paidSinceStart, LocalDate day) {
        Args.notNegative("paidSinceStart", paidSinceStart);
        return paidSinceStart >= dueBy(parts, day.minusDays(1));
    }

    /** The next part's day on or after {@code day}, if any. */
    public static Optional<LocalDate> nextDue(List<Part> parts, LocalDate day) {
        Args.notNull("day", day);
        return parts.stream().map(Part::dueOn).filter(d -> !d.isBefore(day)).min(LocalDate::compareTo);
    }
}
