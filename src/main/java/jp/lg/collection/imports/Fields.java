package jp.lg.collection.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.apache.commons.csv.CSVRecord;

/** Reading one field of a CSV line the way the source systems write it, reporting problems by field name. */
final class Fields {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CSVRecord record;
    private final java.util.List<String> header;
    private final ImportKind.Problems problems;
    private boolean failed;

    Fields(CSVRecord record, java.util.List<String> header, ImportKind.Problems problems) {
        this.record = record;
        this.header = header;
        this.problems = problems;
    }

    boolean failed() {
        return failed;
    }

    void problem(String field, String message) {
        failed = true;
        problems.add(field, message);
    }

    String optional(String field) {
        String value = record.get(header.indexOf(field)).strip();
        return value.isEmpty() ? null : value;
    }

    /** An optional field no longer than its column. */
    String optional(String field, int maxLength) {
        String value = optional(field);
        if (value != null && value.length() > maxLength) {
            problem(field, maxLength + "文字以内です");
        }
        return value;
    }

    String text(String field, int maxLength) {
        String value = optional(field, maxLength);
        if (value == null) {
            problem(field, "必須です");
        }
        return value;
    }

    String digits(String field, int minLength, int maxLength) {
        String value = text(field, maxLength);
        if (value != null && !value.matches("\\d{" + minLength + "," + maxLength + "}")) {
            problem(field, minLength + "〜" + maxLength + "桁の数字です (" + value + ")");
        }
        return value;
    }

    /** Integer yen; "58000" — no decimals, no separators, no sign. */
    long yen(String field) {
        String value = text(field, 15);
        if (value == null) {
            return 0;
        }
        if (!value.matches("\\d{1,15}")) {
            problem(field, "金額は円単位の整数です (" + value + ")");
            return 0;
        }
        return Long.parseLong(value);
    }

    int number(String field, int min, int max) {
        String value = text(field, 9);
        if (value == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                problem(field, min + "〜" + max + " の範囲です (" + value + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            problem(field, "整数です (" + value + ")");
            return 0;
        }
    }

    /** 税目コード 01–04 (see TaxItem); null after reporting any other. */
    jp.lg.collection.bill.TaxItem taxItem(String field) {
        String code = text(field, 4);
        if (code == null) {
            return null;
        }
        try {
            return jp.lg.collection.bill.TaxItem.ofCode(code);
        } catch (IllegalArgumentException e) {
            problem(field, "税目コード " + code + " は扱えません (01〜04)");
            return null;
        }
    }

    /** 2026-05-31 or 20260531. */
    LocalDate date(String field, boolean required) {
        String value = required ? text(field, 10) : optional(field);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, COMPACT);
        } catch (DateTimeParseException e) {
            problem(field, "日付は YYYY-MM-DD か YYYYMMDD です (" + value + ")");
            return null;
        }
    }
}
