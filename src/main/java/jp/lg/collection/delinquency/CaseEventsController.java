package jp.lg.collection.delinquency;

import java.time.LocalDate;
import java.util.Map;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Things that happen to a case from outside at any time — the taxpayer's death (from the resident
 * register) — become messages to the case's process, by business key (an application for grace is the grace
 * phase's own: {@code grace/GraceApplicationController}).
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
        taxpayers.require(addresseeNo);
        taxpayers.markDeceased(addresseeNo);
        String caseId = cases.findOpenCaseOf(addresseeNo).orElse(null);
        if (caseId != null) {
            runtimeService.createMessageCorrelation("Message_TaxpayerDied").processInstanceBusinessKey(caseId)
                    .setVariable("diedOn", diedOn.toString()).correlateAll();
        }
        return caseId == null ? Map.of("addresseeNo", addresseeNo) : Map.of("addresseeNo", addresseeNo, "caseId", caseId);
    }
}
