package jp.lg.collection.delinquency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.delinquency.grace.GraceKind;
import jp.lg.collection.delinquency.grace.GraceRepository;
import jp.lg.collection.delinquency.seizure.DispositionKind;
import jp.lg.collection.delinquency.seizure.DispositionRepository;
import jp.lg.collection.delinquency.payment.PaymentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The nightly limitation check (法18, 18の2, 民法148・150・152) on a real case: dunned 2026-06-10, its reminder
 * letter sent 2026-06-21 (催告), then the start of its period moved back by SQL so that the 5 years run out
 * soon — as if the case were years old.
 */
class LimitationCheckTest extends CaseTestSupport {

    @Autowired
    LimitationCheck limitation;
    @Autowired
    DispositionRepository dispositions;
    @Autowired
    GraceRepository graces;
    @Autowired
    PaymentService payments;
    @Autowired
    CaseEventsController caseEvents;

    void periodStartsOn(LocalDate start) {
        jdbc.sql("UPDATE tax_bill SET limitation_start = ? WHERE case_id = ?").params(start, caseId).update();
    }

    String status() {
        return bills.findByCase(caseId).get(0).status();
    }

    @Test
    void aReminderInTheLastSixMonthsDefersTheExtinctionOnce() {
        caseAtPhoneReminder(); // 催告書 on 2026-06-21
        periodStartsOn(LocalDate.of(2021, 7, 1)); // would be extinguished from 2026-07-01
        // the reminder defers completion until 6 months have passed: counted from 6/22, they end 12/21
        assertThat(limitation.runFor(caseId, LocalDate.of(2026, 7, 1))).doesNotContain(caseId);
        assertThat(limitation.runFor(caseId, LocalDate.of(2026, 12, 21))).doesNotContain(caseId);
        assertThat(status()).isEqualTo("OPEN");
        assertThat(limitation.runFor(caseId, LocalDate.of(2026, 12, 22))).contains(caseId);
        assertThat(status()).isEqualTo("EXTINGUISHED");
    }

    @Test
    void aStandingSeizureOfRealEstateNeverLetsTheDebtLapseAndItsReleaseRestartsThePeriod() {
        caseAtPhoneReminder();
        periodStartsOn(LocalDate.of(2021, 7, 1));
        long land = dispositions.propose(new DispositionRepository.Proposal(caseId, DispositionKind.SEIZURE,
                AssetKind.REAL_ESTATE, "熊谷市宮町二丁目47番1", null, null, 3_000_000L, null, "tanaka",
                LocalDate.of(2026, 6, 25)));
        dispositions.execute(land, LocalDate.of(2026, 6, 25));
        assertThat(limitation.runFor(caseId, LocalDate.of(2026, 12, 22))).doesNotContain(caseId);
        assertThat(limitation.runFor(caseId, LocalDate.of(2040, 1, 1))).doesNotContain(caseId);
        assertThat(status()).isEqualTo("OPEN");
        // released 2030-02-01: the period starts afresh on 2/2/2030 → extinguished from 2035-02-02
        dispositions.release(land, LocalDate.of(2030, 2, 1));
        assertThat(limitation.runFor(caseId, LocalDate.of(2035, 2, 1))).doesNotContain(caseId);
        assertThat(limitation.runFor(caseId, LocalDate.of(2035, 2, 2))).contains(caseId);
    }

    @Test
    void thePeriodDoesNotRunDuringAGrace() {
        caseAtPhoneReminder();
        periodStartsOn(LocalDate.of(2021, 12, 1)); // 5 years end 2026-11-30
        graces.record(caseId, GraceKind.COLLECTION, jp.lg.collection.rules.GraceGround.DISASTER, LocalDate.of(2026, 6, 22), LocalDate.of(2026, 9, 21), true,
                "災害", "sato", LocalDate.of(2026, 6, 22));
        // 6/22 … 9/21 = 92 days added: extinguished from 2027-03-03 (the reminder's deferral, to 12/21, is earlier)
        assertThat(limitation.runFor(caseId, LocalDate.of(2027, 3, 2))).doesNotContain(caseId);
        assertThat(limitation.runFor(caseId, LocalDate.of(2027, 3, 3))).contains(caseId);
    }

    @Test
    void aPaymentBeforeTheDunningRestartDoesNotMoveThePeriodBack() {
        caseAtPhoneReminder();
        // dunned 6/10 → the period restarts 6/21; a part payment made 6/15 (reported now) would restart it 6/16
        payments.receive(caseId, 10_000, LocalDate.of(2026, 6, 15), "CVS", "R-LIM-1", "test");
        assertThat(bills.findByCase(caseId).get(0).limitationStart()).isEqualTo(LocalDate.of(2026, 6, 21));
        // one made 6/24 restarts it 6/25
        payments.receive(caseId, 10_000, LocalDate.of(2026, 6, 24), "CVS", "R-LIM-2", "test");
        assertThat(bills.findByCase(caseId).get(0).limitationStart()).isEqualTo(LocalDate.of(2026, 6, 25));
        assertThat(jdbc.sql("SELECT limitation_renewed_by FROM tax_bill WHERE case_id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("ACKNOWLEDGEMENT");
    }

    @Test
    void anHeirKeepsTheDecedentsLimitationAndAssessedLateCharge() {
        // an old bill (statutory due 2020-05-31): the dunning of 2026-06-10 restarted its period on 2026-06-21
        dunnedCase(LocalDate.of(2020, 5, 31));
        jdbc.sql("UPDATE tax_bill SET late_charge = 13000, late_charge_paid = 3000 WHERE case_id = ?").param(caseId)
                .update();
        long decedentsBill = bills.findByCase(caseId).get(0).id();
        String wife = newTaxpayer(null);
        String son = newTaxpayer(null);
        today(LocalDate.of(2026, 6, 22));
        caseEvents.death(addresseeNo, LocalDate.of(2026, 6, 21));
        complete(task(caseProcess), withVariables("heirs", wife + ",1/2\n" + son + ",1/2"));

        List<TaxBill> heirs = jdbc.sql("SELECT id FROM tax_bill WHERE addressee_no IN (?, ?) ORDER BY id")
                .params(wife, son).query(Long.class).list().stream().map(bills::require).toList();
        assertThat(heirs).hasSize(2).allSatisfy(b -> {
            assertThat(b.limitationStart()).isEqualTo(LocalDate.of(2026, 6, 21)); // not 2020-06-01
            assertThat(b.lateCharge() - b.lateChargePaid()).isEqualTo(5_000); // half of the 10,000 unpaid
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tax_bill WHERE succeeded_from = ? AND limitation_renewed_by = 'DUNNING'")
                .param(decedentsBill).query(Long.class).single()).isEqualTo(2);
        // the next night, nothing is extinguished: the debt's period runs to 2031
        sweep(LocalDate.of(2026, 6, 23));
        for (String heir : List.of(wife, son)) {
            limitation.runFor(cases.findOpenCaseOf(heir).orElseThrow(), LocalDate.of(2026, 6, 23));
        }
        assertThat(heirs).allSatisfy(b -> assertThat(bills.require(b.id()).status()).isEqualTo("OPEN"));
    }
}
