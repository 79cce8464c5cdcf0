package jp.lg.collection.breach;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a breach case and starts its BreachResponse by message — the one way in, for a report through the
 * API and for an inspection that found unapproved re-subcontracting alike.
 */
@Service
public class BreachIntake {

    public static final String MESSAGE = "Message_BreachReported";

    private final BreachRegister register;
    private final RuntimeService runtime;

    public BreachIntake(BreachRegister register, RuntimeService runtime) {
        this.register = register;
        this.runtime = runtime;
    }

    @Transactional
    public String report(BreachReport report, String reportedBy) {
        LocalDate today = Today.date();
        LocalDate awareOn = report.awareOn() == null ? today : report.awareOn();
        // the deadlines run from awareness (PPC guidance): a future date would postpone them
        if (awareOn.isAfter(today)) {
            throw new IllegalArgumentException("awareOn: 認識日 (" + awareOn + ") が未来の日付です");
        }
        String breachId = register.open(report, awareOn, reportedBy);
        Map<String, Object> variables = new HashMap<>();
        variables.put("breachId", breachId);
        variables.put("breachSummary", report.summary().strip());
        variables.put("affectedPersons", report.affectedPersons());
        variables.put("involvesMyNumber", report.involvesMyNumber());
        variables.put("subcontractId", report.subcontractId());
        variables.put("awareOn", awareOn.toString());
        runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(breachId).setVariables(variables)
                .correlateStartMessage();
        return breachId;
    }
}
