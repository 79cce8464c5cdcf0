package jp.lg.collection.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.OverdueSweep;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cases of the work lists' tests: swept and dunned on 6/10/2026 for one bill due 5/31, their reminder round begun on
 * 6/21 (the first day a seizure is lawful), waiting at the collector's 「電話催告・納付交渉」.
 */
abstract class WorklistTestSupport extends ProcessTestSupport {

    static final LocalDate SWEPT = LocalDate.of(2026, 6, 10);
    static final LocalDate REMINDED = LocalDate.of(2026, 6, 21);

    @Autowired
    protected NegotiationLog log;
    @Autowired
    protected CaseRanks ranks;

    /** A case, its process and the collector's open phone task. */
    record OpenCase(String caseId, String addresseeNo, ProcessInstance process, Task phoneTask) {
    }

    /** A taxpayer of {@code district} worked by {@code collector}, owing {@code principal}, at the phone call. */
    OpenCase caseAtPhoneReminder(String collector, String district, long principal) {
        String addresseeNo = newTaxpayer(collector);
        // no imported rank (the test taxpayer comes with a 'B'): the rank is the case's own
        jdbc.sql("UPDATE taxpayer SET district_code = ?, collection_rank = NULL WHERE addressee_no = ?")
                .params(district, addresseeNo).update();
        newBill(addresseeNo, principal, LocalDate.of(2026, 5, 31));
        DunnedCase dunned = openDunnedCase(addresseeNo, SWEPT);
        today(REMINDED);
        runJobs(dunned.dunning());
        ProcessInstance reminders = phase(dunned.process(), "Reminders");
        runJobs(reminders);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(reminders.getId())
                .taskDefinitionKey("Task_PhoneReminder").singleResult();
        assertThat(task).as("phone task of %s", dunned.caseId()).isNotNull();
        return new OpenCase(dunned.caseId(), addresseeNo, dunned.process(), task);
    }

    ProcessInstance phase(ProcessInstance caseProcess, String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caseProcess.getId())
                .processDefinitionKey(key).active().singleResult();
    }

    /** Executes the jobs of the instance that are due now, once each. */
    void runJobs(ProcessInstance instance) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .executable().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    /** Runs {@code body} as this user of these groups, as Tasklist would. */
    <T> T as(String user, List<String> groups, java.util.function.Supplier<T> body) {
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return body.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The case ids of the tasks a saved filter lists for this user, in the filter's order. */
    List<String> filter(String name, String user, List<String> groups) {
        String id = engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
        List<Task> tasks = as(user, groups, () -> engine.getFilterService().<Task>list(id));
        return tasks.stream().map(t -> (String) engine.getTaskService().getVariable(t.getId(), "caseId")).toList();
    }

    static final String PROCESS = OverdueSweep.PROCESS_KEY;
}
