package jp.lg.collection.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of submitted variables for delegates, refusing missing or malformed ones by field name. */
public final class TaskInputs {

    private TaskInputs() {
    }

    public static String requireText(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new TaskInputException(name, "入力してください");
        }
        return value.toString().trim();
    }

    public static <E extends Enum<E>> E requireEnum(VariableScope scope, String name, Class<E> type) {
        String value = requireText(scope, name);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new TaskInputException(name, "選択肢にない値です (" + value + ")");
        }
    }

    /** Camunda Forms submit dates as "YYYY-MM-DD" strings; Java callers may pass LocalDate or Date. */
    public static LocalDate requireDate(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new TaskInputException(name, "日付を入力してください");
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(jp.lg.collection.system.Today.TOKYO).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
        } catch (DateTimeParseException e) {
            throw new TaskInputException(name, "日付は YYYY-MM-DD で入力してください (" + value + ")");
        }
    }

    /** Yen amounts: whole numbers, never fractions (forms may submit 1000 as a Double 1000.0). */
    public static long requireYen(VariableScope scope, String name, long min) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new TaskInputException(name, "金額を入力してください");
        }
        long yen;
        try {
            java.math.BigDecimal decimal = new java.math.BigDecimal(value.toString().trim());
            yen = decimal.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TaskInputException(name, "金額は円単位の整数で入力してください (" + value + ")");
        }
        if (yen < min) {
            throw new TaskInputException(name, "金額は" + min + "円以上で入力してください");
        }
        return yen;
    }

    /**
     * Whole-number fields (counts, months): Camunda Forms may submit 3 as Long, Integer, Double or "3". A blank
     * field is {@code fallback}, or refused when there is none.
     */
    public static int requireWhole(VariableScope scope, String name, int min, int max, Integer fallback) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw new TaskInputException(name, "入力してください");
        }
        int number;
        try {
            number = new java.math.BigDecimal(value.toString().trim()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TaskInputException(name, "整数で入力してください (" + value + ")");
        }
        if (number < min || number > max) {
            throw new TaskInputException(name, min + "から" + max + "までの数を入力してください (" + number + ")");
        }
        return number;
    }

    /** Optional text: trimmed, or null when blank. */
    public static String optionalText(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** A checkbox: Camunda Forms submit false for an unticked box, the REST API may leave it out. */
    public static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && "true".equals(value.toString());
    }

    public static boolean requireBoolean(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value != null && ("true".equals(value.toString()) || "false".equals(value.toString()))) {
            return Boolean.parseBoolean(value.toString());
        }
        throw new TaskInputException(name, "はい/いいえを選んでください");
    }
}
