package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * 担保 for a grace — 地方税法16: a 徴収猶予 or 換価猶予 is granted against security equal to the amount graced (①),
 * unless the amount, the period or other circumstances make one unnecessary in a case the city's ordinance
 * names (①ただし書). Where property of the graced tax is already seized, the security needed is the graced amount
 * less that property's value (②).
 *
 * <p>The ordinance's cases are a city's choice; most cities copy the national ones (国税通則法46⑤): <b>100万円以下</b>
 * or <b>3月以内</b>, or a special circumstance that makes security impossible (which the decision then records).
 * Those are the defaults here, passed in by the caller so a city with another ordinance sets its own
 * (configuration, verify against the city's 税条例).
 */
public final class GraceSecurity {

    /** 猶予に係る金額 at or below which no security is needed, in yen (the common ordinance, verify). */
    public static final long DEFAULT_EXEMPT_AMOUNT = 1_000_000;
    /** A grace of at most this many months needs no security (the common ordinance, verify). */
    public static final int DEFAULT_EXEMPT_MONTHS = 3;

    private GraceSecurity() {
    }

    /** Under the common ordinance: {@link #required(long, LocalDate, LocalDate, long, int)}. */
    public static boolean required(long gracedAmount, LocalDate from, LocalDate to) {
        return required(gracedAmount, from, to, DEFAULT_EXEMPT_AMOUNT, DEFAULT_EXEMPT_MONTHS);
    }

    /**
     * Whether security must be taken: the amount is over the ordinance's amount <b>and</b> the grace runs longer
     * than its months, counted from the first day of the grace as 民法143 counts (from 4/1 three months end on
     * 6/30: a grace 4/1–6/30 needs none, 4/1–7/1 does).
     */
    public static boolean required(long gracedAmount, LocalDate from, LocalDate to, long exemptAmount,
            int exemptMonths) {
        Args.notNegative("gracedAmount", gracedAmount);
        Args.notNull("from", from);
        Args.notNull("to", to);
        Args.notNegative("exemptAmount", exemptAmount);
        Args.between("exemptMonths", exemptMonths, 0, 24);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: must not be before from (" + from + " – " + to + ")");
        }
        return gracedAmount > exemptAmount && to.isAfter(CivilCodePeriod.lastDay(from, exemptMonths));
    }

    /** 法16②: the security needed when property is already seized for the graced tax — never below 0. */
    public static long amountNeeded(long gracedAmount, long seizedPropertyValue) {
        Args.notNegative("gracedAmount", gracedAmount);
        Args.notNegative("seizedPropertyValue", seizedPropertyValue);
        return Math.max(0, gracedAmount - seizedPropertyValue);
    }
}
