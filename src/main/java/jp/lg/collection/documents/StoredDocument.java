package jp.lg.collection.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A stored notice or certificate without its bytes (what lists show).
 *
 * @param size         bytes of the PDF; 0 while it waits for the print batch
 * @param renderedAt   when the PDF was made; null = 印刷待ち (queued: the content snapshot is stored, the PDF is
 *                     made by the print batch or when somebody opens it)
 * @param renderFailed the last attempt to make the PDF failed (it stays queued until retried)
 */
public record StoredDocument(long id, String caseId, String addresseeNo, DocumentKind kind, String title,
        LocalDate createdOn, LocalDateTime createdAt, String createdBy, String contentType, long size,
        LocalDateTime renderedAt, boolean renderFailed) {

    /** Issued, but not yet rendered to PDF. */
    public boolean queued() {
        return renderedAt == null;
    }

    /** "督促状_D2026-000001_20260610.pdf" — the download name (RFC 5987 carries the Japanese). */
    public String fileName() {
        String base = title.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return base + "_" + (caseId != null ? caseId : addresseeNo) + "_"
                + createdOn.toString().replace("-", "") + ".pdf";
    }
}
