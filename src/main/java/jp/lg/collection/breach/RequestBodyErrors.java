package jp.lg.collection.breach;

import jp.lg.collection.subcontracting.SubcontractController;
import jp.lg.collection.system.ApiErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A JSON body a record refuses in its constructor (an incomplete request or report) reaches Spring wrapped in
 * Jackson's exception; it answers 400 naming the field, like every other bad input to {@code /api}.
 */
@RestControllerAdvice(assignableTypes = {BreachController.class, SubcontractController.class})
public class RequestBodyErrors {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiErrors.Problem> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException refused && refused.getMessage() != null) {
                String message = refused.getMessage();
                int colon = message.indexOf(':');
                return ResponseEntity.badRequest().body(new ApiErrors.Problem(
                        colon > 0 && colon < 40 ? message.substring(0, colon) : null, message));
            }
        }
        return ResponseEntity.badRequest().body(new ApiErrors.Problem(null, "リクエストの形式が正しくありません (JSON)"));
    }
}
