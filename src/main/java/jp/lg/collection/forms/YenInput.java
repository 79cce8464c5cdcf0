package jp.lg.collection.forms;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of yen as a clerk types it: 120000, 120,000, １２００００ (full width), ¥120,000, 120,000円, 12万,
 * 12万5000, 1億2000万, 1.5万. Anything else is refused with the reason, never truncated: the browser's number
 * field read 「120,000」 as 120 and 「12万」 as 12, and dropped 「１２００００」 altogether. Negative amounts
 * (-, ▲, △), fractions of a yen, misplaced separators and amounts written in kanji numerals are refused.
 */
public final class YenInput {

    /** What a form's description shows as examples. */
    public static final String EXAMPLES = "120000、120,000、12万、12万5000円";

    /** 1兆円: far above any tax debt or asset of a city's taxpayer, and below anything that overflows. */
    static final long MAX = 999_999_999_999L;

    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern UNITS = Pattern.compile(
            "(?:(\\d+(?:\\.\\d+)?)億)?(?:([\\d,]+(?:\\.\\d+)?)万)?(?:(\\d+(?:\\.\\d+)?)千)?([\\d,]+)?");
    private static final Pattern NEGATIVE = Pattern.compile("^[-−‐ー－▲△].*|^\\(.*\\)$");
    private static final Pattern KANJI_NUMERAL = Pattern.compile(".*[〇一二三四五六七八九十百壱弐参].*");

    private YenInput() {
    }

    /**
     * The amount typed, in yen, or an {@link IllegalArgumentException} whose message says in Japanese why it
     * was refused (without the field's name: the caller adds it).
     */
    public static long parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("金額を入力してください (例: " + EXAMPLES + ")");
        }
        String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("\\s", "").replace('、', ',');
        if (NEGATIVE.matcher(s).matches()) {
            throw new IllegalArgumentException("マイナスの金額は入力できません (「" + typed.strip() + "」)");
        }
        s = s.replaceFirst("^[¥\\\\]", "").replaceFirst("円$", "");
        if (KANJI_NUMERAL.matcher(s).matches()) {
            throw new IllegalArgumentException("金額は算用数字で入力してください (例: " + EXAMPLES + ")");
        }
        BigDecimal amount;
        if (PLAIN.matcher(s).matches()) {
            amount = new BigDecimal(s);
        } else if (GROUPED.matcher(s).matches()) {
            amount = new BigDecimal(s.replace(",", ""));
        } else {
            amount = withUnits(s, typed);
        }
        try {
            long yen = amount.stripTrailingZeros().longValueExact();
            if (yen > MAX) {
                throw new IllegalArgumentException("金額が大きすぎます (「" + typed.strip() + "」)");
            }
            return yen;
        } catch (ArithmeticException e) {
            throw amount.compareTo(BigDecimal.valueOf(MAX)) > 0
                    ? new IllegalArgumentException("金額が大きすぎます (「" + typed.strip() + "」)")
                    : new IllegalArgumentException("円未満の端数は入力できません (「" + typed.strip() + "」)");
        }
    }

    /** 1億2000万, 12万5000, 3千: 億 and 万 and 千 after arabic digits, each part below the unit before it. */
    private static BigDecimal withUnits(String s, String typed) {
        Matcher m = UNITS.matcher(s);
        if (s.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            throw new IllegalArgumentException(s.contains(",")
                    ? "桁区切りのカンマの位置が正しくありません (「" + typed.strip() + "」)"
                    : "金額として読めません (「" + typed.strip() + "」)。例: " + EXAMPLES);
        }
        BigDecimal oku = part(m.group(1), typed);
        BigDecimal man = part(m.group(2), typed);
        BigDecimal sen = part(m.group(3), typed);
        BigDecimal rest = part(m.group(4), typed);
        if (m.group(1) != null && man.compareTo(BigDecimal.valueOf(10_000)) >= 0
                || (m.group(1) != null || m.group(2) != null) && sen.compareTo(BigDecimal.TEN) >= 0
                || (m.group(1) != null || m.group(2) != null) && m.group(3) == null
                        && rest.compareTo(BigDecimal.valueOf(10_000)) >= 0
                || m.group(3) != null && rest.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
            throw new IllegalArgumentException("単位 (億・万・千) の後の数が大きすぎます (「" + typed.strip() + "」)");
        }
        return oku.multiply(BigDecimal.valueOf(100_000_000)).add(man.multiply(BigDecimal.valueOf(10_000)))
                .add(sen.multiply(BigDecimal.valueOf(1_000))).add(rest);
    }

    private static BigDecimal part(String digits, String typed) {
        if (digits == null) {
            return BigDecimal.ZERO;
        }
        if (digits.contains(",") && !GROUPED.matcher(digits).matches()) {
            throw new IllegalArgumentException("桁区切りのカンマの位置が正しくありません (「" + typed.strip() + "」)");
        }
        return new BigDecimal(digits.replace(",", ""));
    }
}
