package jp.lg.collection.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 和暦 dates for notices. Official documents of a city are dated in the era (元号法 and the 公用文 practice);
 * the first year of an era is written 元年.
 */
public final class WarekiDate {

    /** Era names as the JDK's locale data gives them, looked up once per era (every notice prints several). */
    private static final Map<JapaneseEra, String> FULL_NAMES = new ConcurrentHashMap<>();
    private static final Map<JapaneseEra, String> NARROW_NAMES = new ConcurrentHashMap<>();

    private WarekiDate() {
    }

    /** "令和8年11月25日"; the first year as 元年: "令和元年5月1日". */
    public static String format(LocalDate date) {
        JapaneseDate japanese = toJapanese(date);
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        return FULL_NAMES.computeIfAbsent(japanese.getEra(), e -> e.getDisplayName(TextStyle.FULL, Locale.JAPAN))
                + (year == 1 ? "元" : Integer.toString(year)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** "R8.11.25" — the era's initial, year, month and day without padding. */
    public static String formatShort(LocalDate date) {
        JapaneseDate japanese = toJapanese(date);
        JapaneseEra era = japanese.getEra();
        return NARROW_NAMES.computeIfAbsent(era, e -> e.getDisplayName(TextStyle.NARROW, Locale.JAPAN)) + japanese.get(ChronoField.YEAR_OF_ERA) + "."
                + date.getMonthValue() + "." + date.getDayOfMonth();
    }

    private static JapaneseDate toJapanese(LocalDate date) {
        Args.notNull("date", date);
        try {
            return JapaneseDate.from(date);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date: " + date + " is before Meiji 6 (1873-01-01), which java.time cannot express", e);
        }
    }
}
