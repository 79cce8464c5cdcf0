package jp.lg.collection.delinquency.payment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.Authentication;
import java.util.List;
import java.util.Map;
import jp.lg.collection.delinquency.payment.UnmatchedPayments.Decision;
import jp.lg.collection.delinquency.payment.UnmatchedPayments.Resolution;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unmatched list as an API (the page is {@link UnmatchedPaymentPage}): {@code GET /api/payments/unmatched}, and
 * {@code POST /api/payments/unmatched/resolutions} to resolve many lines with one decision, all or nothing — each
 * line's Tasklist task is completed with it. {@code GET /api/payments/cvs-preliminary}: コンビニ 速報 waiting for
 * their 確報. Collectors, managers and admins (the candidates of the Tasklist task and those who may work any task).
 */
@RestController
public class UnmatchedPaymentController {

    /**
     * Many lines, one decision; field names as in the Tasklist form.
     *
     * @param recordIds the lines (収納レコード番号), at most 1,000 a call
     */
    public record ResolutionRequest(@Size(max = 1000) List<String> recordIds, Resolution resolution,
            String targetCaseId, String targetAddresseeNo, Integer targetFiscalYear, String targetTaxItem,
            String targetNoticeNo, Integer targetInstallmentNo, @Size(max = 1000) String resolutionNote) {

        Decision decision() {
            return new Decision(resolution, targetCaseId, targetAddresseeNo, targetFiscalYear, targetTaxItem,
                    targetNoticeNo, targetInstallmentNo, resolutionNote);
        }
    }

    private final UnmatchedPayments unmatched;
    private final CvsReports cvs;

    public UnmatchedPaymentController(UnmatchedPayments unmatched, CvsReports cvs) {
        this.unmatched = unmatched;
        this.cvs = cvs;
    }

    @GetMapping("/api/payments/unmatched")
    public List<UnmatchedPayments.Line> open() {
        return unmatched.open();
    }

    @PostMapping("/api/payments/unmatched/resolutions")
    public Map<String, Integer> resolve(@Valid @RequestBody ResolutionRequest request, Authentication user) {
        return Map.of("resolved", unmatched.resolve(request.recordIds(), request.decision(), user.getName(),
                UnmatchedPayments.groupsOf(user)));
    }

    /** Every 速報 waiting for its 確報 ({@code overdue=true}: only those past the configured days). */
    @GetMapping("/api/payments/cvs-preliminary")
    public List<CvsReports.Report> provisional(@RequestParam(value = "overdue", defaultValue = "false") boolean overdue) {
        return overdue ? cvs.overdue() : cvs.provisional();
    }
}
