package jp.lg.collection.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.bill.TaxBill;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A bank file with matched, partial, over- and unmatched payments, reconciled to bills and cases. */
class PaymentImportTest extends ProcessTestSupport {

    static final String HEADER = "収納レコード番号,通知書番号,期別,賦課年度,税目コード,納付日,金額,収納チャネル\r\n";

    @Autowired
    CsvImporter importer;
    @Autowired
    PaymentImport paymentImport;

    ImportRun run(String csv) throws Exception {
        return importer.run(paymentImport, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "bank.csv", null, "test");
    }

    /** A swept and dunned case of one 58,000-yen installment (fee 100) and its bill. */
    TaxBill dunnedCase(String addressee) {
        long billId = newBill(addressee, 58_000, LocalDate.of(2026, 5, 31));
        openDunnedCase(addressee, LocalDate.of(2026, 6, 10));
        return bills.require(billId);
    }

    static String line(String recordId, TaxBill b, String paidOn, long amount, String channel) {
        return recordId + "," + b.noticeNo() + "," + b.installmentNo() + "," + b.fiscalYear() + ","
                + b.taxItem().code() + "," + paidOn + "," + amount + "," + channel + "\r\n";
    }

    @Test
    void aBankFileEndsUpdatesAndRefundsAndListsWhatMatchesNothing() throws Exception {
        TaxBill full = dunnedCase(newTaxpayer("tanaka"));
        TaxBill partial = dunnedCase(newTaxpayer("tanaka"));
        TaxBill over = dunnedCase(newTaxpayer("tanaka"));
        long notInCase = newBill(newTaxpayer("tanaka"), 10_000, LocalDate.of(2026, 7, 31));
        TaxBill outside = bills.require(notInCase);
        String suffix = String.valueOf(full.id());
        String csv = HEADER
                // paid 6/25: late charge on 58,000 for 25 days is under 1,000 yen → not collected; 58,100 settles
                + line("B" + suffix + "-1", full, "2026-06-25", 58_100, "BANK")
                + line("B" + suffix + "-2", partial, "2026-06-25", 20_000, "CVS")
                + line("B" + suffix + "-3", over, "2026-06-25", 60_000, "MPN")
                + line("B" + suffix + "-4", outside, "2026-07-20", 10_000, "DIRECT_DEBIT")
                + "B" + suffix + "-5,NO-SUCH-NOTICE,1,2026,01,2026-06-25,5000,BANK\r\n";
        ImportRun run = run(csv);
        assertThat(run.status()).as(() -> errorsOf(run)).isEqualTo("DONE");
        assertThat(run.recordsWritten()).isEqualTo(5);

        ProcessInstance fullCase = caseOf(full);
        assertThat(fullCase).isWaitingAt("Task_ReleaseSeizuresOnPayment");
        execute(job(fullCase));
        assertThat(fullCase).isEnded().hasPassed("Event_CasePaidInFull");
        assertThat(cases.statusOf(full.caseId())).isEqualTo("CLOSED");

        assertThat(bills.balanceOfCase(partial.caseId())).isEqualTo(38_100);
        assertThat(caseOf(partial)).isActive().hasPassed("Task_RecordPartialPayment");

        assertThat(caseOf(over)).isWaitingAt("Task_ReleaseSeizuresOnPayment");
        assertThat(jdbc.sql("SELECT amount FROM refund_candidate WHERE record_id = ?").param("B" + suffix + "-3")
                .query(Long.class).single()).isEqualTo(1_900);

        assertThat(bills.require(notInCase).status()).isEqualTo("PAID");

        ProcessInstance unmatched = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("B" + suffix + "-5").singleResult();
        assertThat(unmatched).isWaitingAt("Task_ResolveUnmatchedPayment");
        assertThat(task(unmatched)).hasCandidateGroup("collectors");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(unmatched),
                withVariables("resolution", "APPLY_TO_CASE", "targetCaseId", "D1999-000001")))
                .hasMessageContaining("targetCaseId");
        complete(task(unmatched), withVariables("resolution", "APPLY_TO_CASE", "targetCaseId", partial.caseId()));
        assertThat(unmatched).isEnded();
        assertThat(bills.balanceOfCase(partial.caseId())).isEqualTo(33_100);

        ImportRun again = run(csv);
        assertThat(again.id()).isEqualTo(run.id());
        assertThat(bills.balanceOfCase(partial.caseId())).isEqualTo(33_100);
    }

    @Test
    void theSameRecordInAnotherFileChangesNothing() throws Exception {
        TaxBill partial = dunnedCase(newTaxpayer("tanaka"));
        String id = "R" + partial.id();
        run(HEADER + line(id, partial, "2026-06-25", 20_000, "CVS"));
        ImportRun second = run(HEADER + line(id, partial, "2026-06-25", 20_000, "CVS")
                + line(id + "-b", partial, "2026-06-26", 1_000, "CVS"));
        assertThat(second.recordsUnchanged()).isEqualTo(1);
        assertThat(second.recordsWritten()).isEqualTo(1);
        assertThat(bills.balanceOfCase(partial.caseId())).isEqualTo(37_100);
    }

    /** Lines for installments outside any case are written in batches: a later line must still see an earlier one. */
    @Test
    void linesOfOneFileSeeEachOtherOnTheSameInstallment() throws Exception {
        TaxBill twice = bills.require(newBill(newTaxpayer("tanaka"), 10_000, LocalDate.of(2026, 7, 31)));
        TaxBill repeated = bills.require(newBill(newTaxpayer("tanaka"), 8_000, LocalDate.of(2026, 7, 31)));
        TaxBill plain = bills.require(newBill(newTaxpayer("tanaka"), 5_000, LocalDate.of(2026, 7, 31)));
        String p = "P" + twice.id();
        ImportRun run = run(HEADER
                + line(p + "-1", twice, "2026-07-20", 6_000, "BANK")     // part of it
                + line(p + "-2", repeated, "2026-07-20", 8_000, "CVS")   // all of it
                + line(p + "-3", twice, "2026-07-21", 6_000, "BANK")     // the rest 4,000 + 2,000 too much
                + line(p + "-2", repeated, "2026-07-20", 8_000, "CVS")   // the bank sent the record twice
                + line(p + "-4", plain, "2026-07-20", 5_000, "MPN"));
        assertThat(run.status()).as(() -> errorsOf(run)).isEqualTo("DONE");
        assertThat(run.recordsWritten()).isEqualTo(4);
        assertThat(run.recordsUnchanged()).isEqualTo(1);

        assertThat(bills.require(twice.id()).status()).isEqualTo("PAID");
        assertThat(bills.require(twice.id()).principalPaid()).isEqualTo(10_000);
        assertThat(jdbc.sql("SELECT amount FROM refund_candidate WHERE record_id = ?").param(p + "-3")
                .query(Long.class).single()).isEqualTo(2_000);
        assertThat(bills.require(repeated.id()).principalPaid()).as("applied once").isEqualTo(8_000);
        assertThat(bills.require(plain.id()).status()).isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE record_id LIKE ?").param(p + "-%")
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aBrokenLineRejectsTheFileAndNothingIsWritten() throws Exception {
        TaxBill partial = dunnedCase(newTaxpayer("tanaka"));
        ImportRun run = run(HEADER + line("X" + partial.id() + "-1", partial, "2026-06-25", 20_000, "CVS")
                + line("X" + partial.id() + "-2", partial, "2026/06/25", 20_000, "CASH"));
        assertThat(run.status()).isEqualTo("REJECTED");
        assertThat(importer.errors(run.id())).extracting(e -> e[0] + " " + e[1])
                .containsExactly("3 収納チャネル", "3 納付日");
        assertThat(bills.balanceOfCase(partial.caseId())).isEqualTo(58_100);
    }

    String errorsOf(ImportRun run) {
        return String.join("\n", importer.errors(run.id()).stream().map(e -> String.join(" ", e)).toList());
    }

    ProcessInstance caseOf(TaxBill bill) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(bill.caseId())
                .processDefinitionKey("DelinquencyCase").singleResult();
    }
}
