package jp.lg.collection.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A stored notice or certificate without its bytes (what lists show). */
public record StoredDocument(long id, String caseId, String addresseeNo, DocumentKind kind, String title,
        LocalDate createdOn, LocalDateTime createdAt, String createdBy, String contentType, long size) {

    /** "督促状_D2026-000001_20260610.pdf" — the download name (RFC 5987 carries the Japanese). */
    public String fileName() {
        String base = title.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return base + "_" + (caseId != null ? caseId : addresseeNo) + "_"
                + createdOn.toString().replace("-", "") + ".pdf";
    }
}
