package jp.lg.collection.documents;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a phase stored in {@code document}, read back for the process tests. */
public final class StoredPdfs {

    private static final Pattern DOCUMENT_ID = Pattern.compile("文書ID (\\d+)");

    private StoredPdfs() {
    }

    /** The case's documents of {@code kind}, oldest first. */
    public static List<StoredDocument> of(DocumentRepository documents, String caseId, DocumentKind kind) {
        return documents.ofCase(caseId).stream().filter(d -> d.kind() == kind).toList();
    }

    /** The case's only document of {@code kind}; fails when there is none or more than one. */
    public static StoredDocument only(DocumentRepository documents, String caseId, DocumentKind kind) {
        List<StoredDocument> found = of(documents, caseId, kind);
        if (found.size() != 1) {
            throw new AssertionError("案件 " + caseId + " の " + kind + " は " + found.size() + " 件です: " + found);
        }
        return found.get(0);
    }

    public static String text(DocumentRepository documents, StoredDocument d) {
        return PdfText.of(documents.content(d.id()).orElseThrow());
    }

    /** The text without white space: a sentence wrapped over lines reads as one. */
    public static String joined(DocumentRepository documents, StoredDocument d) {
        return PdfText.joined(documents.content(d.id()).orElseThrow());
    }

    /** The document ids a log note names ("… 文書ID 12 …"), in order. */
    public static List<Long> idsIn(String note) {
        Matcher m = DOCUMENT_ID.matcher(note == null ? "" : note);
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
