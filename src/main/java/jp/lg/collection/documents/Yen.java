package jp.lg.collection.documents;

import java.util.Locale;

/** Amounts as printed: integer yen with thousands separators (公用文: 58,000円). */
public final class Yen {

    private Yen() {
    }

    /** "58,000" */
    public static String amount(long yen) {
        return String.format(Locale.JAPAN, "%,d", yen);
    }

    /** "58,000円" */
    public static String of(long yen) {
        return amount(yen) + "円";
    }
}
