package jp.lg.collection.forms;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.lg.collection.rules.WarekiDate;

/**
 * A date as a clerk types it into a form: 2026/12/20, 2026-12-20, 2026.12.20, 2026年12月20日, 20261220, 令和8年12月20日,
 * R8.12.20 (元年 too), in full-width or half-width characters. Anything else is refused with the reason, never
 * guessed: the browser's date picker read "2026/12/20" as month/day/year and stored 8/6/2027, and a
 * promise date read wrongly lets a case sleep for months. Month-first (12/20/2026) and two-digit years
 * (26/12/20) are refused as ambiguous; dates that do not exist (2月30日, 令和1年4月1日) are refused.
 */
public final class JapaneseDateInput {

    /** What a form's description shows as examples. */
    public static final String EXAMPLES = "2026/12/20、20261220、令和8年12月20日、R8.12.20";

    private static final Pattern ISO_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T[0-9:.]*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern GREGORIAN = Pattern.compile("(\\d{4})[年/.\\-](\\d{1,2})[月/.\\-](\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern ERA = Pattern.compile(
            "(令和|平成|昭和|大正|明治|令|平|昭|[RHSTM])(元|\\d{1,2})[年/.\\-](\\d{1,2})[月/.\\-](\\d{1,2})日?");
    private static final Pattern YEAR_LAST = Pattern.compile("\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}");
    private static final Pattern SHORT_YEAR = Pattern.compile("\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}");
    /** Dashes a Japanese keyboard or a copied text may bring. */
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−ー－]");

    private JapaneseDateInput() {
    }

    /**
     * The date typed, or an {@link IllegalArgumentException} whose message says in Japanese why it was refused
     * (without the field's name: the caller adds it).
     */
    public static LocalDate parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("日付を入力してください (例: " + EXAMPLES + ")");
        }
        String s = DASHES.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC)).replaceAll("-")
                .replaceAll("\\s", "");
        Matcher m = ISO_DATE_TIME.matcher(s);
        if (m.matches()) {
            s = m.group(1);
        }
        if ((m = GREGORIAN.matcher(s)).matches() || (m = COMPACT.matcher(s)).matches()) {
            return gregorian(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = ERA.matcher(s.toUpperCase(Locale.ROOT))).matches()) {
            int year = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
            return era(era(m.group(1)), year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        if (YEAR_LAST.matcher(s).matches()) {
            throw new IllegalArgumentException("月/日/年の順には対応していません。年から入力してください (例: " + EXAMPLES + ")");
        }
        if (SHORT_YEAR.matcher(s).matches()) {
            throw new IllegalArgumentException("年は西暦4桁か元号付きで入力してください (例: " + EXAMPLES + ")");
        }
        throw new IllegalArgumentException("日付として読めません (「" + typed.strip() + "」)。例: " + EXAMPLES);
    }

    /** "令和8年12月20日 (2026/12/20)": the 和暦 a city's papers use, with the Western date beside it. */
    public static String describe(LocalDate date) {
        return WarekiDate.format(date) + " (" + date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth()
                + ")";
    }

    private static LocalDate gregorian(int year, int month, int day) {
        if (year < 1873 || year > 2199) {
            throw new IllegalArgumentException("西暦の年が正しくありません (" + year + "年)");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(year + "年" + month + "月" + day + "日は存在しない日付です");
        }
    }

    private static LocalDate era(JapaneseEra era, int year, int month, int day) {
        String name = name(era);
        try {
            return LocalDate.from(JapaneseDate.of(era, year, month, day));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(name + (year == 1 ? "元" : Integer.toString(year)) + "年" + month + "月"
                    + day + "日は存在しない日付です" + (month >= 1 && month <= 12 && day >= 1 && day <= 31
                            ? " (" + name + "の期間外か、その月にない日です)" : ""));
        }
    }

    private static JapaneseEra era(String text) {
        return switch (text) {
            case "令和", "令", "R" -> JapaneseEra.REIWA;
            case "平成", "平", "H" -> JapaneseEra.HEISEI;
            case "昭和", "昭", "S" -> JapaneseEra.SHOWA;
            case "大正", "T" -> JapaneseEra.TAISHO;
            default -> JapaneseEra.MEIJI;
        };
    }

    private static String name(JapaneseEra era) {
        return era.getDisplayName(java.time.format.TextStyle.FULL, Locale.JAPAN);
    }
}
