package jp.lg.collection.system;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad input to {@code /api} answers 400 with the parameter named, in the words a counter clerk can pass on.
 * Rules and repositories throw IllegalArgumentException messages that start with the field name.
 */
@RestControllerAdvice(basePackages = "jp.lg.collection")
public class ApiErrors {

    public record Problem(String field, String message) {
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Problem> badArgument(IllegalArgumentException e) {
        String message = e.getMessage() == null ? "入力が正しくありません" : e.getMessage();
        int colon = message.indexOf(':');
        String field = colon > 0 && colon < 40 ? message.substring(0, colon) : null;
        return ResponseEntity.badRequest().body(new Problem(field, message));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Problem> missing(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(new Problem(e.getParameterName(),
                e.getParameterName() + ": 必須のパラメータがありません"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Problem> mismatch(MethodArgumentTypeMismatchException e) {
        String hint = Map.of("LocalDate", "YYYY-MM-DD 形式の日付", "long", "整数(円)")
                .getOrDefault(e.getRequiredType() == null ? "" : e.getRequiredType().getSimpleName(), "正しい形式");
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Problem(e.getName(),
                e.getName() + ": " + hint + "で指定してください (" + e.getValue() + ")"));
    }
}
