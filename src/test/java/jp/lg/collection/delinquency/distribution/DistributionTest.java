package jp.lg.collection.delinquency.distribution;

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
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.StoredDocument;
import jp.lg.collection.documents.StoredPdfs;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 配当: statement on 2026-07-15 (Wed), payout on the day on which 7 days have passed counting the sending day as
 * day 1 — 2026-07-21 (徴132②). Same bills as {@code payment.CaseAllocationTest}: A 300,000 (late charge 4,000 to 7/15),
 * B 200,000 (1,200), 100 yen fee each: 505,400 yen settles the case.
 */
class DistributionTest extends PhaseTestSupport {

    static final LocalDate STATEMENT = LocalDate.of(2026, 7, 15);
    static final LocalDate PAYOUT = LocalDate.of(2026, 7, 21);

    @Autowired
    DistributionRepository distributions;
    @Autowired
    DocumentRepository documents;

    /** The case's 配当計算書 (the latest one), its id in the log entry "配当計算書作成". */
    StoredDocument statementPdf() {
        java.util.List<StoredDocument> all = StoredPdfs.of(documents, caseId, DocumentKind.DISTRIBUTION_STATEMENT);
        StoredDocument pdf = all.get(all.size() - 1);
        NegotiationLog.Entry entry = log.of(caseId).stream().filter(e -> e.result().startsWith("配当計算書作成"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(StoredPdfs.idsIn(entry.note())).containsExactly(pdf.id());
        assertThat(pdf.createdOn()).isEqualTo(STATEMENT);
        return pdf;
    }

    long dispositionId;

    ProcessInstance statementFor(long collected) {
        openDunnedCase(300_000, LocalDate.of(2026, 4, 30), 200_000, LocalDate.of(2026, 5, 31));
        dispositionId = insertDisposition("SEIZURE", "COLLECTED", collected);
        today(STATEMENT);
        ProcessInstance distribution = start("Distribution", "dispositionId", dispositionId);
        assertThat(distribution).isWaitingAt("Task_ReviewDistributionStatement");
        assertThat(task()).hasCandidateGroup("managers");
        return distribution;
    }

    long distributionId(ProcessInstance pi) {
        return ((Number) engine.getRuntimeService().getVariable(pi.getId(), "distributionId")).longValue();
    }

    void payOut(ProcessInstance distribution) {
        asManager(() -> complete(task(), withVariables("statementDecision", "APPROVE")));
        assertThat(distribution).isWaitingAt("Event_PayoutDate");
        assertThat(job().getDuedate()).isEqualTo(Today.startOf(PAYOUT));
        today(PAYOUT);
        execute(job());
        assertThat(distribution).isWaitingAt("Task_ExecuteDistribution");
        execute(job());
    }

    @Test
    void theStatementIsPaidOutOnTheSeventhDayAndSettlesTheCase() {
        ProcessInstance distribution = statementFor(600_000);
        long id = distributionId(distribution);
        DistributionRepository.Distribution statement = distributions.require(id);
        assertThat(statement.statementOn()).isEqualTo(STATEMENT);
        assertThat(statement.payoutOn()).isEqualTo(PAYOUT);
        assertThat(statement.surplus()).isEqualTo(94_600);
        assertThat(distributions.lines(id)).extracting(DistributionRepository.Line::lateCharge)
                .containsExactly(4_000L, 1_200L);
        // the statement: per installment what was owed on 7/15 and what it gets, then the remainder
        StoredDocument pdf = statementPdf();
        assertThat(StoredPdfs.text(documents, pdf)).contains("配　当　計　算　書").contains("令和8年7月15日")
                .contains("令和8年7月21日").contains("600,000円").contains("○○銀行 普通預金 SEIZURE")
                .contains("304,100").contains("201,300").contains("残余金(滞納者に交付)").contains("94,600")
                .contains("505,400").contains("令和8年度").contains("試験 太郎　様");
        assertThat(StoredPdfs.joined(documents, pdf)).contains("国税徴収法第131条").contains("国税徴収法第133条");
        // the preview wrote nothing to the bills
        assertThat(bills.findByCase(caseId)).extracting(TaxBill::principalPaid).containsOnly(0L);

        payOut(distribution);

        assertThat(distribution).isEnded().hasPassed("Event_CaseSettled").variables()
                .containsEntry("caseSettled", true).containsEntry("distributionSurplus", 94_600L);
        assertThat(bills.findByCase(caseId)).extracting(TaxBill::status).containsOnly("PAID");
        assertThat(distributions.require(id).status()).isEqualTo("DISTRIBUTED");
        assertThat(distributions.require(id).executedOn()).isEqualTo(PAYOUT);
        assertThat(distributions.require(id).reviewedBy()).isEqualTo("suzuki");
        assertThat(jdbc.sql("SELECT amount FROM refund_candidate WHERE record_id = ?").param("DIST-" + id)
                .query(Long.class).single()).isEqualTo(94_600);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE channel = 'DISTRIBUTION' AND bank_record_id LIKE ?")
                .param("DIST-" + id + "-%").query(Long.class).single()).isEqualTo(2);
        // the disposition keeps saying what happened to the asset
        assertThat(dispositionStatus(dispositionId)).isEqualTo("COLLECTED");
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::action).endsWith(NegotiationAction.DISTRIBUTION,
                NegotiationAction.DISTRIBUTION, NegotiationAction.DISTRIBUTION);
    }

    @Test
    void proceedsShortOfTheDebtLeaveTheCaseOpen() {
        ProcessInstance distribution = statementFor(350_000);
        long id = distributionId(distribution);
        payOut(distribution);
        assertThat(distribution).isEnded().hasPassed("Event_BalanceRemains").variables()
                .containsEntry("caseSettled", false);
        assertThat(bills.balanceOfCase(caseId)).isEqualTo(154_200);
        assertThat(distributions.lines(id))
                .extracting(DistributionRepository.Line::principal).containsExactly(300_000L, 45_800L);
        // B owed 201,300 and gets 45,900 (fee 100 + principal 45,800); nothing remains
        String text = StoredPdfs.text(documents, statementPdf());
        assertThat(text).contains("350,000円").contains("304,100").contains("201,300").contains("45,900");
    }

    @Test
    void aCorrectionNeedsANoteAndMakesTheStatementAgain() {
        ProcessInstance distribution = statementFor(350_000);
        long first = distributionId(distribution);
        assertThatThrownBy(() -> asManager(() -> complete(task(), withVariables("statementDecision", "CORRECT"))))
                .isInstanceOf(TaskInputException.class).hasMessageContaining("statementNote");

        today(STATEMENT.plusDays(1));
        asManager(() -> complete(task(), withVariables("statementDecision", "CORRECT", "statementNote",
                "受領額の確認のため作り直し")));
        assertThat(distribution).isWaitingAt("Task_ReviewDistributionStatement");
        long second = distributionId(distribution);
        assertThat(second).isNotEqualTo(first);
        assertThat(distributions.require(first).status()).isEqualTo("CORRECTED");
        assertThat(distributions.require(first).reviewNote()).isEqualTo("受領額の確認のため作り直し");
        // a new statement, a new payout day: 7/16 + 6 = 7/22
        assertThat(distributions.require(second).payoutOn()).isEqualTo(LocalDate.of(2026, 7, 22));
        // and printed again: two statements kept, the second with its own 交付期日
        List<StoredDocument> statements = StoredPdfs.of(documents, caseId, DocumentKind.DISTRIBUTION_STATEMENT);
        assertThat(statements).hasSize(2);
        assertThat(StoredPdfs.text(documents, statements.get(1))).contains("令和8年7月16日").contains("令和8年7月22日");
        asManager(() -> complete(task(), withVariables("statementDecision", "APPROVE")));
        assertThat(job().getDuedate()).isEqualTo(Today.startOf(LocalDate.of(2026, 7, 22)));
    }

    @Test
    void onlyCollectedMoneyIsDistributed() {
        openDunnedCase(300_000, LocalDate.of(2026, 4, 30));
        long executed = insertDisposition("SEIZURE", "EXECUTED", 0);
        assertThatThrownBy(() -> start("Distribution", "dispositionId", executed))
                .hasMessageContaining("配当できる金銭がありません");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("Distribution")
                .processInstanceBusinessKey(caseId).list()).isEqualTo(List.of());
    }
}
