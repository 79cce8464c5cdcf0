package jp.lg.collection.delinquency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;

/**
 * What an auditor finds in Camunda's history of a case (system/LeanHistoryPlugin): every variable's value
 * and every job run, the revisions a person made with who made them — but no per-revision detail of values
 * the system set, and no "job created" entries.
 */
class LeanHistoryTest extends CaseTestSupport {

    @Test
    void systemChangesKeepTheirValueButNoRevisionDetail() {
        caseAtPhoneReminder();
        HistoryService history = engine.getHistoryService();

        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(caseProcess.getId())
                .variableName("taxpayerName").singleResult().getValue()).isEqualTo("試験 太郎");
        assertThat(history.createHistoricDetailQuery().processInstanceId(caseProcess.getId()).list())
                .as("revision detail of the variables the sweep set").isEmpty();
        assertThat(history.createHistoricDetailQuery().processInstanceId(sub("Reminders").getId()).list())
                .as("revision detail of the variables the 催告書 job set").isEmpty();
    }

    @Test
    void jobRunsAreLoggedButNotTheirCreation() {
        caseAtPhoneReminder();
        List<HistoricJobLog> dunning = engine.getHistoryService().createHistoricJobLogQuery()
                .processDefinitionKey("Dunning").list().stream()
                .filter(l -> caseProcess.getId().equals(l.getRootProcessInstanceId())).toList();

        assertThat(dunning).as("the seizure-eligibility timer ran once and is logged").hasSize(1)
                .allMatch(HistoricJobLog::isSuccessLog);
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().creationLog().list()
                .stream().filter(l -> caseProcess.getId().equals(l.getRootProcessInstanceId()))).isEmpty();
    }

    @Test
    void whatACollectorEntersIsKeptRevisionByRevisionWithHerName() {
        caseAtPhoneReminder();
        String reminders = sub("Reminders").getId();
        String taskId = task(sub("Reminders")).getId();
        var identity = engine.getIdentityService();
        identity.setAuthenticatedUserId("tanaka");
        try {
            engine.getTaskService().complete(taskId, Map.of("contactResult", "PROMISE", "promisedDate", "2026-06-30",
                    "contactNote", "月末に全額払うとのこと"));
        } finally {
            identity.clearAuthentication();
        }

        List<UserOperationLogEntry> completed = engine.getHistoryService().createUserOperationLogQuery()
                .taskId(taskId).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list();
        assertThat(completed).extracting(UserOperationLogEntry::getUserId).containsOnly("tanaka");
        List<HistoricDetail> details = engine.getHistoryService().createHistoricDetailQuery().variableUpdates()
                .processInstanceId(reminders).list();
        // what she entered (tied to her completion), and what her completion made the process set (the check date)
        assertThat(details).extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
                .contains("contactResult", "promisedDate", "contactNote").doesNotContain("caseId", "taxpayerName");
        assertThat(details).filteredOn(d -> Set.of("contactResult", "promisedDate", "contactNote")
                .contains(((HistoricVariableUpdate) d).getVariableName()))
                .extracting(HistoricDetail::getUserOperationId).containsOnly(completed.get(0).getOperationId());
        assertThat(details).extracting(d -> ((HistoricVariableUpdate) d).getValue()).contains("PROMISE");
    }
}
