package jp.lg.collection.delinquency.writeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.PhaseTestSupport;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.StoredDocument;
import jp.lg.collection.documents.StoredPdfs;
import jp.lg.collection.forms.TaskInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 不納欠損: bill A (580,000 yen due 2026-05-31) and bill B (58,000 yen due 2026-04-30), both dunned 6/10 (fee 100).
 * On 2026-07-01 a suspension with immediate extinction (法15の7⑤) extinguishes both: A's late charge to 6/30 is
 * 1,300 yen, B's is under 1,000 yen and not collected (法20の4の2). A third bill extinguished by limitation
 * without a record of its own is booked as LIMITATION (法18①).
 */
class WriteOffTest extends PhaseTestSupport {

    static final LocalDate EXTINGUISHED = LocalDate.of(2026, 7, 1);

    @Autowired
    WriteOffLedger ledger;
    @Autowired
    DocumentRepository documents;

    long a;
    long b;
    ProcessInstance writeOff;

    void extinguishByImmediateSuspension() {
        List<Long> ids = openDunnedCaseWithBills(580_000, LocalDate.of(2026, 5, 31), 58_000, LocalDate.of(2026, 4, 30));
        a = ids.get(0);
        b = ids.get(1);
        today(EXTINGUISHED);
        ProcessInstance suspension = start("Suspension");
        assertThat(suspension).isWaitingAt("Task_ProposeSuspension");
        complete(task(), withVariables("suspensionGround", "NO_PROPERTY", "immediateExtinction", true,
                "suspensionReasons", "法人解散・残余財産なし"));
        asManager(() -> complete(task(), withVariables("suspensionDecision", "APPROVE")));
        assertThat(suspension).isEnded().hasPassed("Event_DebtExtinguished");
    }

    ProcessInstance startWriteOff() {
        today(LocalDate.of(2026, 7, 10));
        writeOff = start("WriteOff");
        return writeOff;
    }

    @Test
    void aConfirmedWriteOffBooksEachBillSplitAndMarksItWrittenOff() {
        extinguishByImmediateSuspension();
        startWriteOff();
        assertThat(writeOff).isWaitingAt("Task_ApproveWriteOff").variables().containsEntry("writeOffCount", 2);
        assertThat(task()).hasCandidateGroup("managers");
        assertThat((String) engine.getRuntimeService().getVariable(writeOff.getId(), "writeOffSummary"))
                .contains("本税 580000円 / 延滞金 1300円 / 督促手数料 100円").contains("地方税法15条の7第5項");

        asManager(() -> complete(task(), withVariables("writeOffDecision", "CONFIRM")));
        assertThat(writeOff).isEnded().hasPassed("Task_RecordWriteOff", "Event_WrittenOff");
        assertThat(ledger.ofCase(caseId)).containsExactly(
                new WriteOffLedger.Row(b, caseId, LocalDate.of(2026, 7, 10), ExtinctionReason.IMMEDIATE, 58_000, 0, 100,
                        "suzuki"),
                new WriteOffLedger.Row(a, caseId, LocalDate.of(2026, 7, 10), ExtinctionReason.IMMEDIATE, 580_000, 1_300,
                        100, "suzuki"));
        assertThat(bills.findByCase(caseId)).extracting(TaxBill::status).containsOnly("WRITTEN_OFF");
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::action).endsWith(NegotiationAction.WRITE_OFF,
                NegotiationAction.WRITE_OFF);
        // one 不納欠損処分決議書 over both, named in each log entry
        StoredDocument sheet = StoredPdfs.only(documents, caseId, DocumentKind.WRITE_OFF_RESOLUTION);
        assertThat(sheet.createdOn()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(log.of(caseId).stream().filter(e -> e.action() == NegotiationAction.WRITE_OFF)
                .map(e -> StoredPdfs.idsIn(e.note()))).containsExactly(List.of(sheet.id()), List.of(sheet.id()));
        // 本税 638,000 / 延滞金 1,300 / 督促手数料 200 → 639,500
        assertThat(StoredPdfs.text(documents, sheet)).contains("不　納　欠　損　処　分　決　議　書").contains("令和8年7月10日")
                .contains("試験 太郎").contains("580,000").contains("58,000").contains("1,300").contains("638,000")
                .contains("不納欠損額　639,500円").contains("令和8年7月1日").contains("執行停止・即時消滅")
                .contains("決裁　suzuki");
        assertThat(StoredPdfs.joined(documents, sheet)).contains("執行停止・即時消滅(地方税法15条の7第5項)")
                .contains("不納欠損として処分することを決議する");

        // booked once: a second run finds nothing left
        ProcessInstance again = start("WriteOff");
        assertThat(again).isEnded().hasPassed("Event_NothingToWriteOff");
    }

    @Test
    void sentBackForRecheckThenConfirmed() {
        extinguishByImmediateSuspension();
        long limited = newBill(addresseeNo, 30_000, LocalDate.of(2021, 5, 31));
        bills.attachToCase(limited, caseId);
        bills.setStatus(limited, "EXTINGUISHED", "limitation-sweep");
        startWriteOff();
        assertThat(writeOff).isWaitingAt("Task_ApproveWriteOff").variables().containsEntry("writeOffCount", 3);

        assertThatThrownBy(() -> asManager(() -> complete(task(), withVariables("writeOffDecision", "RECHECK"))))
                .isInstanceOf(TaskInputException.class).hasMessageContaining("writeOffNote");
        asManager(() -> complete(task(), withVariables("writeOffDecision", "RECHECK", "writeOffNote",
                "令和3年度分の時効起算日を確認してください")));
        assertThat(writeOff).isWaitingAt("Task_RecheckWriteOff");
        assertThat(task()).isAssignedTo("tanaka");
        assertThatThrownBy(() -> complete(task(), withVariables("recheckResult", ""))).hasMessageContaining("recheckResult");
        complete(task(), withVariables("recheckResult", "督促後の更新なし、令和8年6月1日に時効完成を確認"));

        assertThat(writeOff).isWaitingAt("Task_ApproveWriteOff");
        asManager(() -> complete(task(), withVariables("writeOffDecision", "CONFIRM")));
        assertThat(writeOff).isEnded().hasPassed("Task_RecheckWriteOff", "Event_WrittenOff");
        assertThat(ledger.ofCase(caseId)).extracting(WriteOffLedger.Row::billId, WriteOffLedger.Row::reason,
                WriteOffLedger.Row::principal).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(limited, ExtinctionReason.LIMITATION, 30_000L),
                        org.assertj.core.groups.Tuple.tuple(b, ExtinctionReason.IMMEDIATE, 58_000L),
                        org.assertj.core.groups.Tuple.tuple(a, ExtinctionReason.IMMEDIATE, 580_000L));
        assertThat(bills.require(limited).status()).isEqualTo("WRITTEN_OFF");
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::result).contains("欠損理由の再確認依頼");
        assertThat(StoredPdfs.joined(documents, StoredPdfs.only(documents, caseId, DocumentKind.WRITE_OFF_RESOLUTION)))
                .contains("時効(地方税法18条1項)").contains("執行停止・即時消滅(地方税法15条の7第5項)")
                .contains("令和3年度").contains("30,000").contains("3件");
    }

    @Test
    void nothingToWriteOffEndsAtOnce() {
        openDunnedCaseWithBills(58_000, LocalDate.of(2026, 5, 31));
        startWriteOff();
        assertThat(writeOff).isEnded().hasPassed("Event_NothingToWriteOff").hasNotPassed("Task_ApproveWriteOff")
                .variables().containsEntry("writeOffCount", 0);
        assertThat(ledger.ofCase(caseId)).isEmpty();
        assertThat(StoredPdfs.of(documents, caseId, DocumentKind.WRITE_OFF_RESOLUTION)).isEmpty();
    }
}
