package jp.lg.collection.delinquency.suspension;

import java.util.Map;
import jp.lg.collection.system.ApiErrors;
import jp.lg.collection.system.Roles;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 財産の判明: a collector or manager reports property of a suspended taxpayer; the case's Suspension instance
 * receives {@code Message_PropertyFound} (by business key = case id) and revokes the suspension (法15の8).
 * 400 when the case has no suspension waiting for it. /api/** requires a login (SecurityConfig); the role is
 * checked here.
 */
@RestController
public class PropertyFoundController {

    public static final String MESSAGE = "Message_PropertyFound";

    private final RuntimeService runtime;

    public PropertyFoundController(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Body (optional): {@code {"note": "○○銀行に預貯金あり"}}. */
    @PostMapping("/api/cases/{caseId}/property-found")
    public ResponseEntity<?> propertyFound(@PathVariable("caseId") String caseId,
            @RequestBody(required = false) Map<String, String> body, Authentication user) {
        if (user == null || user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .noneMatch(a -> a.equals(Roles.authority(Roles.COLLECTORS)) || a.equals(Roles.authority(Roles.MANAGERS)))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        String note = body == null ? null : body.get("note");
        if (note != null && note.length() > 1000) {
            return ApiErrors.problem("note", "note: 1000文字以内で入力してください (" + note.length() + "文字)");
        }
        try {
            runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(caseId)
                    .setVariable("propertyFoundNote", note == null || note.isBlank() ? "財産の判明" : note.trim())
                    .setVariable("propertyFoundBy", user.getName())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            return ApiErrors.problem("caseId", "caseId: 案件 " + caseId + " は執行停止中ではありません");
        }
        return ResponseEntity.ok(Map.of("caseId", caseId, "result", "執行停止を取り消しました (地方税法15条の8)"));
    }
}
