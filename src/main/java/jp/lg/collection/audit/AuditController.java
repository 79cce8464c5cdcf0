package jp.lg.collection.audit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's API over the operation log (auditors and admins only: SecurityConfig); the same search as a page
 * is {@link AuditPage}.
 */
@RestController
public class AuditController {

    private final OperationLog log;
    private final AnomalyReport anomalies;

    public AuditController(OperationLog log, AnomalyReport anomalies) {
        this.log = log;
        this.anomalies = anomalies;
    }

    @GetMapping("/api/audit/operations")
    public List<OperationLog.Entry> operations(@RequestParam(value = "user", required = false) String user,
            @RequestParam(value = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(value = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(value = "action", required = false) String action,
            @RequestParam(value = "target", required = false) String target,
            @RequestParam(value = "limit", defaultValue = "1000") int limit) {
        return log.search(new OperationLog.Search(user, from, to, action, target), limit);
    }

    /** Recomputes the hash chain: {"intact": true} or the first broken row. */
    @GetMapping("/api/audit/verify")
    public OperationLog.Verification verify() {
        return log.verify();
    }

    @GetMapping("/api/audit/anomalies")
    public List<AnomalyReport.Anomaly> anomalies(
            @RequestParam("date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return anomalies.of(date);
    }
}
