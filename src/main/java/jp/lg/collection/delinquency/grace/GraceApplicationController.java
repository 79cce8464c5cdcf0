package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import java.util.Map;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.rules.GraceGround;
import jp.lg.collection.rules.GraceRevocationGround;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What reaches a grace from outside, as messages to the case's processes by business key: an application for
 * grace (the case's grace event subprocess starts the Grace phase), an application to extend a running grace and
 * a proposal to revoke one (the Grace phase of that grace receives them). A 400 names the field when nothing
 * waits for the message.
 */
@RestController
public class GraceApplicationController {

    static final String EXTENSION = "Message_GraceExtensionApplied";
    static final String REVOCATION = "Message_GraceRevocationProposed";

    private final DelinquencyCaseRepository cases;
    private final RuntimeService runtimeService;

    public GraceApplicationController(DelinquencyCaseRepository cases, RuntimeService runtimeService) {
        this.cases = cases;
        this.runtimeService = runtimeService;
    }

    /**
     * 猶予の申請: the manager decides it in Tasklist (猶予の決裁), prefilled with the application; a 徴収猶予 names
     * its ground (法15①各号, ②) when known, else the manager chooses it.
     */
    @PostMapping("/api/cases/{caseId}/grace-applications")
    public Map<String, Object> applyForGrace(@PathVariable String caseId, @RequestParam("kind") GraceKind kind,
            @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "ground", required = false) GraceGround ground) {
        requireOpen(caseId);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: 終期が始期より前です");
        }
        runtimeService.createMessageCorrelation("Message_GraceApplied").processInstanceBusinessKey(caseId)
                .setVariables(Variables.createVariables().putValue("graceKind", kind.name())
                        .putValue("graceFrom", from.toString()).putValue("graceTo", to.toString())
                        .putValue("graceGround", kind == GraceKind.COLLECTION && ground != null ? ground.name() : null))
                .correlateAll();
        return Map.of("caseId", caseId, "kind", kind.name());
    }

    /** {@link #applyForGrace} without a ground (the manager chooses it when deciding). */
    public Map<String, Object> applyForGrace(String caseId, GraceKind kind, LocalDate from, LocalDate to) {
        return applyForGrace(caseId, kind, from, to, null);
    }

    /**
     * 猶予期間の延長の申請 (法15④): the grace {@code graceId} is asked to run to {@code to}; the manager decides it
     * (猶予期間の延長の決裁), with its 分割納付 and security.
     */
    @PostMapping("/api/cases/{caseId}/graces/{graceId}/extension-applications")
    public Map<String, Object> applyForExtension(@PathVariable String caseId, @PathVariable long graceId,
            @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requireOpen(caseId);
        correlate(caseId, graceId, EXTENSION, Variables.createVariables().putValue("extensionTo", to.toString()));
        return Map.of("caseId", caseId, "graceId", graceId, "to", to.toString());
    }

    /**
     * 猶予の取消の申出 (法15の3①): a collector or manager reports a ground to revoke grace {@code graceId}; the manager
     * decides it (猶予の取消の判断) after hearing the taxpayer (15の3②).
     */
    @PostMapping("/api/cases/{caseId}/graces/{graceId}/revocation-proposals")
    public Map<String, Object> proposeRevocation(@PathVariable String caseId, @PathVariable long graceId,
            @RequestParam("ground") GraceRevocationGround ground,
            @RequestParam(name = "note", required = false) String note, Authentication user) {
        requireOpen(caseId);
        if (note != null && note.length() > 1000) {
            throw new IllegalArgumentException("note: 1000文字以内で入力してください (" + note.length() + "文字)");
        }
        correlate(caseId, graceId, REVOCATION, Variables.createVariables().putValue("revocationGround", ground.name())
                .putValue("revocationProposal", note == null || note.isBlank() ? null : note.strip())
                .putValue("revocationProposedBy", user == null ? null : user.getName()));
        return Map.of("caseId", caseId, "graceId", graceId, "ground", ground.name());
    }

    private void correlate(String caseId, long graceId, String message, Map<String, Object> variables) {
        java.util.List<MessageCorrelationResult> results = runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(caseId).processInstanceVariableEquals("graceId", graceId)
                .setVariables(variables).correlateAllWithResult();
        if (results.isEmpty()) {
            throw new IllegalArgumentException("graceId: 案件 " + caseId + " に期間中の猶予 " + graceId
                    + " はありません (延長・取消の判断中を含む)");
        }
    }

    private void requireOpen(String caseId) {
        if (!"OPEN".equals(cases.statusOf(caseId))) {
            throw new IllegalArgumentException("caseId: 案件 " + caseId + " は終了しています");
        }
    }
}
