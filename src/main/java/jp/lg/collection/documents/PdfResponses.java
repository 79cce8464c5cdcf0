package jp.lg.collection.documents;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A PDF answer a browser shows inline, named in Japanese (RFC 6266 with the RFC 5987 {@code filename*}). */
public final class PdfResponses {

    private PdfResponses() {
    }

    public static ResponseEntity<byte[]> inline(byte[] pdf, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }

    /**
     * {@code inline; filename="D2026-000001_20260610.pdf"; filename*=UTF-8''%E7%9D%A3...} — the ASCII name
     * for old clients, the UTF-8 one for every current browser.
     */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "");
        if (ascii.isEmpty() || ascii.startsWith(".")) {
            ascii = "document" + ascii;
        }
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    /** RFC 5987 value-chars: attr-char as is, every other byte of the UTF-8 form as %XX. */
    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
