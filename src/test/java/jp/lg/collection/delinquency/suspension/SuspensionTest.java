package jp.lg.collection.delinquency.suspension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.PhaseTestSupport;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.StoredDocument;
import jp.lg.collection.documents.StoredPdfs;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * 執行停止: one bill of 580,000 yen due 2026-05-31, dunned 6/10 (fee 100); suspended on 2026-07-01. The late
 * charge runs until the day before the suspension (6/1–6/30: 580,000×2.8%×30/365 = 1,334 → 1,300 yen) and is
 * exempted during it (法15の9).
 */
class SuspensionTest extends PhaseTestSupport {

    static final LocalDate SUSPENDED = LocalDate.of(2026, 7, 1);

    @Autowired
    SuspensionRepository suspensions;
    @Autowired
    PropertyFoundController propertyFound;
    @Autowired
    DocumentRepository documents;

    ProcessInstance suspension;
    long billId;

    void propose(String ground, boolean immediate) {
        billId = openDunnedCaseWithBills(580_000, LocalDate.of(2026, 5, 31)).get(0);
        today(SUSPENDED);
        suspension = start("Suspension");
        assertThat(suspension).isWaitingAt("Task_ProposeSuspension");
        assertThat(task()).isAssignedTo("tanaka");
        complete(task(), withVariables("suspensionGround", ground, "immediateExtinction", immediate,
                "suspensionReasons", "預金・給与・不動産の照会いずれも該当なし"));
        assertThat(suspension).isWaitingAt("Task_ApproveSuspension");
        assertThat(task()).hasCandidateGroup("managers");
    }

    void approve() {
        asManager(() -> complete(task(), withVariables("suspensionDecision", "APPROVE")));
    }

    /** The 執行停止通知書 stored with the case, its id in the SUSPENSION log entry. */
    StoredDocument suspensionNotice() {
        StoredDocument notice = StoredPdfs.only(documents, caseId, DocumentKind.SUSPENSION_NOTICE);
        NegotiationLog.Entry entry = log.of(caseId).stream()
                .filter(e -> e.result().startsWith("執行停止通知書送付")).findFirst().orElseThrow();
        assertThat(StoredPdfs.idsIn(entry.note())).containsExactly(notice.id());
        assertThat(notice.createdOn()).isEqualTo(SUSPENDED);
        assertThat(notice.addresseeNo()).isEqualTo(addresseeNo);
        return notice;
    }

    SuspensionRepository.Suspension row() {
        return suspensions.ofCase(caseId).get(0);
    }

    UsernamePasswordAuthenticationToken user(String name, String group) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("GROUP_" + group)));
    }

    @Test
    void aRejectionNeedsItsReasonAndEndsRejected() {
        propose("NO_PROPERTY", false);
        assertThat((String) engine.getTaskService().getVariableLocal(task().getId(), "briefing")).contains(
                "停止の理由: **財産なし (地方税法15条の7第1項第1号)**", "即時消滅 (法15条の7第5項): **申出なし**",
                "理由・調査の結果: 預金・給与・不動産の照会いずれも該当なし", "起案: 田中 一郎", "**合計**", "財産調査");
        assertThatThrownBy(() -> asManager(() -> complete(task(), withVariables("suspensionDecision", "REJECT"))))
                .isInstanceOf(TaskInputException.class).hasMessageContaining("suspensionDecisionReason");
        asManager(() -> complete(task(), withVariables("suspensionDecision", "REJECT",
                "suspensionDecisionReason", "勤務先への給与照会が未了")));
        assertThat(suspension).isEnded().hasPassed("Event_SuspensionRejected").variables()
                .containsEntry("suspensionOutcome", "REJECTED");
        assertThat(row().status()).isEqualTo("REJECTED");
        assertThat(row().decidedBy()).isEqualTo("suzuki");
        assertThat(bills.require(billId).status()).isEqualTo("OPEN");
    }

    @Test
    void afterThreeYearsOfSuspensionTheDebtIsExtinguished() {
        propose("WHEREABOUTS_UNKNOWN", false);
        approve();
        assertThat(suspension).isWaitingAt("Gateway_WhileSuspended");
        // started 2026-07-01; counted from 7/2 (民法140), the 3 years end with 2029-07-01, so the debt is
        // extinguished at the start of 2029-07-02 (法15の7④) — on 7/1 it could still be revoked or paid
        LocalDate extinction = LocalDate.of(2029, 7, 2);
        assertThat(row().status()).isEqualTo("SUSPENDED");
        assertThat(row().startedOn()).isEqualTo(SUSPENDED);
        assertThat(row().extinctionDate()).isEqualTo(extinction);
        assertThat(job().getDuedate()).isEqualTo(Today.startOf(extinction));
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::result)
                .anyMatch(r -> r.startsWith("執行停止通知書送付"));
        StoredDocument notice = suspensionNotice();
        assertThat(StoredPdfs.text(documents, notice)).contains("滞納処分の執行停止通知書").contains("令和8年7月1日")
                .contains("試験 太郎　様").contains("580,000").contains("580,100円");
        assertThat(StoredPdfs.joined(documents, notice)).contains("地方税法第15条の7第1項第3号の規定により")
                .contains("その所在及び滞納処分をすることができる財産がともに不明であるとき")
                .contains("同条第2項の規定により通知します").contains("執行の停止が3年間継続したときは");

        ClockUtil.setCurrentTime(java.util.Date.from(extinction.minusDays(1).atTime(23, 59).atZone(Today.TOKYO)
                .toInstant()));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(suspension.getId())
                .executable().count()).as("the last day, to its last minute").isZero();
        today(extinction);
        execute(job());
        assertThat(suspension).isEnded().hasPassed("Event_DebtExtinguished").variables()
                .containsEntry("suspensionOutcome", "EXTINGUISHED");
        assertThat(bills.require(billId).status()).isEqualTo("EXTINGUISHED");
        assertThat(row().status()).isEqualTo("EXTINGUISHED");
        assertThat(jdbc.sql("SELECT reason_code, principal, late_charge, fee FROM bill_extinction WHERE bill_id = ?")
                .param(billId).query((rs, n) -> List.of(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single()).as("reason / principal / late charge to 6/30 / fee")
                .containsExactly("SUSPENSION_3Y", 580_000L, 1_300L, 100L);
    }

    @Test
    void propertyFoundRevokesTheSuspension() {
        propose("NO_PROPERTY", false);
        assertThat(propertyFound.propertyFound(caseId, null, user("tanaka", "collectors")).getStatusCode())
                .as("not suspended yet").isEqualTo(HttpStatus.BAD_REQUEST);
        approve();
        assertThat(propertyFound.propertyFound(caseId, null, user("kato", "auditors")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        today(LocalDate.of(2027, 2, 1));
        assertThat(propertyFound.propertyFound(caseId, Map.of("note", "相続により土地を取得"),
                user("tanaka", "collectors")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(suspension).isEnded().hasPassed("Task_RevokeSuspension", "Event_SuspensionRevoked")
                .hasNotPassed("Task_ExtinguishDebt").variables().containsEntry("suspensionOutcome", "REVOKED");
        assertThat(row().status()).isEqualTo("REVOKED");
        assertThat(row().endedOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(row().endNote()).isEqualTo("相続により土地を取得");
        // the taxpayer is told (法15の8② applying 15の7②): the 執行停止取消通知書, its id in the log entry
        StoredDocument revoked = StoredPdfs.only(documents, caseId, DocumentKind.SUSPENSION_REVOCATION_NOTICE);
        assertThat(StoredPdfs.idsIn(log.of(caseId).stream().filter(e -> e.action() == NegotiationAction.SUSPENSION)
                .reduce((a, b) -> b).orElseThrow().note())).containsExactly(revoked.id());
        assertThat(StoredPdfs.text(documents, revoked)).contains("滞納処分の執行停止取消通知書").contains("令和9年2月1日")
                .contains("相続により土地を取得");
        assertThat(StoredPdfs.joined(documents, revoked)).contains("同法第15条の8第1項の規定によりこれを取り消し")
                .contains("この取消処分に不服があるときは");
        assertThat(bills.require(billId).status()).isEqualTo("OPEN");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(suspension.getId()).count())
                .as("the 3-year timer is gone").isZero();
        assertThat(propertyFound.propertyFound(caseId, null, user("suzuki", "managers")).getStatusCode())
                .as("nothing left to revoke").isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void noPropertyAndCollectionClearlyImpossibleExtinguishesAtOnce() {
        propose("NO_PROPERTY", true);
        approve();
        assertThat(suspension).isEnded().hasPassed("Task_SuspendEnforcement", "Event_DebtExtinguished")
                .hasNotPassed("Event_ThreeYearsPassed").variables().containsEntry("suspensionOutcome", "EXTINGUISHED");
        assertThat(bills.require(billId).status()).isEqualTo("EXTINGUISHED");
        assertThat(jdbc.sql("SELECT reason_code FROM bill_extinction WHERE bill_id = ?").param(billId)
                .query(String.class).single()).isEqualTo("IMMEDIATE");
        assertThat(row().endedOn()).isEqualTo(SUSPENDED);
        assertThat(StoredPdfs.joined(documents, suspensionNotice())).contains("地方税法第15条の7第1項第1号の規定により")
                .contains("地方税法第15条の7第5項の規定により、これを納付する義務を直ちに消滅させます")
                .doesNotContain("3年間継続したときは");
    }

    @Test
    void immediateExtinctionWithAnotherGroundIsRefused() {
        propose("LIVELIHOOD", true);
        assertThatThrownBy(this::approve).isInstanceOf(TaskInputException.class)
                .hasMessageContaining("immediateExtinction").hasMessageContaining("財産なし");
        assertThat(suspension).isWaitingAt("Task_ApproveSuspension");
        assertThat(suspensions.ofCase(caseId)).isEmpty();
        asManager(() -> complete(task(), withVariables("suspensionDecision", "REJECT",
                "suspensionDecisionReason", "即時消滅の要件なし。再起案のこと")));
        assertThat(suspension).isEnded().hasPassed("Event_SuspensionRejected");
    }

    @Test
    void suspensionForLivelihoodReleasesTheExecutedSeizures() {
        propose("LIVELIHOOD", false);
        long seizure = insertDisposition("SEIZURE", "EXECUTED", 0);
        long demand = insertDisposition("DELIVERY_DEMAND", "EXECUTED", 0);
        long collected = insertDisposition("SEIZURE", "COLLECTED", 10_000);
        approve();
        assertThat(suspension).isWaitingAt("Gateway_WhileSuspended").variables()
                .containsEntry("releasedSeizures", 1);
        assertThat(dispositionStatus(seizure)).isEqualTo("RELEASED");
        assertThat(jdbc.sql("SELECT released_on FROM disposition WHERE id = ?").param(seizure)
                .query(LocalDate.class).single()).isEqualTo(SUSPENDED);
        assertThat(dispositionStatus(demand)).isEqualTo("EXECUTED");
        assertThat(dispositionStatus(collected)).isEqualTo("COLLECTED");
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::action).endsWith(NegotiationAction.SUSPENSION,
                NegotiationAction.SUSPENSION, NegotiationAction.SEIZURE_RELEASED);
        assertThat(bills.findByCase(caseId)).extracting(TaxBill::status).containsOnly("OPEN");
        assertThat(StoredPdfs.joined(documents, suspensionNotice())).contains("地方税法第15条の7第1項第2号の規定により")
                .contains("生活を著しく窮迫させるおそれがあるとき");
    }
}
