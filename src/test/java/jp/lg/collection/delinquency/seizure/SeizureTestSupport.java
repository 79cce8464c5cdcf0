package jp.lg.collection.delinquency.seizure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.PhaseTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case opened by the sweep on 6/10 for a bill due 5/31, its dunning notice issued the same day (so a
 * seizure is lawful from 6/21, 法331①一: 10 days have passed on 6/20, the last day to pay), and the Seizure
 * phase started on its own for that case.
 */
public abstract class SeizureTestSupport extends PhaseTestSupport {

    public static final LocalDate DUE = LocalDate.of(2026, 5, 31);
    public static final LocalDate DUNNED = SWEPT;
    public static final LocalDate LAWFUL = LocalDate.of(2026, 6, 21);

    @Autowired
    protected DispositionRepository dispositions;

    /**
     * Opens the case on 6/10. With {@code dun}, as the sweep does it: the dunning notice is issued that day and
     * the case waits for its 10 days. Without, a case whose installment carries no dunning notice (as one
     * migrated from an earlier system may): the case row only, no process.
     */
    protected void openCase(boolean dun) {
        if (dun) {
            openDunnedCaseWithBills(58_000, DUE);
            org.assertj.core.api.Assertions.assertThat(bills.findByCase(caseId)).allSatisfy(b -> org.assertj.core.api
                    .Assertions.assertThat(b.dunningIssuedOn()).isEqualTo(DUNNED));
            return;
        }
        addresseeNo = newTaxpayer("tanaka");
        long bill = newBill(addresseeNo, 58_000, DUE);
        today(DUNNED);
        caseId = cases.open(addresseeNo, DUNNED);
        bills.attachToCase(bill, caseId);
    }

    protected ProcessInstance startSeizure() {
        ProcessInstance seizure = engine.getRuntimeService().startProcessInstanceByKey("Seizure", caseId,
                Map.of("caseId", caseId, "addresseeNo", addresseeNo, "assignedCollector", "tanaka"));
        assertThat(seizure).isWaitingAt("Task_ProposeSeizure");
        assertThat(task()).isAssignedTo("tanaka");
        return seizure;
    }

    protected static Map<String, Object> deposit() {
        return withVariables("proposalReason", "納付の意思がなく、財産が判明したため", "dispositionKind", "SEIZURE", "assetKind", "DEPOSIT", "assetDescription",
                "熊谷銀行 本店 普通 1234567", "thirdPartyDebtor", "株式会社熊谷銀行", "estimatedValue", 80_000L);
    }

    protected static Map<String, Object> asset(String kind, String description, long value) {
        return new HashMap<>(withVariables("proposalReason", "納付の意思がなく、財産が判明したため", "dispositionKind", "SEIZURE", "assetKind", kind, "assetDescription",
                description, "estimatedValue", value));
    }

    protected static Map<String, Object> with(Map<String, Object> base, Object... more) {
        Map<String, Object> all = new HashMap<>(base);
        for (int i = 0; i < more.length; i += 2) {
            all.put((String) more[i], more[i + 1]);
        }
        return all;
    }

    /** Proposes on the lawful day, approves and executes: the seizure waits after the execution. */
    protected ProcessInstance proposedApprovedExecuted(Map<String, Object> proposal) {
        ProcessInstance seizure = startSeizure();
        today(LAWFUL);
        complete(task(), proposal);
        assertThat(seizure).isWaitingAt("Task_ApproveSeizure");
        assertThat(task()).hasCandidateGroup("managers");
        complete(task(), withVariables("seizureApproved", "true"));
        assertThat(seizure).isWaitingAt("Task_ExecuteSeizure");
        execute(job());
        return seizure;
    }

    protected long dispositionIdOf(ProcessInstance pi) {
        return ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName("dispositionId").singleResult().getValue()).longValue();
    }

    protected long count(NegotiationAction action) {
        return log.of(caseId).stream().filter(e -> e.action() == action).count();
    }

    protected NegotiationLog.Entry last(NegotiationAction action) {
        return log.of(caseId).stream().filter(e -> e.action() == action).reduce((a, b) -> b).orElseThrow();
    }
}
