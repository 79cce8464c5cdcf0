package jp.lg.collection.breach;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import jp.lg.collection.export.CsvExport;
import jp.lg.collection.export.CsvExport.Column;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone in the city reports a suspected leak, loss or damage here — the statutory clock runs from the first
 * staff member's awareness, so reporting must not wait for a privacy officer. Auditors read and export the
 * incident register and the PIA change record (別添2).
 */
@RestController
public class BreachController {

    private final BreachIntake intake;
    private final BreachRegister register;
    private final PiaChangeRecord pia;

    public BreachController(BreachIntake intake, BreachRegister register, PiaChangeRecord pia) {
        this.intake = intake;
        this.register = register;
        this.pia = pia;
    }

    @PostMapping("/api/breaches")
    public ResponseEntity<Map<String, String>> report(@Valid @RequestBody BreachReport report, Authentication user) {
        String breachId = intake.report(report, user.getName());
        return ResponseEntity.created(URI.create("/api/breaches/" + breachId)).body(Map.of("breachId", breachId));
    }

    @GetMapping("/api/breaches")
    public List<BreachRegister.Entry> all() {
        return register.all();
    }

    @GetMapping("/api/breaches/{breachId}")
    public BreachRegister.Entry one(@PathVariable String breachId) {
        return register.require(breachId);
    }

    @GetMapping("/api/breaches.csv")
    public ResponseEntity<byte[]> breachesCsv() {
        List<Column<BreachRegister.Entry>> columns = List.of(
                new Column<>("事案番号", BreachRegister.Entry::breachId),
                new Column<>("認識日", BreachRegister.Entry::awareOn),
                new Column<>("報告者", BreachRegister.Entry::reportedBy),
                new Column<>("概要", BreachRegister.Entry::summary),
                new Column<>("情報の項目", BreachRegister.Entry::dataItems),
                new Column<>("本人の数", BreachRegister.Entry::affectedPersons),
                new Column<>("特定個人情報", BreachRegister.Entry::involvesMyNumber),
                new Column<>("発覚の経緯", BreachRegister.Entry::howFound),
                new Column<>("委託先", BreachRegister.Entry::contractor),
                new Column<>("再委託", BreachRegister.Entry::subcontractId),
                new Column<>("状況", BreachRegister.Entry::statusLabel),
                new Column<>("初動対応", BreachRegister.Entry::containment),
                new Column<>("報告対象", BreachRegister.Entry::reportable),
                new Column<>("判定理由", BreachRegister.Entry::grounds),
                new Column<>("速報期限", BreachRegister.Entry::preliminaryDue),
                new Column<>("速報日", BreachRegister.Entry::preliminaryReportedOn),
                new Column<>("確報期限", BreachRegister.Entry::finalDue),
                new Column<>("確報日", BreachRegister.Entry::finalReportedOn),
                new Column<>("本人通知日", BreachRegister.Entry::personsNotifiedOn),
                new Column<>("通知の方法", BreachRegister.Entry::notificationMethod),
                new Column<>("公表", BreachRegister.Entry::published),
                new Column<>("再発防止策", BreachRegister.Entry::measures),
                new Column<>("実施期限", BreachRegister.Entry::measuresDue),
                new Column<>("完了日", BreachRegister.Entry::measuresCompletedOn),
                new Column<>("終結日", BreachRegister.Entry::closedOn));
        return CsvExport.response("breaches.csv", CsvExport.write(columns, register.all()));
    }

    @GetMapping("/api/pia-changes")
    public List<PiaChangeRecord.Entry> piaChanges() {
        return pia.all();
    }

    /** 別添2 変更箇所 in the seeds' column order. */
    @GetMapping("/api/pia-changes.csv")
    public ResponseEntity<byte[]> piaChangesCsv() {
        List<Column<PiaChangeRecord.Entry>> columns = List.of(
                new Column<>("変更日", PiaChangeRecord.Entry::changedOn),
                new Column<>("項目", PiaChangeRecord.Entry::item),
                new Column<>("変更前の記載", PiaChangeRecord.Entry::before),
                new Column<>("変更後の記載", PiaChangeRecord.Entry::after),
                new Column<>("提出時期", PiaChangeRecord.Entry::timing),
                new Column<>("提出時期に係る説明", PiaChangeRecord.Entry::reason),
                new Column<>("事案番号", PiaChangeRecord.Entry::breachId));
        return CsvExport.response("pia-changes.csv", CsvExport.write(columns, pia.all()));
    }
}
