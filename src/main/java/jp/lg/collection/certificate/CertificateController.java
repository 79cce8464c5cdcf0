package jp.lg.collection.certificate;

import java.security.Principal;
import jp.lg.collection.documents.PdfResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/certificates?addresseeNo=&fiscalYear=&kind=PAYMENT|NO_DELINQUENCY[&purpose=]} → the
 * 納税証明書 as PDF, or 400 with the reason (e.g. the unpaid installments) in Japanese. Collectors and managers.
 */
@RestController
public class CertificateController {

    private final TaxCertificates certificates;

    public CertificateController(TaxCertificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/api/certificates")
    public ResponseEntity<byte[]> issue(@RequestParam("addresseeNo") String addresseeNo,
            @RequestParam(value = "fiscalYear", required = false) Integer fiscalYear,
            @RequestParam(value = "kind", defaultValue = "PAYMENT") CertificateKind kind,
            @RequestParam(value = "purpose", required = false) String purpose, Principal user) {
        if (purpose != null && purpose.length() > 100) {
            throw new IllegalArgumentException("purpose: 使用目的は100文字以内です");
        }
        TaxCertificates.Issued issued = certificates.issue(addresseeNo, fiscalYear, kind, purpose, user.getName());
        return PdfResponses.inline(issued.pdf(), issued.fileName());
    }
}
