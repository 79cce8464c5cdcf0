package jp.lg.collection.delinquency;

import java.time.LocalDate;
import java.util.Map;
import jp.lg.collection.delinquency.grace.GraceKind;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Things that happen to a case from outside at any time — the taxpayer's death (from the resident
 * register), an application for grace — become messages to the case's process, by business key.
 */
@RestController
public class CaseEventsController {

    private final TaxpayerRepository taxpayers;
    private final DelinquencyCaseRepository cases;
    private final RuntimeService runtimeService;

    public CaseEventsController(TaxpayerRepository taxpayers, DelinquencyCaseRepository cases,
            RuntimeService runtimeService) {
        this.taxpayers = taxpayers;
        this.cases = cases;
        this.runtimeService = runtimeService;
    }

    /** 死亡: marks the taxpayer deceased and moves the open case to succession (承継). */
    @PostMapping("/api/taxpayers/{addresseeNo}/death")
    @Transactional
    public Map<String, Object> death(@PathVariable String addresseeNo,
            @RequestParam("diedOn") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate diedOn) {
        if (diedOn.isAfter(Today.date())) {
            throw new IllegalArgumentException("diedOn: 死亡日 (" + diedOn + ") が未来の日付です");
        }
        taxpayers.require(addresseeNo);
        taxpayers.markDeceased(addresseeNo);
        String caseId = cases.findOpenCaseOf(addresseeNo).orElse(null);
        if (caseId != null) {
            runtimeService.createMessageCorrelation("Message_TaxpayerDied").processInstanceBusinessKey(caseId)
                    .setVariable("diedOn", diedOn.toString()).correlateAll();
        }
        return caseId == null ? Map.of("addresseeNo", addresseeNo) : Map.of("addresseeNo", addresseeNo, "caseId", caseId);
    }

    /** 猶予の申請: the manager decides it in Tasklist (猶予の決裁), prefilled with the application. */
    @PostMapping("/api/cases/{caseId}/grace-applications")
    public Map<String, Object> applyForGrace(@PathVariable String caseId, @RequestParam("kind") GraceKind kind,
            @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (!"OPEN".equals(cases.statusOf(caseId))) {
            throw new IllegalArgumentException("caseId: 案件 " + caseId + " は終了しています");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: 終期が始期より前です");
        }
        runtimeService.createMessageCorrelation("Message_GraceApplied").processInstanceBusinessKey(caseId)
                .setVariables(Variables.createVariables().putValue("graceKind", kind.name())
                        .putValue("graceFrom", from.toString()).putValue("graceTo", to.toString()))
                .correlateAll();
        return Map.of("caseId", caseId, "kind", kind.name());
    }
}
