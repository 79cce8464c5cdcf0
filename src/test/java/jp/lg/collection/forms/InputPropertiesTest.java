package jp.lg.collection.forms;

import static jp.lg.collection.RandomCases.between;
import static jp.lg.collection.RandomCases.check;
import static jp.lg.collection.RandomCases.oneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What a clerk types into a form is read as typed or refused — never another date or amount (issue 20): random
 * dates and amounts in every accepted spelling read back exactly; dates that do not exist and amounts with a
 * misplaced comma or a fraction are refused; random text is refused with a reason (an
 * {@link IllegalArgumentException}), never another exception and never a guess.
 */
class InputPropertiesTest {

    private static final int TRIES = 500;

    static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == ',' ? '，' : c == '/' ? '／' : c);
        }
        return out.toString();
    }

    @Test
    void aDateThatExistsReadsBackAsTypedInEverySpelling() {
        check(TRIES, r -> {
            LocalDate date = LocalDate.of(1873, 1, 1).plusDays(between(r, 0, 119_000));
            if (date.getYear() > 2199) {
                return;
            }
            int y = date.getYear();
            int m = date.getMonthValue();
            int d = date.getDayOfMonth();
            String typed = switch (r.nextInt(6)) {
                case 0 -> y + "/" + m + "/" + d;
                case 1 -> "%d-%02d-%02d".formatted(y, m, d);
                case 2 -> y + "年" + m + "月" + d + "日";
                case 3 -> "%04d%02d%02d".formatted(y, m, d);
                case 4 -> y + "." + m + "." + d;
                default -> era(date, r);
            };
            if (r.nextInt(4) == 0) {
                typed = fullWidth(typed);
            }
            if (r.nextInt(5) == 0) {
                typed = " " + typed + " ";
            }
            assertThat(JapaneseDateInput.parse(typed)).as("typed 「%s」", typed).isEqualTo(date);
        });
    }

    /** 令和8年12月20日, R8.12.20, 平成元年…: the era the date falls in, as a clerk writes it. */
    static String era(LocalDate date, Random r) {
        JapaneseDate jd = JapaneseDate.from(date);
        JapaneseEra era = jd.getEra();
        int year = jd.get(ChronoField.YEAR_OF_ERA);
        if (year >= 100) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"; // 令和100年: no one types it
        }
        String[] names = switch (era.getValue()) {
            case 3 -> new String[] {"令和", "R", "令"};
            case 2 -> new String[] {"平成", "H", "平"};
            case 1 -> new String[] {"昭和", "S", "昭"};
            case 0 -> new String[] {"大正", "T"};
            default -> new String[] {"明治", "M"};
        };
        String name = oneOf(r, names);
        String yearText = year == 1 && r.nextBoolean() ? "元" : Integer.toString(year);
        return r.nextBoolean() ? name + yearText + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
                : name + yearText + "." + date.getMonthValue() + "." + date.getDayOfMonth();
    }

    @Test
    void aDateThatDoesNotExistIsRefusedNotRolledOver() {
        check(TRIES, r -> {
            int y = between(r, 1873, 2199);
            int m = between(r, 0, 14);
            int d = between(r, 0, 33);
            String typed = oneOf(r, y + "/" + m + "/" + d, y + "年" + m + "月" + d + "日", y + "-" + m + "-" + d);
            boolean exists;
            try {
                LocalDate.of(y, m, d);
                exists = true;
            } catch (DateTimeException e) {
                exists = false;
            }
            if (exists) {
                assertThat(JapaneseDateInput.parse(typed)).as("typed 「%s」", typed).isEqualTo(LocalDate.of(y, m, d));
            } else {
                assertThatThrownBy(() -> JapaneseDateInput.parse(typed)).as("typed 「%s」", typed)
                        .isInstanceOf(IllegalArgumentException.class);
            }
        });
    }

    @Test
    void randomTextIsReadAsTheDigitsItHoldsOrRefused() {
        String alphabet = "0123456789０１２３４５６７８９/-.年月日元令和平成昭RHS 　ー－T:Z";
        check(TRIES * 2, r -> {
            StringBuilder s = new StringBuilder();
            for (int i = between(r, 0, 16); i > 0; i--) {
                s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String typed = s.toString();
            Throwable thrown = catchThrowable(() -> JapaneseDateInput.parse(typed));
            if (thrown != null) {
                assertThat(thrown).as("typed 「%s」", typed).isInstanceOf(IllegalArgumentException.class);
                return;
            }
            // accepted: the day and month typed are the day and month read (the year may be an era's)
            LocalDate read = JapaneseDateInput.parse(typed);
            String digits = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC).replaceAll("\\s", "");
            assertThat(digits).as("typed 「%s」 read %s", typed, read)
                    .containsPattern("(^|\\D)0*" + read.getMonthValue() + "\\D+0*" + read.getDayOfMonth() + "(\\D|$)|"
                            + "%04d%02d%02d".formatted(read.getYear(), read.getMonthValue(), read.getDayOfMonth()));
        });
    }

    @Test
    void anAmountReadsBackAsTypedInEverySpelling() {
        check(TRIES, r -> {
            long yen = r.nextInt(3) == 0 ? between(r, 0, 100_000) : between(r, 0, YenInput.MAX);
            String plain = Long.toString(yen);
            String grouped = String.format(java.util.Locale.ROOT, "%,d", yen);
            String typed = switch (r.nextInt(5)) {
                case 0 -> plain;
                case 1 -> grouped;
                case 2 -> "¥" + grouped;
                case 3 -> grouped + "円";
                default -> units(yen);
            };
            if (r.nextInt(4) == 0) {
                typed = fullWidth(typed);
            }
            assertThat(YenInput.parse(typed)).as("typed 「%s」", typed).isEqualTo(yen);
        });
    }

    /** 1億2000万3456, 12万, 3千: the units a clerk writes, each part below the unit before it. */
    static String units(long yen) {
        long oku = yen / 100_000_000;
        long man = yen / 10_000 % 10_000;
        long rest = yen % 10_000;
        String s = (oku > 0 ? oku + "億" : "") + (man > 0 ? man + "万" : "") + (rest > 0 || yen == 0 ? rest : "");
        return s;
    }

    @Test
    void digitsAndSeparatorsAreReadAsTheirValueOrRefused() {
        String alphabet = "0123456789,,..万千億円¥-▲ ";
        check(TRIES * 2, r -> {
            StringBuilder s = new StringBuilder();
            for (int i = between(r, 1, 14); i > 0; i--) {
                s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String typed = s.toString();
            Throwable thrown = catchThrowable(() -> YenInput.parse(typed));
            if (thrown != null) {
                assertThat(thrown).as("typed 「%s」", typed).isInstanceOf(IllegalArgumentException.class);
                return;
            }
            long read = YenInput.parse(typed);
            assertThat(read).as("typed 「%s」", typed).isBetween(0L, YenInput.MAX);
            String bare = typed.strip().replaceFirst("^¥", "").replaceFirst("円$", "");
            if (bare.matches("[0-9,.]+")) {
                // no unit: exactly the number written, commas only where they group thousands
                assertThat(new BigDecimal(bare.replace(",", ""))).as("typed 「%s」 read %d", typed, read)
                        .isEqualByComparingTo(BigDecimal.valueOf(read));
                if (bare.contains(",")) {
                    assertThat(bare.replaceFirst("\\..*", "")).matches("\\d{1,3}(,\\d{3})+");
                }
            }
        });
    }
}
