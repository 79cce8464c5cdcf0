package jp.lg.collection.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad input to {@code /api} answers 400 as RFC 9457 problem details ({@code application/problem+json}),
 * naming the parameter ({@code field}) in the words a counter clerk can pass on ({@code detail}, repeated
 * as {@code message} for clients that read that). Rules and repositories throw IllegalArgumentException
 * messages that start with the field name.
 */
@RestControllerAdvice(basePackages = "jp.lg.collection")
public class ApiErrors {

    static final URI BAD_INPUT = URI.create("urn:tainou:problem:bad-input");

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException e) {
        String message = e.getMessage() == null ? "入力が正しくありません" : e.getMessage();
        int colon = message.indexOf(':');
        String field = colon > 0 && colon < 40 ? message.substring(0, colon) : null;
        return problem(field, message);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return problem(e.getParameterName(), e.getParameterName() + ": 必須のパラメータがありません");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        String hint = Map.of("LocalDate", "YYYY-MM-DD 形式の日付", "long", "整数(円)")
                .getOrDefault(e.getRequiredType() == null ? "" : e.getRequiredType().getSimpleName(), "正しい形式");
        return problem(e.getName(), e.getName() + ": " + hint + "で指定してください (" + e.getValue() + ")");
    }

    /**
     * A JSON body a record refuses in its constructor (an incomplete request or report) reaches Spring wrapped
     * in Jackson's exception: answered like every other bad input, naming the field. A value of the wrong type
     * ({@code "affectedPersons": "many"}) names the field and the type expected — never the value, which may be a
     * My Number; broken JSON names the line and column.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException refused && refused.getMessage() != null) {
                return badArgument(refused);
            }
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            Class<?> type = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
                    : mapping.getCause() instanceof InputCoercionException tooLarge ? tooLarge.getTargetType() : null;
            if (mapping.getPath().isEmpty()) {
                return problem(null, "リクエストの本文は" + expected(type) + "で送ってください");
            }
            String field = field(mapping.getPath());
            return problem(field, field + ": " + expected(type) + "で指定してください");
        }
        if (e.getCause() instanceof JsonProcessingException json && json.getLocation() != null) {
            return problem(null, "リクエストの形式が正しくありません (JSON " + json.getLocation().getLineNr() + "行 "
                    + json.getLocation().getColumnNr() + "文字目)");
        }
        return problem(null, "リクエストの形式が正しくありません (JSON)");
    }

    /** A request body field that breaks its constraint (a text longer than its column), named. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        FieldError error = e.getBindingResult().getFieldError();
        if (error == null) {
            return problem(null, "入力が正しくありません");
        }
        String field = error.getField();
        Object max = error.contains(ConstraintViolation.class)
                ? error.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAttributes().get("max") : null;
        Object value = error.getRejectedValue();
        String rule = max == null ? error.getDefaultMessage()
                : value instanceof Collection<?> list ? max + "件までです (" + list.size() + "件)"
                : max + "文字以内で入力してください (" + String.valueOf(value).length() + "文字)";
        return problem(field, field + ": " + rule);
    }

    static final URI RUN_INTERRUPTED = URI.create("urn:tainou:problem:run-interrupted");

    /**
     * A sweep or an import the database left half-way (restarted, unreachable): 503 with what to do, never a 500 —
     * what was committed stays, and the same call again takes the run over once the database is back.
     */
    @ExceptionHandler(RunInterrupted.class)
    ResponseEntity<ProblemDetail> interrupted(RunInterrupted e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(RUN_INTERRUPTED);
        problem.setTitle("データベースに接続できないため処理を中断しました");
        problem.setProperty("message", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60").body(problem);
    }

    /** {@code attachments[2]}, {@code period.from}: the path to the field as the client wrote it. */
    private static String field(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "正しい形式";
        }
        if (type.isEnum()) {
            return "次のいずれか (" + String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .toList()) + ")";
        }
        if (type == int.class || type == Integer.class) {
            return "整数 (" + Integer.MAX_VALUE + " 以下)";
        }
        if (type == long.class || type == Long.class) {
            return "整数";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true か false ";
        }
        if (type == LocalDate.class) {
            return "YYYY-MM-DD 形式の日付";
        }
        if (type == String.class) {
            return "文字列";
        }
        return Collection.class.isAssignableFrom(type) || type.isArray() ? "配列 [ … ] " : "オブジェクト { … } ";
    }

    /** A 400 problem naming the field; for controllers that answer a refusal themselves. */
    public static ResponseEntity<ProblemDetail> problem(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setType(BAD_INPUT);
        problem.setTitle("入力内容に誤りがあります");
        if (field != null) {
            problem.setProperty("field", field);
        }
        problem.setProperty("message", message);
        return ResponseEntity.badRequest().body(problem);
    }
}
