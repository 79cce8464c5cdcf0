package jp.lg.collection.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every CSV the application hands out (registers, import error reports) is written here: UTF-8 with a byte order
 * mark (without it Excel on Japanese Windows reads the file as Shift_JIS and garbles every name), CRLF line ends,
 * every field quoted (RFC 4180). A text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return gets a leading {@code '}: Excel would otherwise run it as a formula (CSV injection — a
 * breach summary {@code =cmd|' /C calc'!A0} typed by anyone in the city would run on the auditor's PC).
 */
public final class CsvExport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator("\r\n").get();

    private CsvExport() {
    }

    /** One column: its Japanese header and how a row gives its value (null prints empty). */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    public static <T> String write(List<Column<T>> columns, List<T> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
            printer.printRecord(columns.stream().map(c -> cell(c.header())));
            for (T row : rows) {
                printer.printRecord(columns.stream().map(c -> cell(c.value().apply(row))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return csv.toString();
    }

    public static ResponseEntity<byte[]> response(String fileName, String csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of one cell: yes/no in Japanese, numbers as they are, text that a spreadsheet would run defused. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "はい" : "いいえ";
        }
        String text = value.toString();
        if (value instanceof Number || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
