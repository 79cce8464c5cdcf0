package jp.lg.collection.caseview;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import jp.lg.collection.documents.DocumentController;
import jp.lg.collection.documents.DocumentRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /cases/{caseId}}: the case view (session login: Spring's form login, or the Tasklist login via
 * {@link CamundaWebappSessionFilter}); {@code /cases?addresseeNo=} finds the case of a taxpayer; the case's
 * documents are served under the same path so a browser needs no HTTP Basic prompt.
 */
@Controller
public class CaseViewController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final CaseViewPage page;
    private final CaseViewRepository cases;
    private final DocumentRepository documents;

    public CaseViewController(CaseViewPage page, CaseViewRepository cases, DocumentRepository documents) {
        this.page = page;
        this.cases = cases;
        this.documents = documents;
    }

    @GetMapping("/cases/{caseId}")
    public ResponseEntity<String> view(@PathVariable("caseId") String caseId, Principal viewer) {
        String html = page.render(caseId, viewer == null ? "" : viewer.getName());
        if (html == null) {
            return notFound("案件 " + caseId + " はありません");
        }
        return ResponseEntity.ok().contentType(HTML).header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
                        + "frame-ancestors 'self'; form-action 'none'; base-uri 'none'")
                .body(html);
    }

    /** The open case of a taxpayer (else the latest one), e.g. from a link in another system. */
    @GetMapping("/cases")
    public ResponseEntity<String> byAddressee(@RequestParam("addresseeNo") String addresseeNo) {
        return cases.caseOf(addresseeNo)
                .map(id -> ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/cases/" + id))
                        .<String>build())
                .orElseGet(() -> notFound("宛名番号 " + addresseeNo + " の滞納案件はありません"));
    }

    @GetMapping("/cases/{caseId}/documents/{id}")
    public ResponseEntity<byte[]> document(@PathVariable("caseId") String caseId, @PathVariable("id") long id) {
        return DocumentController.download(documents, id, caseId);
    }

    private static ResponseEntity<String> notFound(String message) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(
                "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>見つかりません</title></head>"
                        + "<body><p>" + Html.esc(message) + "</p></body></html>");
    }
}
