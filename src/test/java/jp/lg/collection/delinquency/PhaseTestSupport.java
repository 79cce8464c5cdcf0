package jp.lg.collection.delinquency;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tests of one phase of the case (seizure, auction, distribution, suspension, write-off): a case opened by the
 * sweep of 2026-06-10 and dunned that day (fee 100 yen per bill), then the phase's process started on its own
 * with the case's variables.
 */
public abstract class PhaseTestSupport extends ProcessTestSupport {

    protected static final LocalDate SWEPT = LocalDate.of(2026, 6, 10);

    @Autowired
    protected NegotiationLog log;

    protected String caseId;
    protected String addresseeNo;

    /** One bill per (principal, due date) pair; the case is opened and dunned on 2026-06-10. */
    protected List<Long> openDunnedCaseWithBills(Object... principalsAndDueDates) {
        addresseeNo = newTaxpayer("tanaka");
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < principalsAndDueDates.length; i += 2) {
            ids.add(newBill(addresseeNo, ((Number) principalsAndDueDates[i]).longValue(),
                    (LocalDate) principalsAndDueDates[i + 1]));
        }
        caseId = openDunnedCase(addresseeNo, SWEPT).caseId();
        return ids;
    }

    protected ProcessInstance start(String processKey, Object... extra) {
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("caseId", caseId);
        variables.put("addresseeNo", addresseeNo);
        variables.put("assignedCollector", "tanaka");
        for (int i = 0; i < extra.length; i += 2) {
            variables.put((String) extra[i], extra[i + 1]);
        }
        return engine.getRuntimeService().startProcessInstanceByKey(processKey, caseId, variables);
    }

    /** Runs {@code action} as manager suzuki (so "decided by" is recorded), then forgets the login. */
    protected void asManager(Runnable action) {
        engine.getIdentityService().setAuthentication("suzuki", List.of("managers"));
        try {
            action.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    protected long insertDisposition(String kind, String status, long collectedAmount) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO disposition (case_id, kind, asset_kind, asset_description, status, proposed_by, proposed_on,
                  executed_on, collected_amount) VALUES (?, ?, 'DEPOSIT', ?, ?, 'tanaka', ?, ?, ?)
                """).params(caseId, kind, "○○銀行 普通預金 " + kind, status, SWEPT, SWEPT, collectedAmount)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    protected String dispositionStatus(long id) {
        return jdbc.sql("SELECT status FROM disposition WHERE id = ?").param(id).query(String.class).single();
    }
}
