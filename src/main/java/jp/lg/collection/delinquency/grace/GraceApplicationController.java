package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import java.util.Map;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An application for grace, at any time: a message to the case's process, by business key. */
@RestController
public class GraceApplicationController {

    private final DelinquencyCaseRepository cases;
    private final RuntimeService runtimeService;

    public GraceApplicationController(DelinquencyCaseRepository cases, RuntimeService runtimeService) {
        this.cases = cases;
        this.runtimeService = runtimeService;
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
