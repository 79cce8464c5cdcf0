package jp.lg.collection.documents;

import java.util.List;

/** Argument checks for the notice records; messages start with the field name (ApiErrors reads it). */
public final class Require {

    private Require() {
    }

    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + ": 必須です");
        }
        return value;
    }

    public static long notNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + ": 0以上の整数(円)です (" + value + ")");
        }
        return value;
    }

    public static <T> List<T> noNullElements(String name, List<T> list) {
        notNull(name, list);
        for (T element : list) {
            notNull(name, element);
        }
        return List.copyOf(list);
    }
}
