package jp.lg.collection.documents;

import java.util.Locale;
import java.util.regex.Pattern;

/** Amounts as printed: integer yen with thousands separators (公用文: 58,000円). */
public final class Yen {

    /** Four or more digits right before 円, not part of a longer number or a decimal. */
    private static final Pattern BARE_AMOUNT = Pattern.compile("(?<![0-9,.])([0-9]{4,15})(?=円)");

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

    /**
     * Free text with its amounts as printed: "58100円を充当" → "58,100円を充当". For text written before the
     * writers used {@link #of} (the negotiation log keeps what was written).
     */
    public static String inText(String text) {
        if (text == null) {
            return null;
        }
        return BARE_AMOUNT.matcher(text).replaceAll(m -> amount(Long.parseLong(m.group(1))));
    }
}
