package jp.lg.collection.rules;

import java.util.List;

/**
 * Argument checks shared by the rule classes. Every message starts with the parameter name so that a
 * caller (form, REST layer, BPMN delegate) can map it to the offending field.
 */
final class Args {

    private Args() {
    }

    static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + ": must not be null");
        }
        return value;
    }

    static long notNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + ": must not be negative (was " + value + ")");
        }
        return value;
    }

    static int notNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + ": must not be negative (was " + value + ")");
        }
        return value;
    }

    static int between(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + ": must be between " + min + " and " + max + " (was " + value + ")");
        }
        return value;
    }

    static <T> List<T> noNullElements(String name, List<T> list) {
        notNull(name, list);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new IllegalArgumentException(name + ": element " + i + " must not be null");
            }
        }
        return List.copyOf(list);
    }
}
