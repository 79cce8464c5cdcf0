package jp.lg.collection;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Property tests without a framework: {@code tries} cases drawn from a seeded {@link Random}, each checked by
 * {@code property}; a failure names the seed and the case, and {@code -Dproperties.seed=<seed>} replays the same
 * cases. (No shrinking: the generators keep cases small enough to read.)
 *
 * <p>Why not jqwik: from 1.10 its authors ask that it not be used by AI coding agents, which wrote these tests;
 * a human maintainer may move them to jqwik's {@code @Property} one for one (docs/NEXT.md).
 */
public final class RandomCases {

    private RandomCases() {
    }

    public static void check(int tries, Consumer<Random> property) {
        long seed = Long.getLong("properties.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int i = 0; i < tries; i++) {
            try {
                property.accept(random);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed at try " + (i + 1) + " of " + tries + " (replay with "
                        + "-Dproperties.seed=" + seed + "): " + e.getMessage(), e);
            }
        }
    }

    /** A long in [from, to], both included. */
    public static long between(Random random, long from, long to) {
        return from + (long) Math.floor(random.nextDouble() * (to - from + 1));
    }

    public static int between(Random random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    @SafeVarargs
    public static <T> T oneOf(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
