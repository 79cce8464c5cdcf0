package jp.lg.collection.system;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
     * in Jackson's exception: answered like every other bad input, naming the field.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException refused && refused.getMessage() != null) {
                return badArgument(refused);
            }
        }
        return problem(null, "リクエストの形式が正しくありません (JSON)");
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
