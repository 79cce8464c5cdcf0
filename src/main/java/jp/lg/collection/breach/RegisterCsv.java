package jp.lg.collection.breach;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The registers as CSV for auditors: UTF-8 with a byte order mark (without it Excel on Japanese Windows reads
 * the file as Shift_JIS and garbles every name), CRLF line ends, every field quoted (RFC 4180).
 */
public final class RegisterCsv {

    private RegisterCsv() {
    }

    /** One column: its Japanese header and how a row gives its value (null prints empty). */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    public static <T> String write(List<Column<T>> columns, List<T> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", columns.stream().map(c -> quote(c.header())).toList())).append("\r\n");
        for (T row : rows) {
            csv.append(String.join(",", columns.stream().map(c -> quote(c.value().apply(row))).toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    public static ResponseEntity<byte[]> response(String fileName, String csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(Object value) {
        if (value == null) {
            return "\"\"";
        }
        String text = value instanceof Boolean b ? (b ? "はい" : "いいえ") : value.toString();
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
