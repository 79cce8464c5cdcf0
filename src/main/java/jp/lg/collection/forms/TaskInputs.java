package jp.lg.collection.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
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

    /**
     * A date: typed text as {@link JapaneseDateInput} reads it (the form's validation has already stored it as
     * "YYYY-MM-DD"); Java callers may pass LocalDate or Date.
     */
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
            return JapaneseDateInput.parse(value.toString());
        } catch (IllegalArgumentException e) {
            throw new TaskInputException(name, e.getMessage());
        }
    }

    /**
     * Yen amounts: whole yen, at least {@code min}; typed text as {@link YenInput} reads it (120,000 / 12万), a
     * number as it is (forms may submit 1000 as a Double 1000.0), never truncated.
     */
    public static long requireYen(VariableScope scope, String name, long min) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new TaskInputException(name, "金額を入力してください");
        }
        long yen;
        try {
            yen = value instanceof Number number ? new java.math.BigDecimal(number.toString()).longValueExact()
                    : YenInput.parse(value.toString());
        } catch (ArithmeticException e) {
            throw new TaskInputException(name, "金額は円単位の整数で入力してください (" + value + ")");
        } catch (IllegalArgumentException e) {
            throw new TaskInputException(name, e.getMessage());
        }
        if (yen < 0) {
            throw new TaskInputException(name, "マイナスの金額は入力できません");
        }
        if (yen < min) {
            throw new TaskInputException(name, "金額は" + String.format("%,d", min) + "円以上で入力してください");
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

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A form-js checklist or dynamic list as submitted: a JSON array from a Json variable (its text), a JSON text,
     * or a Java list; nothing for null or blank. Anything else is refused for {@code field}: 「{what}の形式が正しくありません」.
     */
    public static Iterable<JsonNode> jsonArray(String field, Object value, String what) {
        if (value == null || value.toString().isBlank()) {
            return List.of();
        }
        JsonNode node;
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            node = JSON.valueToTree(value);
        } else {
            try {
                node = JSON.readTree(value.toString());
            } catch (JsonProcessingException e) {
                throw new TaskInputException(field, what + "の形式が正しくありません");
            }
        }
        if (node instanceof ArrayNode array) {
            return array;
        }
        throw new TaskInputException(field, what + "の形式が正しくありません");
    }
}
