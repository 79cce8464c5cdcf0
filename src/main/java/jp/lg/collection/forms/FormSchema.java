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
            collect(component.path("components"), into);
        }
    }

    public boolean knows(String formId) {
        return fieldsByFormId.containsKey(formId);
    }

    /** Every problem with the submitted values, each starting with the field key; empty when all is well. */
    public List<String> problems(String formId, Map<String, Object> values) {
        List<String> problems = new ArrayList<>();
        for (JsonNode field : fieldsByFormId.getOrDefault(formId, List.of())) {
            String key = field.get("key").asText();
            String label = field.path("label").asText(field.path("dateLabel").asText(key));
            Object value = values.get(key);
            JsonNode validate = field.path("validate");
            boolean conditional = field.has("conditional");
            boolean blank = value == null || value.toString().isBlank();
            if (blank) {
                if (validate.path("required").asBoolean(false) && !conditional) {
                    problems.add(key + ": 「" + label + "」は必須です");
                }
                continue;
            }
            String text = value.toString();
            String type = field.path("type").asText();
            switch (type) {
                case "number" -> checkNumber(key, label, text, validate, problems);
                case "datetime" -> checkDate(key, label, text, problems);
                case "select", "radio" -> checkChoice(key, label, text, field, problems);
                default -> checkText(key, label, text, validate, problems);
            }
        }
        return problems;
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
