package jp.lg.collection.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of {@code forms/}, read once, used to check on the server what Tasklist checked in the
 * browser: required fields, lengths, patterns, number ranges, dates and the allowed values of selects.
 * Fields shown only under a condition are checked by the delegate that knows the condition.
 * <p>
 * Dates and amounts are text fields marked with the custom property {@code input}: {@code date} (read by
 * {@link JapaneseDateInput}, stored as an ISO date string) or {@code yen} (read by {@link YenInput}, stored as
 * a Long; custom properties {@code min} and {@code max} bound it). The browser's own date picker and number field
 * misread what a Japanese clerk types (「2026/12/20」 as month/day/year, 「120,000」 as 120), so the reading
 * happens here, where it can refuse in Japanese; {@link #check} hands back the values as they are to be stored.
 */
@Component
public class FormSchema {

    private final Map<String, List<JsonNode>> fieldsByFormId = new HashMap<>();

    public FormSchema() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                JsonNode form = json.readTree(in);
                List<JsonNode> fields = new ArrayList<>();
                collect(form.path("components"), fields);
                fieldsByFormId.put(form.path("id").asText(), fields);
            }
        }
    }

    private static void collect(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                into.add(component);
            }
            // the fields of a dynamic list are keyed per item, not in the form's variables: its delegate checks them
            if (!"dynamiclist".equals(component.path("type").asText())) {
                collect(component.path("components"), into);
            }
        }
    }

    public boolean knows(String formId) {
        return fieldsByFormId.containsKey(formId);
    }

    /** The label a form shows for a field (its key when the form or the field is unknown). */
    public String label(String formId, String key) {
        for (JsonNode field : fieldsByFormId.getOrDefault(formId, List.of())) {
            if (key.equals(field.get("key").asText())) {
                return label(field, key);
            }
        }
        return key;
    }

    private static String label(JsonNode field, String key) {
        return field.path("label").asText(field.path("dateLabel").asText(key));
    }

    /**
     * The outcome of checking a submitted form.
     *
     * @param problems   every problem, each starting with the field key; empty when all is well
     * @param normalized the date and amount fields as they are to be stored (ISO date string, Long yen), where
     *                   that differs from what was submitted
     */
    public record Checked(List<String> problems, Map<String, Object> normalized) {
    }

    /** Every problem with the submitted values, each starting with the field key; empty when all is well. */
    public List<String> problems(String formId, Map<String, Object> values) {
        return check(formId, values).problems();
    }

    public Checked check(String formId, Map<String, Object> values) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> normalized = new HashMap<>();
        for (JsonNode field : fieldsByFormId.getOrDefault(formId, List.of())) {
            String key = field.get("key").asText();
            String label = label(field, key);
            Object value = values.get(key);
            JsonNode validate = field.path("validate");
            boolean conditional = field.has("conditional");
            boolean blank = value == null || value.toString().isBlank() || "[]".equals(value.toString().strip());
            if (blank) {
                if (validate.path("required").asBoolean(false) && !conditional) {
                    problems.add(key + ": 「" + label + "」は必須です");
                }
                continue;
            }
            String text = value.toString();
            String input = field.path("properties").path("input").asText("");
            String type = field.path("type").asText();
            if (input.equals("date")) {
                readDate(key, label, value, problems, normalized);
            } else if (input.equals("yen")) {
                readYen(key, label, value, field.path("properties"), problems, normalized);
            } else {
                switch (type) {
                    case "number" -> checkNumber(key, label, text, validate, problems);
                    case "datetime" -> checkDate(key, label, text, problems);
                    case "select", "radio" -> checkChoice(key, label, text, field, problems);
                    default -> checkText(key, label, text, validate, problems);
                }
            }
        }
        return new Checked(problems, normalized);
    }

    private static void readDate(String key, String label, Object value, List<String> problems,
            Map<String, Object> normalized) {
        if (!(value instanceof String text)) {
            return; // a Date or LocalDate from a Java caller or a typed REST variable: nothing to read
        }
        try {
            String iso = JapaneseDateInput.parse(text).toString();
            if (!iso.equals(text)) {
                normalized.put(key, iso);
            }
        } catch (IllegalArgumentException e) {
            problems.add(key + ": 「" + label + "」: " + e.getMessage());
        }
    }

    private static void readYen(String key, String label, Object value, JsonNode properties, List<String> problems,
            Map<String, Object> normalized) {
        long yen;
        try {
            yen = value instanceof Number number ? new BigDecimal(number.toString()).longValueExact()
                    : YenInput.parse(value.toString());
        } catch (ArithmeticException e) {
            problems.add(key + ": 「" + label + "」: 円未満の端数は入力できません (" + value + ")");
            return;
        } catch (IllegalArgumentException e) {
            problems.add(key + ": 「" + label + "」: " + e.getMessage());
            return;
        }
        if (yen < 0) {
            problems.add(key + ": 「" + label + "」: マイナスの金額は入力できません");
            return;
        }
        if (properties.has("min") && yen < properties.get("min").asLong()) {
            problems.add(key + ": 「" + label + "」は" + properties.get("min").asLong() + "円以上で入力してください");
            return;
        }
        if (properties.has("max") && yen > properties.get("max").asLong()) {
            problems.add(key + ": 「" + label + "」は" + properties.get("max").asLong() + "円以下で入力してください");
            return;
        }
        if (!(value instanceof Long)) {
            normalized.put(key, yen);
        }
    }

    private static void checkNumber(String key, String label, String text, JsonNode validate, List<String> problems) {
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(key + ": 「" + label + "」は数値で入力してください (" + text + ")");
            return;
        }
        if (validate.has("min") && number.compareTo(validate.get("min").decimalValue()) < 0) {
            problems.add(key + ": 「" + label + "」は" + validate.get("min").asText() + "以上です");
        }
        if (validate.has("max") && number.compareTo(validate.get("max").decimalValue()) > 0) {
            problems.add(key + ": 「" + label + "」は" + validate.get("max").asText() + "以下です");
        }
    }

    private static void checkDate(String key, String label, String text, List<String> problems) {
        try {
            LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (RuntimeException e) {
            problems.add(key + ": 「" + label + "」は YYYY-MM-DD の日付です (" + text + ")");
        }
    }

    private static void checkChoice(String key, String label, String text, JsonNode field, List<String> problems) {
        JsonNode values = field.path("values");
        if (!values.isArray() || values.isEmpty()) {
            return;
        }
        for (JsonNode option : values) {
            if (option.path("value").asText().equals(text)) {
                return;
            }
        }
        problems.add(key + ": 「" + label + "」の選択肢にない値です (" + text + ")");
    }

    private static void checkText(String key, String label, String text, JsonNode validate, List<String> problems) {
        if (validate.has("minLength") && text.length() < validate.get("minLength").asInt()) {
            problems.add(key + ": 「" + label + "」は" + validate.get("minLength").asInt() + "文字以上です");
        }
        if (validate.has("maxLength") && text.length() > validate.get("maxLength").asInt()) {
            problems.add(key + ": 「" + label + "」は" + validate.get("maxLength").asInt() + "文字以内です");
        }
        if (validate.has("pattern") && !Pattern.compile(validate.get("pattern").asText()).matcher(text).matches()) {
            problems.add(key + ": 「" + label + "」の形式が正しくありません");
        }
    }
}
