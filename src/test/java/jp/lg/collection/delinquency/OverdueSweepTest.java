package jp.lg.collection.delinquency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.system.RunLeases;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** 名寄せ at a city's scale: chunks on several threads, one bad taxpayer left out alone, one run per date. */
class OverdueSweepTest extends ProcessTestSupport {

    @Autowired
    NegotiationLog log;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    RunLeases leases;

    /** The same sweep as the application's, with chunks of 3 taxpayers on 2 threads. */
    OverdueSweep smallChunks() {
        return new OverdueSweep(bills, taxpayers, cases, log, engine, jdbc, transactions, leases, 3, 2,
                Duration.ofSeconds(5));
    }

    @Test
    void everyOverdueTaxpayerGetsOneDunnedCaseWhateverTheChunking() {
        LocalDate asOf = LocalDate.of(2026, 10, 13);
        today(asOf);
        jdbc.sql("DELETE FROM sweep_run WHERE as_of = ?").param(asOf).update();
        List<String> overdue = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String addresseeNo = newTaxpayer("tanaka");
            newBill(addresseeNo, 10_000 + i, LocalDate.of(2026, 9, 30));
            if (i % 3 == 0) {
                newBill(addresseeNo, 5_000, LocalDate.of(2026, 8, 31)); // two installments: one case, one letter
            }
            overdue.add(addresseeNo);
        }
        String notYetDue = newTaxpayer("tanaka");
        newBill(notYetDue, 7_000, LocalDate.of(2026, 10, 31));

        OverdueSweep.Result result = smallChunks().sweep(asOf, "test");

        assertThat(result.alreadyRun()).isFalse();
        assertThat(result.failed()).isZero();
        assertThat(result.casesOpened()).isGreaterThanOrEqualTo(10); // and any left over by other tests
        for (String addresseeNo : overdue) {
            String caseId = cases.findOpenCaseOf(addresseeNo).orElseThrow();
            assertThat(bills.findByCase(caseId)).allSatisfy(b -> assertThat(b.dunningIssuedOn()).isEqualTo(asOf));
            assertThat(log.of(caseId)).filteredOn(e -> e.action() == NegotiationAction.DUNNING_NOTICE)
                    .hasSize(bills.findByCase(caseId).size());
            ProcessInstance caseProcess = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseId).processDefinitionKey(OverdueSweep.PROCESS_KEY).singleResult();
            ProcessInstance dunning = engine.getRuntimeService().createProcessInstanceQuery()
                    .superProcessInstanceId(caseProcess.getId()).singleResult();
            assertThat(dunning).hasPassed("Task_IssueDunningNotice").isWaitingAt("Event_SeizureEligible");
        }
        assertThat(cases.findOpenCaseOf(notYetDue)).isEmpty();
    }

    @Test
    void aTaxpayerThatCannotBeSweptIsLeftOutAloneAndSweptNextTime() {
        LocalDate asOf = LocalDate.of(2026, 11, 12);
        today(LocalDate.of(2026, 11, 10));
        jdbc.sql("DELETE FROM sweep_run WHERE as_of = ?").param(asOf).update();
        List<String> fine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fine.add(newTaxpayer("tanaka"));
            newBill(fine.get(i), 12_000, LocalDate.of(2026, 10, 31));
        }
        // due 11/11: overdue as of the sweep date, but a 督促状 issued today (11/10) would precede its due date
        String refused = newTaxpayer("tanaka");
        long refusedBill = newBill(refused, 9_000, LocalDate.of(2026, 11, 11));

        OverdueSweep.Result result = smallChunks().sweep(asOf, "test");

        assertThat(result.failed()).isEqualTo(1);
        assertThat(fine).allSatisfy(no -> assertThat(cases.findOpenCaseOf(no)).isPresent());
        // nothing of the refused taxpayer was written: no case, the bill still waits for a case
        assertThat(cases.findOpenCaseOf(refused)).isEmpty();
        assertThat(bills.require(refusedBill).caseId()).isNull();
        assertThat(bills.require(refusedBill).dunningIssuedOn()).isNull();

        today(LocalDate.of(2026, 11, 13));
        assertThat(sweep(LocalDate.of(2026, 11, 13)).failed()).isZero();
        assertThat(bills.require(refusedBill).caseId()).isEqualTo(cases.findOpenCaseOf(refused).orElseThrow());
    }

    @Test
    void twoSweepsOfTheSameDateAtOnceOpenEachCaseOnce() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 10, 20);
        today(asOf);
        jdbc.sql("DELETE FROM sweep_run WHERE as_of = ?").param(asOf).update();
        List<String> overdue = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            overdue.add(newTaxpayer("suzuki"));
            newBill(overdue.get(i), 30_000, LocalDate.of(2026, 10, 15));
        }
        OverdueSweep first = smallChunks();
        OverdueSweep second = smallChunks();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<OverdueSweep.Result> a = nodes.submit(() -> {
                start.await();
                return first.sweep(asOf, "node-a");
            });
            Future<OverdueSweep.Result> b = nodes.submit(() -> {
                start.await();
                return second.sweep(asOf, "node-b");
            });
            start.countDown();
            OverdueSweep.Result ra = a.get();
            OverdueSweep.Result rb = b.get();
            assertThat(List.of(ra.alreadyRun(), rb.alreadyRun())).containsExactlyInAnyOrder(true, false);
        } finally {
            nodes.shutdownNow();
        }
        for (String addresseeNo : overdue) {
            String caseId = cases.findOpenCaseOf(addresseeNo).orElseThrow();
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                    .processDefinitionKey(OverdueSweep.PROCESS_KEY).count()).isEqualTo(1);
            assertThat(log.of(caseId)).filteredOn(e -> e.action() == NegotiationAction.CASE_OPENED).hasSize(1);
        }
        // a re-run the next morning reports the first run and changes nothing
        OverdueSweep.Result again = overdueSweep.sweep(asOf, "operator");
        assertThat(again.alreadyRun()).isTrue();
        assertThat(again.running()).isFalse();
        assertThat(again.casesOpened()).isGreaterThanOrEqualTo(12);
    }
}
