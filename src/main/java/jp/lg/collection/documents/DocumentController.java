package jp.lg.collection.documents;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Issued documents over the API (HTTP Basic): the list of a case and each PDF. */
@RestController
public class DocumentController {

    private final DocumentRepository documents;

    public DocumentController(DocumentRepository documents) {
        this.documents = documents;
    }

    @GetMapping("/api/cases/{caseId}/documents")
    public List<StoredDocument> ofCase(@PathVariable("caseId") String caseId) {
        return documents.ofCase(caseId);
    }

    @GetMapping("/api/documents/{id}")
    public ResponseEntity<byte[]> pdf(@PathVariable("id") long id) {
        return download(documents, id, null);
    }

    /** Shared with the case view, which serves the same bytes under /cases (session login). */
    public static ResponseEntity<byte[]> download(DocumentRepository documents, long id, String caseId) {
        StoredDocument meta = documents.find(id)
                .filter(d -> caseId == null || caseId.equals(d.caseId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "文書 " + id + " はありません"));
        byte[] pdf = documents.content(id).orElseThrow();
        return PdfResponses.inline(pdf, meta.fileName());
    }
}
