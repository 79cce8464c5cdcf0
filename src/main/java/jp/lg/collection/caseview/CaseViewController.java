package jp.lg.collection.caseview;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import jp.lg.collection.documents.DocumentController;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.system.ErrorPages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /cases/{caseId}}: the case view (session login: Spring's form login, or the Tasklist login via
 * {@code security.CamundaWebappSessionFilter}); {@code /cases?addresseeNo=} finds the case of a taxpayer; the case's
 * documents are served under the same path so a browser needs no HTTP Basic prompt.
 */
@Controller
public class CaseViewController {

    /** Nothing but our stylesheet and images: no script, no form, no framing by other sites. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'self'; "
            + "form-action 'none'; base-uri 'none'";

    private final CaseViewPage page;
    private final CaseViewRepository cases;
    private final DocumentRepository documents;

    public CaseViewController(CaseViewPage page, CaseViewRepository cases, DocumentRepository documents) {
        this.page = page;
        this.cases = cases;
        this.documents = documents;
    }

    @GetMapping("/cases/{caseId}")
    public ModelAndView view(@PathVariable("caseId") String caseId, Principal viewer, HttpServletRequest request,
            HttpServletResponse response) {
        return page.model(caseId, viewer == null ? "" : viewer.getName()).map(model -> {
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader("Content-Security-Policy", CSP);
            return new ModelAndView("caseview/case", model);
        }).orElseGet(() -> notFound("案件 " + caseId + " はありません", request));
    }

    /** The open case of a taxpayer (else the latest one), e.g. from a link in another system. */
    @GetMapping("/cases")
    public ModelAndView byAddressee(@RequestParam("addresseeNo") String addresseeNo, HttpServletRequest request) {
        return cases.caseOf(addresseeNo).map(id -> new ModelAndView("redirect:/cases/" + id))
                .orElseGet(() -> notFound("宛名番号 " + addresseeNo + " の滞納案件はありません", request));
    }

    @GetMapping("/cases/{caseId}/documents/{id}")
    public ResponseEntity<byte[]> document(@PathVariable("caseId") String caseId, @PathVariable("id") long id) {
        return DocumentController.download(documents, id, caseId);
    }

    private static ModelAndView notFound(String message, HttpServletRequest request) {
        return ErrorPages.page(HttpStatus.NOT_FOUND, message, ErrorPages.back(request));
    }
}
