package jp.lg.collection.delinquency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.system.RunLeases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A night whose sweep died (issue 20): the {@code sweep_run} row of a dead run — no finish, lease expired — is
 * recognised and the same call of the same date finishes the night; a live run of another node is left alone;
 * taxpayers that failed are retried by the next call of the date. The row is written as a killed node leaves it
 * (the real kill -9 is {@code drills/} and {@code KillRecoveryDrillTest}).
 */
class SweepRecoveryTest extends ProcessTestSupport {

    @Autowired
    RunLeases leases;
    @Autowired
    NegotiationLog log;

    /** The row a node killed after some chunks leaves: counts of what it committed, its lease running out. */
    void deadRun(LocalDate asOf, LocalDateTime leaseUntil) {
        jdbc.sql("DELETE FROM sweep_run WHERE as_of = ?").param(asOf).update();
        jdbc.sql("""
                INSERT INTO sweep_run (as_of, started_at, bills_found, cases_opened, bills_joined, failed, run_by,
                  node_id, run_token, lease_until, heartbeat_at, attempts)
                VALUES (?, ?, 7, 7, 0, 0, 'nightly-sweep', 'node-x/4711', 'the-dead-token', ?, ?, 1)
                """).params(asOf, asOf.atTime(1, 30), leaseUntil, leaseUntil.minusSeconds(45)).update();
    }

    List<String> overdueTaxpayers(int n, LocalDate due) {
        List<String> overdue = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            overdue.add(newTaxpayer("tanaka"));
            newBill(overdue.get(i), 20_000 + i, due);
        }
        return overdue;
    }

    @Test
    void theSameCallFinishesANightWhoseNodeDied() {
        LocalDate asOf = LocalDate.of(2026, 3, 10);
        today(asOf);
        List<String> overdue = overdueTaxpayers(4, LocalDate.of(2026, 2, 27));
        deadRun(asOf, leases.now().minusMinutes(1));

        OverdueSweep.Result before = overdueSweep.status(asOf).orElseThrow();
        assertThat(before.running()).as("a dead run is not 'running'").isFalse();
        assertThat(before.interrupted()).isTrue();
        assertThat(before.node()).isEqualTo("node-x/4711");

        OverdueSweep.Result result = overdueSweep.sweep(asOf, "sato");

        assertThat(result.alreadyRun()).isFalse();
        assertThat(result.resumed()).isTrue();
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.running()).isFalse();
        assertThat(result.interrupted()).isFalse();
        assertThat(result.casesOpened()).as("the dead run's 7 and this one's").isGreaterThanOrEqualTo(7 + 4);
        for (String addresseeNo : overdue) {
            String caseId = cases.findOpenCaseOf(addresseeNo).orElseThrow();
            assertThat(bills.findByCase(caseId)).singleElement()
                    .satisfies(b -> assertThat(b.dunningIssuedOn()).isEqualTo(asOf));
            assertThat(log.of(caseId)).filteredOn(e -> e.action() == NegotiationAction.DUNNING_NOTICE).hasSize(1);
        }
        assertThat(jdbc.sql("SELECT run_token FROM sweep_run WHERE as_of = ?").param(asOf).query(String.class)
                .single()).as("taken over under a new token").isNotEqualTo("the-dead-token");

        OverdueSweep.Result again = overdueSweep.sweep(asOf, "sato");
        assertThat(again.alreadyRun()).isTrue();
        assertThat(again.running()).isFalse();
        assertThat(again.interrupted()).isFalse();
    }

    @Test
    void aLiveRunOfAnotherNodeIsLeftAloneUntilItsLeaseExpires() {
        LocalDate asOf = LocalDate.of(2026, 3, 17);
        today(asOf);
        List<String> overdue = overdueTaxpayers(2, LocalDate.of(2026, 3, 2));
        deadRun(asOf, leases.now().plusMinutes(5));

        OverdueSweep.Result live = overdueSweep.sweep(asOf, "sato");

        assertThat(live.alreadyRun()).isTrue();
        assertThat(live.running()).isTrue();
        assertThat(live.leaseUntil()).isAfter(leases.now());
        assertThat(cases.findOpenCaseOf(overdue.get(0))).as("not swept by a second node").isEmpty();

        // the node does not come back: its lease runs out, and the next call (or the resumer) takes the night over
        jdbc.sql("UPDATE sweep_run SET lease_until = ? WHERE as_of = ?").params(leases.now().minusSeconds(1), asOf)
                .update();
        assertThat(overdueSweep.interruptedRuns()).contains(asOf);
        OverdueSweep.Result resumed = overdueSweep.sweep(asOf, "resume");
        assertThat(resumed.resumed()).isTrue();
        assertThat(overdue).allSatisfy(no -> assertThat(cases.findOpenCaseOf(no)).isPresent());
        assertThat(overdueSweep.interruptedRuns()).doesNotContain(asOf);
    }

    @Test
    void taxpayersThatFailedAreRetriedByTheNextCallOfTheSameDate() {
        LocalDate asOf = LocalDate.of(2026, 11, 26);
        jdbc.sql("DELETE FROM sweep_run WHERE as_of = ?").param(asOf).update();
        // due 11/25: a 督促状 issued "today" 11/24 would precede its due date, so this taxpayer fails
        today(LocalDate.of(2026, 11, 24));
        String refused = newTaxpayer("tanaka");
        long refusedBill = newBill(refused, 9_000, LocalDate.of(2026, 11, 25));

        OverdueSweep.Result first = overdueSweep.sweep(asOf, "nightly-sweep");
        assertThat(first.failed()).isGreaterThanOrEqualTo(1);
        assertThat(bills.require(refusedBill).caseId()).isNull();

        today(asOf); // the cause is gone (here: the day has come); the operator calls the same date again
        OverdueSweep.Result retried = overdueSweep.sweep(asOf, "sato");

        assertThat(retried.alreadyRun()).isFalse();
        assertThat(retried.resumed()).isTrue();
        assertThat(retried.failed()).isZero();
        assertThat(bills.require(refusedBill).caseId()).isEqualTo(cases.findOpenCaseOf(refused).orElseThrow());
        assertThat(overdueSweep.sweep(asOf, "sato").alreadyRun()).as("nothing failed: a third call changes nothing")
                .isTrue();
    }
}
