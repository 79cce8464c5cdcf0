package jp.lg.collection.delinquency;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import jp.lg.collection.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Tests of the whole case start from the same place: a swept, dunned case at the collector's phone call. */
abstract class CaseTestSupport extends ProcessTestSupport {

    @Autowired
    protected NegotiationLog log;

    protected String addresseeNo;
    protected String caseId;
    protected ProcessInstance caseProcess;

    /** One bill of 58,000 due 5/31, swept and dunned 6/10 (fee 100), at the phone reminder on 6/21 — the first
     *  day a seizure is lawful (法331①一: 10 days have passed on 6/20, the last day to pay). */
    protected void caseAtPhoneReminder() {
        dunnedCase(LocalDate.of(2026, 5, 31));
        assertThat(sub("Dunning")).isWaitingAt("Event_SeizureEligible");
        today(LocalDate.of(2026, 6, 21));
        execute(job(sub("Dunning")));
        execute(job(sub("Reminders")));
        assertThat(sub("Reminders")).isWaitingAt("Task_PhoneReminder");
    }

    /** One bill of 58,000 due {@code due}, swept and dunned 6/10/2026 (fee 100): the case waits at the dunning. */
    protected void dunnedCase(LocalDate due) {
        addresseeNo = newTaxpayer("tanaka");
        newBill(addresseeNo, 58_000, due);
        DunnedCase dunned = openDunnedCase(addresseeNo, LocalDate.of(2026, 6, 10));
        caseId = dunned.caseId();
        caseProcess = dunned.process();
    }

    /** The case's running phase of that process key, or null. */
    protected ProcessInstance sub(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caseProcess.getId())
                .processDefinitionKey(key).active().singleResult();
    }
}
