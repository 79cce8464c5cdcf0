package jp.lg.collection.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * ランク: how urgently a delinquency case should be worked, from the facts the case has. Not a statute but the
 * division's practice (滞納整理の優先順位): large debts, old debts, broken promises, property found and a
 * limitation period running out come first. The weights and the bands are the division's to set (a manager
 * changes them as data, {@code rank_weight} / {@code rank_band}); this class only does the arithmetic.
 *
 * <p>Each factor counts in full at its {@code fullAt} value and in proportion below it:
 * <ul>
 * <li>{@link Factor#AMOUNT_OWED}: the yen owed (principal, fee and assessed late charge not paid);</li>
 * <li>{@link Factor#OLDEST_BILL_AGE}: days since the due date of the oldest open installment;</li>
 * <li>{@link Factor#BROKEN_PROMISES}: payment promises and 分納 parts not kept;</li>
 * <li>{@link Factor#FOUND_PROPERTY}: assets the property investigation found;</li>
 * <li>{@link Factor#LIMITATION_NEAR}: days left until the collection right is extinguished (法18①) — in full
 * within {@code fullAt} days, falling to nothing at twice that; no date (far off, or a standing seizure) counts
 * nothing.</li>
 * </ul>
 * The score is the weighted mean of the factors on a scale of 0 to 100 (rounded half up), and the rank is the
 * first band whose minimum score it reaches: with the shipped bands A ≥ 60, B ≥ 35, C ≥ 15, D below.
 *
 * <p>A rank imported with the taxpayer (宛名's ランク, from the city's 滞納管理 system) is a floor: the case ranks
 * at least there — its score is raised to the band's minimum — and higher when its own facts say so. An
 * imported code that is not one of the bands (e.g. {@code S} or a digit) is kept for display and not used.
 */
public final class CaseRankRule {

    /** What a case is ranked by; the labels are what the manager's table and the case view print. */
    public enum Factor {
        AMOUNT_OWED("未納額", "円"),
        OLDEST_BILL_AGE("最も古い納期限からの経過日数", "日"),
        BROKEN_PROMISES("約束の不履行", "回"),
        FOUND_PROPERTY("判明した財産", "件"),
        LIMITATION_NEAR("時効完成までの日数", "日");

        private final String label;
        private final String unit;

        Factor(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        public String label() {
            return label;
        }

        public String unit() {
            return unit;
        }
    }

    /** A factor's weight (0–100) and the value at which it counts in full (more than 0). */
    public record Weight(Factor factor, int weight, long fullAt) {
        public Weight {
            Args.notNull("factor", factor);
            Args.between("weight", weight, 0, 100);
            if (fullAt <= 0) {
                throw new IllegalArgumentException("fullAt: must be more than 0 (was " + fullAt + ")");
            }
        }
    }

    /** A rank and the lowest score that reaches it. */
    public record Band(String rank, int minScore) {
        public Band {
            Args.notNull("rank", rank);
            Args.between("minScore", minScore, 0, 100);
        }
    }

    /**
     * What the case shows on a day.
     *
     * @param oldestDueDate  the due date of the oldest open installment; null when nothing is open
     * @param limitationOn   the day the collection right of the earliest installment is extinguished; null when
     *                       it is far off or kept alive (a standing seizure)
     */
    public record Facts(long amountOwed, LocalDate oldestDueDate, int brokenPromises, int foundProperties,
            LocalDate limitationOn) {
        public Facts {
            Args.notNegative("amountOwed", amountOwed);
            Args.notNegative("brokenPromises", brokenPromises);
            Args.notNegative("foundProperties", foundProperties);
        }
    }

    /**
     * The outcome.
     *
     * @param score         0–100, after the imported floor
     * @param rank          the band of {@code score}
     * @param computedRank  the band of the case's own facts
     * @param importedRank  the imported code as given (null: none), used only when it is a band
     * @param points        each factor's share of the score before the floor (0–100 in all)
     */
    public record Result(int score, String rank, String computedRank, String importedRank,
            Map<Factor, Integer> points) {
    }

    /** The shipped weights (V21): amount 35, age 20 (3 years), broken promises 15 (2), property 15, limitation 15 (180 days). */
    public static final List<Weight> DEFAULT_WEIGHTS = List.of(
            new Weight(Factor.AMOUNT_OWED, 35, 1_000_000),
            new Weight(Factor.OLDEST_BILL_AGE, 20, 1_095),
            new Weight(Factor.BROKEN_PROMISES, 15, 2),
            new Weight(Factor.FOUND_PROPERTY, 15, 1),
            new Weight(Factor.LIMITATION_NEAR, 15, 180));

    /** The shipped bands (V21). */
    public static final List<Band> DEFAULT_BANDS = List.of(new Band("A", 60), new Band("B", 35), new Band("C", 15),
            new Band("D", 0));

    private static final long BASIS = 10_000;

    private CaseRankRule() {
    }

    /** The rank of a case with these facts on {@code today}; {@code importedRank} may be null. */
    public static Result rank(Facts facts, LocalDate today, List<Weight> weights, List<Band> bands,
            String importedRank) {
        Args.notNull("facts", facts);
        Args.notNull("today", today);
        List<Band> ordered = requireBands(bands);
        Map<Factor, Weight> byFactor = requireWeights(weights);
        long totalWeight = byFactor.values().stream().mapToLong(Weight::weight).sum();
        Map<Factor, Long> weighted = new EnumMap<>(Factor.class); // weight × share in basis points
        for (Weight w : byFactor.values()) {
            weighted.put(w.factor(), w.weight() * share(w, value(w, facts, today)));
        }
        long sum = weighted.values().stream().mapToLong(Long::longValue).sum();
        int computed = totalWeight == 0 ? 0 : (int) halfUp(sum * 100, totalWeight * BASIS);
        Map<Factor, Integer> points = new EnumMap<>(Factor.class);
        weighted.forEach((factor, v) -> points.put(factor, totalWeight == 0 ? 0
                : (int) halfUp(v * 100, totalWeight * BASIS)));
        int score = computed;
        String imported = importedRank == null || importedRank.isBlank() ? null : importedRank.strip();
        if (imported != null) {
            for (Band band : ordered) {
                if (band.rank().equalsIgnoreCase(imported)) {
                    score = Math.max(score, band.minScore());
                }
            }
        }
        return new Result(score, bandOf(score, ordered), bandOf(computed, ordered), imported,
                Collections.unmodifiableMap(points));
    }

    /** The factor's value for these facts: yen, days or a count. */
    static long value(Weight w, Facts facts, LocalDate today) {
        return switch (w.factor()) {
            case AMOUNT_OWED -> facts.amountOwed();
            case OLDEST_BILL_AGE -> facts.oldestDueDate() == null ? 0
                    : Math.max(0, ChronoUnit.DAYS.between(facts.oldestDueDate(), today));
            case BROKEN_PROMISES -> facts.brokenPromises();
            case FOUND_PROPERTY -> facts.foundProperties();
            // in full within fullAt days, nothing from twice fullAt on: the value is what lies before that
            case LIMITATION_NEAR -> facts.limitationOn() == null ? 0
                    : Math.max(0, 2 * w.fullAt() - Math.max(0, ChronoUnit.DAYS.between(today, facts.limitationOn())));
        };
    }

    /** The value's share of full, in basis points (0–10 000). */
    private static long share(Weight w, long value) {
        return Math.min(value, w.fullAt()) * BASIS / w.fullAt();
    }

    private static long halfUp(long numerator, long denominator) {
        return (2 * numerator + denominator) / (2 * denominator);
    }

    /** The first band, highest first, whose minimum the score reaches. */
    public static String bandOf(int score, List<Band> bands) {
        for (Band band : requireBands(bands)) {
            if (score >= band.minScore()) {
                return band.rank();
            }
        }
        throw new IllegalStateException("no band for " + score);
    }

    /** Bands ordered highest first: distinct ranks and minimums, the lowest at 0. */
    public static List<Band> requireBands(List<Band> bands) {
        Args.notNull("bands", bands);
        List<Band> ordered = new ArrayList<>(bands);
        ordered.sort((a, b) -> Integer.compare(b.minScore(), a.minScore()));
        if (ordered.isEmpty() || ordered.get(ordered.size() - 1).minScore() != 0) {
            throw new IllegalArgumentException("bands: the lowest rank must start at score 0");
        }
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).minScore() == ordered.get(i - 1).minScore()) {
                throw new IllegalArgumentException("bands: two ranks start at score " + ordered.get(i).minScore());
            }
        }
        if (ordered.stream().map(b -> b.rank().toUpperCase()).distinct().count() != ordered.size()) {
            throw new IllegalArgumentException("bands: a rank appears twice");
        }
        return ordered;
    }

    private static Map<Factor, Weight> requireWeights(List<Weight> weights) {
        Args.notNull("weights", weights);
        Map<Factor, Weight> byFactor = new EnumMap<>(Factor.class);
        for (Weight w : weights) {
            if (byFactor.put(w.factor(), w) != null) {
                throw new IllegalArgumentException("weights: " + w.factor() + " appears twice");
            }
        }
        return byFactor;
    }
}
