package jp.lg.collection.subcontracting;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.lg.collection.documents.PdfResponses;
import jp.lg.collection.export.CsvExport;
import jp.lg.collection.export.CsvExport.Column;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 再委託台帳 over HTTP: the section registers a contractor's written request; the contractor's submissions
 * (週報, 宣誓書, 消去結果報告書) are recorded and end any open reminder; auditors read and export the register.
 */
@RestController
public class SubcontractController {

    private final SubcontractIntake intake;
    private final SubcontractRegister register;
    private final RuntimeService runtime;

    public SubcontractController(SubcontractIntake intake, SubcontractRegister register, RuntimeService runtime) {
        this.intake = intake;
        this.register = register;
        this.runtime = runtime;
    }

    @PostMapping("/api/subcontracts")
    public ResponseEntity<Map<String, String>> request(@Valid @RequestBody SubcontractRequest request, Authentication user) {
        String requestId = intake.register(request, user.getName());
        return ResponseEntity.created(URI.create("/api/subcontracts/" + requestId)).body(Map.of("requestId", requestId));
    }

    @GetMapping("/api/subcontracts")
    public List<SubcontractRegister.Entry> all() {
        return register.all();
    }

    @GetMapping("/api/subcontracts/{requestId}")
    public Map<String, Object> one(@PathVariable String requestId) {
        return Map.of("subcontract", register.require(requestId), "reports", register.reportsOf(requestId));
    }

    @GetMapping(value = "/api/subcontracts/{requestId}/approval-document", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public ResponseEntity<String> approvalDocument(@PathVariable String requestId) {
        register.require(requestId);
        return register.approvalDocument(requestId).map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    /** The 承認書 as sent (PDF, 和暦, the mayor's name): kept with the register row, not in the case documents. */
    @GetMapping("/api/subcontracts/{requestId}/approval-document.pdf")
    public ResponseEntity<byte[]> approvalPdf(@PathVariable String requestId) {
        register.require(requestId);
        return register.approvalPdf(requestId)
                .map(pdf -> PdfResponses.inline(pdf, "再委託承認書_" + requestId + ".pdf"))
                .orElse(ResponseEntity.notFound().build());
    }

    /**
     * A submission of the contractor arrived: recorded, then handed to the obligations process, where it ends
     * an open reminder (a message nobody waits for is fine: the weekly check finds the row).
     */
    @PostMapping("/api/subcontracts/{requestId}/reports")
    @Transactional
    public Map<String, Object> report(@PathVariable String requestId, @RequestParam("kind") ReportKind kind,
            @RequestParam(value = "receivedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestBody(required = false) String note, Authentication user) {
        if (kind == ReportKind.INSPECTION) {
            throw new IllegalArgumentException("kind: 実地検査は市の検査タスクで記録します (WEEKLY, OATH, DELETION)");
        }
        if (note != null && note.length() > 2000) {
            throw new IllegalArgumentException("note: 2000文字以内で入力してください (" + note.length() + "文字)");
        }
        SubcontractRegister.Status status = register.require(requestId).status();
        if (status != SubcontractRegister.Status.APPROVED && status != SubcontractRegister.Status.BREACH) {
            throw new IllegalArgumentException("requestId: 再委託 " + requestId + " は履行中ではありません ("
                    + status.label() + ")");
        }
        LocalDate on = receivedOn == null ? Today.date() : receivedOn;
        if (on.isAfter(Today.date())) {
            throw new IllegalArgumentException("receivedOn: 受領日 (" + on + ") が未来の日付です");
        }
        register.recordReport(requestId, kind, on, null, note, user.getName());
        int ended = runtime.createMessageCorrelation(kind.message()).processInstanceBusinessKey(requestId)
                .correlateAllWithResult().size();
        return Map.of("requestId", requestId, "kind", kind.name(), "receivedOn", on.toString(), "remindersEnded", ended);
    }

    @GetMapping("/api/subcontracts.csv")
    public ResponseEntity<byte[]> csv() {
        List<Column<SubcontractRegister.Entry>> columns = List.of(
                new Column<>("申請番号", SubcontractRegister.Entry::requestId),
                new Column<>("委託先", SubcontractRegister.Entry::contractor),
                new Column<>("再委託先", SubcontractRegister.Entry::subcontractor),
                new Column<>("業務", SubcontractRegister.Entry::work),
                new Column<>("情報の項目", SubcontractRegister.Entry::dataItems),
                new Column<>("件数", SubcontractRegister.Entry::recordCount),
                new Column<>("特定個人情報", SubcontractRegister.Entry::includesMyNumber),
                new Column<>("作業場所", SubcontractRegister.Entry::workLocation),
                new Column<>("期間(自)", SubcontractRegister.Entry::periodFrom),
                new Column<>("期間(至)", SubcontractRegister.Entry::periodTo),
                new Column<>("申請日", SubcontractRegister.Entry::requestedOn),
                new Column<>("状況", SubcontractRegister.Entry::statusLabel),
                new Column<>("補正回数", SubcontractRegister.Entry::corrections),
                new Column<>("決定日", SubcontractRegister.Entry::decidedOn),
                new Column<>("決裁者", SubcontractRegister.Entry::decidedBy),
                new Column<>("承認の条件", SubcontractRegister.Entry::conditions),
                new Column<>("不承認の理由", SubcontractRegister.Entry::refusalReason),
                new Column<>("最終週報受領日", SubcontractRegister.Entry::lastWeeklyReportOn),
                new Column<>("最終宣誓書受領日", SubcontractRegister.Entry::lastOathOn),
                new Column<>("最終実地検査日", SubcontractRegister.Entry::lastInspectionOn),
                new Column<>("未提出回数", SubcontractRegister.Entry::missedReports),
                new Column<>("消去結果報告書受領日", SubcontractRegister.Entry::deletionCertifiedOn));
        return CsvExport.response("subcontracts.csv", CsvExport.write(columns, register.all()));
    }
}
