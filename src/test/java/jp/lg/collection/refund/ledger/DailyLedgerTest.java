package jp.lg.collection.refund.ledger;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.imports.CsvImporter;
import jp.lg.collection.imports.ImportRun;
import jp.lg.collection.imports.PaymentImport;
import jp.lg.collection.refund.RefundStarter;
import jp.lg.collection.refund.ledger.DailyLedger.Kind;
import jp.lg.collection.refund.ledger.DailyLedger.Row;
import jp.lg.collection.system.Roles;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 収入日計 reconciled against the raw lines of the bank's file: on 2031-02-14 (a day no other test pays on) the file
 * holds on-time payments, a part payment of an old (滞納繰越) tax, a payment beyond what was owed and one that matches
 * nothing; the ledger's cash per channel is the file's sum per channel to the yen, the 過誤納金 and the unmatched
 * money have rows of their own, and the 充当 of the 過誤納金 the next day shows as a 充当 row that moves no cash and
 * leaves the day of the file as it was.
 */
class DailyLedgerTest extends ProcessTestSupport {

    static final LocalDate DAY = LocalDate.of(2031, 2, 14);
    static final String HEADER = "収納レコード番号,通知書番号,期別,賦課年度,税目コード,納付日,金額,収納チャネル\r\n";

    @Autowired
    CsvImporter importer;
    @Autowired
    PaymentImport paymentImport;
    @Autowired
    DailyLedger ledger;
    @Autowired
    RefundStarter starter;

    /** An installment levied in {@code levyYear}. */
    long bill(String addresseeNo, TaxItem item, int levyYear, long principal, LocalDate due) {
        String noticeNo = "L" + addresseeNo + "-" + item.code() + levyYear % 100;
        return bills.insert(new TaxBill(0, addresseeNo, levyYear, levyYear, item, noticeNo, 1, principal, 0, 0, 0, 0,
                0, due, due, null, null, "OPEN", null), "test");
    }

    record Line(String recordId, TaxBill bill, long amount, String channel) {
        String csv() {
            return recordId + "," + (bill == null ? "NO-SUCH," : bill.noticeNo() + ",") + "1,"
                    + (bill == null ? 2030 : bill.fiscalYear()) + "," + (bill == null ? "01" : bill.taxItem().code())
                    + "," + DAY + "," + amount + "," + channel + "\r\n";
        }
    }

    @Test
    void theDaysCashPerChannelIsTheSumOfTheFilesLinesAndAllocationMovesNoCash() throws Exception {
        today(DAY);
        String x = newTaxpayer("tanaka");
        String y = newTaxpayer("tanaka");
        TaxBill x1 = bills.require(bill(x, TaxItem.RESIDENT, 2030, 120_000, LocalDate.of(2031, 2, 28)));
        TaxBill x2 = bills.require(bill(x, TaxItem.LIGHT_VEHICLE, 2030, 30_000, DAY));
        TaxBill y1 = bills.require(bill(y, TaxItem.FIXED_ASSET, 2030, 50_000, LocalDate.of(2031, 2, 28)));
        TaxBill old = bills.require(bill(y, TaxItem.RESIDENT, 2028, 40_000, LocalDate.of(2028, 5, 31)));
        String p = "LG" + x1.id() + "-";
        List<Line> raw = List.of(
                new Line(p + 1, x1, 150_000, "BANK"), // 30,000 beyond the installment: 過誤納金
                new Line(p + 2, y1, 20_000, "BANK"),
                new Line(p + 3, y1, 10_000, "CVS"),
                new Line(p + 4, null, 7_000, "CVS"), // matches nothing
                new Line(p + 5, old, 5_000, "MPN")); // part of a 2028 tax: 滞繰
        StringBuilder csv = new StringBuilder(HEADER);
        raw.forEach(l -> csv.append(l.csv()));
        ImportRun run = importer.run(paymentImport,
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "bank.csv", null, "test");
        assertThat(run.status()).isEqualTo("DONE");

        Map<String, Long> fileByChannel = new LinkedHashMap<>();
        raw.forEach(l -> fileByChannel.merge(l.channel(), l.amount(), Long::sum));
        DailyLedger.Day day = ledger.of(DAY);
        assertThat(day.cashByChannel()).as("the ledger reconciles with the file, channel by channel")
                .isEqualTo(fileByChannel);
        assertThat(day.totals().cash()).isEqualTo(192_000);

        // 2031-02-14 is in fiscal year 2030: the 2030 taxes are 現年, the 2028 one 滞繰
        assertThat(day.rows()).filteredOn(r -> r.kind() == Kind.RECEIPT).extracting(Row::taxItemCode, Row::yearClass,
                Row::channel, Row::principal, Row::count).containsExactlyInAnyOrder(
                        tuple("01", "現年", "BANK", 120_000L, 1L), tuple("01", "滞繰", "MPN", 5_000L, 1L),
                        tuple("02", "現年", "BANK", 20_000L, 1L), tuple("02", "現年", "CVS", 10_000L, 1L));
        assertThat(day.rows()).filteredOn(r -> r.kind() == Kind.RECEIPT).allSatisfy(r ->
                assertThat(r.accountingYear()).isEqualTo(2030));
        assertThat(day.rows()).filteredOn(r -> r.kind() == Kind.OVERPAYMENT).singleElement().satisfies(r -> {
            assertThat(r.overpayment()).isEqualTo(30_000);
            assertThat(r.taxItemCode()).as("the tax of the installment it was paid for").isEqualTo("01");
            assertThat(r.channel()).isEqualTo("BANK");
        });
        assertThat(day.rows()).filteredOn(r -> r.kind() == Kind.UNMATCHED).singleElement().satisfies(r -> {
            assertThat(r.unmatched()).isEqualTo(7_000);
            assertThat(r.channelLabel()).isEqualTo("コンビニ");
        });

        // the next day the 過誤納金 pays the light-vehicle tax due on 2/14: a 充当 row, no cash, the 14th unchanged
        LocalDate next = DAY.plusDays(1);
        today(next);
        long candidate = jdbc.sql("SELECT id FROM refund_candidate WHERE record_id = ?").param(p + 1)
                .query(Long.class).single();
        Long refundId = starter.startOne(candidate);
        ProcessInstance refund = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("RF-" + refundId).singleResult();
        assertThat(refund).isWaitingAt("Task_ApplyOverpayment");
        execute(job());
        assertThat(refund).isEnded().hasPassed("Event_SettledByAllocation");
        assertThat(bills.require(x2.id()).status()).isEqualTo("PAID");

        DailyLedger.Day after = ledger.of(next);
        assertThat(after.rows()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.ALLOCATION);
            assertThat(r.taxItemCode()).isEqualTo("03");
            assertThat(r.principal()).isEqualTo(30_000);
            assertThat(r.allocation()).isEqualTo(30_000);
            assertThat(r.cash()).isZero();
            assertThat(r.channelLabel()).isEqualTo("充当");
        });
        assertThat(ledger.of(DAY).cashByChannel()).isEqualTo(fileByChannel);

        // the CSV for the financial-accounting system: exporters and managers, nobody else
        String body = mvc().perform(get("/api/ledger/daily.csv").param("date", DAY.toString())
                        .with(member("kimura", Roles.EXPORTERS)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"ledger-2031-02-14.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF\"日付\",\"会計年度\",\"区分\",\"税目コード\",\"税目\",\"年度区分\"");
        assertThat(body).contains("\"2031-02-14\",\"2030\",\"過誤納金\",\"01\"", "\"消込不能\"", "\"滞繰\"",
                "\"30000\"", "\"7000\"");
        mvc().perform(get("/api/ledger/daily").param("date", DAY.toString()).with(member("sato", Roles.MANAGERS)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cashByChannel.BANK").value(170_000))
                .andExpect(jsonPath("$.totals.cash").value(192_000));
        mvc().perform(get("/api/ledger/daily.csv").param("date", DAY.toString())
                .with(member("tanaka", Roles.COLLECTORS))).andExpect(status().isForbidden());
        mvc().perform(get("/api/ledger/daily").param("date", "2031-02-30").with(member("sato", Roles.MANAGERS)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("date"));
    }
}
