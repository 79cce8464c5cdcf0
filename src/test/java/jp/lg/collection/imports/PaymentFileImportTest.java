package jp.lg.collection.imports;

import static jp.lg.collection.TestUsers.member;
import static jp.lg.collection.imports.PaymentFiles.barcode;
import static jp.lg.collection.imports.PaymentFiles.cvsData;
import static jp.lg.collection.imports.PaymentFiles.cvsEnd;
import static jp.lg.collection.imports.PaymentFiles.cvsHeader;
import static jp.lg.collection.imports.PaymentFiles.cvsTrailer;
import static jp.lg.collection.imports.PaymentFiles.file;
import static jp.lg.collection.imports.PaymentFiles.zenginData;
import static jp.lg.collection.imports.PaymentFiles.zenginEnd;
import static jp.lg.collection.imports.PaymentFiles.zenginHeader;
import static jp.lg.collection.imports.PaymentFiles.zenginTrailer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.payment.CvsReports;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.PdfText;
import jp.lg.collection.imports.layout.PaymentLayout;
import jp.lg.collection.imports.layout.PaymentLayouts;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Payment files by layout, end to end: a 全銀 口座振替結果 and a コンビニ 速報 + 確報 pair built from the documented
 * layouts as Shift_JIS / JIS8 bytes, imported into real bills and cases — money applied (the slip's installment
 * first), failed debits followed up (notice, 交渉経過), 速報 held until their 確報 — and broken files rejected whole
 * with the record named; a layout that exists only in the test, read from the city's directory at start.
 */
class PaymentFileImportTest extends ProcessTestSupport {

    static final AtomicLong NOTICE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    PaymentFileImport paymentFiles;
    @Autowired
    PaymentLayouts layouts;
    @Autowired
    CsvImporter importer;
    @Autowired
    NegotiationLog log;
    @Autowired
    DocumentRepository documents;
    @Autowired
    CvsReports cvs;

    /** An installment with a numeric 通知書番号 (what a 顧客番号 and a barcode can carry). */
    TaxBill bill(String addressee, long principal, LocalDate due, int installment) {
        String noticeNo = String.valueOf(100_000_000_000L + NOTICE.incrementAndGet());
        return bills.require(bills.insert(new TaxBill(0, addressee, due.getYear(), due.getYear(), TaxItem.RESIDENT,
                noticeNo, installment, principal, 0, 0, 0, 0, 0, due, due, null, null, "OPEN", null), "test"));
    }

    ImportRun run(String layout, byte[] bytes) throws Exception {
        PaymentLayout l = layouts.find(layout).orElseThrow();
        return paymentFiles.run(l, new ByteArrayInputStream(bytes), layout + ".dat", "sato");
    }

    String errorsOf(ImportRun run) {
        return String.join("\n", importer.errors(run.id()).stream().map(e -> String.join(" ", e)).toList());
    }

    static byte[] zengin(String mmdd, List<byte[]> data, long count, long amount, long paidCount, long paidAmount) {
        List<byte[]> records = new ArrayList<>();
        records.add(zenginHeader(mmdd));
        records.addAll(data);
        records.add(zenginTrailer(count, amount, paidCount, paidAmount, count - paidCount, amount - paidAmount));
        records.add(zenginEnd());
        return file(records);
    }

    static byte[] debit(TaxBill b, long amount, String result, String kana) {
        return zenginData(b.fiscalYear(), b.taxItem().code(), b.installmentNo(), b.noticeNo(), amount, result, kana);
    }

    @Test
    void aZenginResultPaysWhatWasDebitedAndFollowsUpWhatWasNot() throws Exception {
        // a delinquent case whose installment was not debited (資金不足), an installment outside any case debited,
        // and one outside any case not debited (取引なし)
        String delinquent = newTaxpayer("tanaka");
        TaxBill inCase = bill(delinquent, 30_000, LocalDate.of(2026, 5, 31), 1);
        String caseId = openDunnedCase(delinquent, LocalDate.of(2026, 6, 10)).caseId();
        TaxBill debited = bill(newTaxpayer("tanaka"), 12_000, LocalDate.of(2026, 6, 30), 1);
        TaxBill closedAccount = bill(newTaxpayer("tanaka"), 8_000, LocalDate.of(2026, 6, 30), 1);
        today(LocalDate.of(2026, 7, 3));

        byte[] bytes = zengin("0630", List.of(
                debit(debited, 12_000, "0", "ｼｹﾝ ﾀﾛｳ"),
                debit(inCase, 30_100, "1", "ｼｹﾝ ｼﾞﾛｳ"),
                debit(closedAccount, 8_000, "2", "ｼｹﾝ ｻﾌﾞﾛｳ")), 3, 50_100, 1, 12_000);
        ImportRun run = run("zengin-debit-result", bytes);

        assertThat(run.status()).as(() -> errorsOf(run)).isEqualTo("DONE");
        assertThat(run.kind()).isEqualTo("zengin-debit-result");
        assertThat(run.charset()).isEqualTo("JIS8");
        assertThat(run.linesTotal()).isEqualTo(3);
        assertThat(run.recordsWritten()).isEqualTo(3);
        assertThat(bills.require(debited.id()).status()).isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT channel FROM payment WHERE bill_id = ?").param(debited.id()).query(String.class)
                .single()).isEqualTo("DIRECT_DEBIT");
        assertThat(jdbc.sql("SELECT paid_on FROM payment WHERE bill_id = ?").param(debited.id())
                .query(LocalDate.class).single()).as("引落日 0630 of this year").isEqualTo(LocalDate.of(2026, 6, 30));

        // not money: the installment stays unpaid, a 口座振替不能通知書 is queued, the case's log says why
        assertThat(bills.balanceOfCase(caseId)).isEqualTo(30_100);
        List<NegotiationLog.Entry> entries = log.of(caseId).stream()
                .filter(e -> e.action() == NegotiationAction.DIRECT_DEBIT_FAILED).toList();
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.result()).contains("口座振替不能 (資金不足)"));
        var notice = documents.ofAddressee(delinquent).stream()
                .filter(d -> d.kind() == DocumentKind.DIRECT_DEBIT_FAILURE_NOTICE).toList();
        assertThat(notice).hasSize(1);
        String text = PdfText.joined(documents.content(notice.get(0).id()).orElseThrow());
        assertThat(text).contains("口座振替不能のお知らせ").contains("資金不足").contains("30,100円");
        assertThat(documents.ofAddressee(closedAccount.addresseeNo())).extracting(d -> d.kind())
                .containsExactly(DocumentKind.DIRECT_DEBIT_FAILURE_NOTICE);
        assertThat(jdbc.sql("SELECT payer_name FROM direct_debit_failure WHERE bill_id = ?").param(closedAccount.id())
                .query(String.class).single()).as("半角カナ decoded").isEqualTo("シケン サブロウ");

        ImportRun again = run("zengin-debit-result", bytes);
        assertThat(again.id()).as("the same file changes nothing").isEqualTo(run.id());
        assertThat(documents.ofAddressee(delinquent)).filteredOn(d -> d.kind() == DocumentKind.DIRECT_DEBIT_FAILURE_NOTICE)
                .hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM direct_debit_failure WHERE bill_id IN (?, ?)")
                .params(inCase.id(), closedAccount.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aBrokenResultFileIsRejectedWholeNamingTheTrailerAndNothingIsWritten() throws Exception {
        TaxBill debited = bill(newTaxpayer("tanaka"), 12_000, LocalDate.of(2026, 6, 30), 1);
        TaxBill failed = bill(newTaxpayer("tanaka"), 8_000, LocalDate.of(2026, 6, 30), 1);
        today(LocalDate.of(2026, 7, 3));
        // the trailer says 2 debited for 20,000; the data debited one for 12,000
        byte[] bytes = zengin("0630", List.of(debit(debited, 12_000, "0", "ｱ"), debit(failed, 8_000, "1", "ｲ")),
                2, 20_000, 2, 20_000);

        String json = mvc().perform(multipart("/api/imports/payment-files/zengin-debit-result")
                .file(new MockMultipartFile("file", "furikae.dat", "application/octet-stream", bytes))
                .with(member("sato", "managers"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("id").asLong();

        // header 1, data 2–3, the trailer 4
        assertThat(importer.errors(id)).extracting(e -> e[0] + " " + e[1]).containsExactlyInAnyOrder("4 振替済件数",
                "4 振替済金額", "4 振替不能件数", "4 振替不能金額");
        assertThat(bills.require(debited.id()).status()).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM direct_debit_failure WHERE bill_id = ?").param(failed.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCvsPreliminaryReportHoldsTheMoneyUntilItsFinalReportAppliesIt() throws Exception {
        TaxBill slip = bill(newTaxpayer("tanaka"), 10_800, LocalDate.of(2026, 6, 30), 1);
        TaxBill finalOnly = bill(newTaxpayer("tanaka"), 5_000, LocalDate.of(2026, 6, 30), 1);
        TaxBill neverConfirmed = bill(newTaxpayer("tanaka"), 7_000, LocalDate.of(2026, 6, 30), 1);
        String slipCode = barcode(slip.fiscalYear(), "01", 1, slip.noticeNo(), "0", "260630", 10_800);
        String lostCode = barcode(neverConfirmed.fiscalYear(), "01", 1, neverConfirmed.noticeNo(), "0", "260630", 7_000);
        today(LocalDate.of(2026, 6, 2));

        ImportRun preliminary = run("cvs-preliminary", cvsFile("01", cvsData("20260601", slipCode, 10_800),
                cvsData("20260601", lostCode, 7_000)));

        assertThat(preliminary.status()).as(() -> errorsOf(preliminary)).isEqualTo("DONE");
        assertThat(bills.require(slip.id()).principalPaid()).as("a 速報 is not applied").isZero();
        assertThat(cvs.provisional()).extracting(CvsReports.Report::noticeNo).contains(slip.noticeNo(),
                neverConfirmed.noticeNo());
        mvc().perform(get("/api/payments/cvs-preliminary").with(member("tanaka", "collectors")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.noticeNo == '" + slip.noticeNo()
                        + "')].status").value("PROVISIONAL"));

        today(LocalDate.of(2026, 6, 9));
        ImportRun confirmed = run("cvs-final", cvsFile("02", cvsData("20260601", slipCode, 10_800),
                cvsData("20260603", barcode(finalOnly.fiscalYear(), "01", 1, finalOnly.noticeNo(), "0", "260630", 5_000),
                        5_000)));

        assertThat(confirmed.status()).as(() -> errorsOf(confirmed)).isEqualTo("DONE");
        assertThat(bills.require(slip.id()).status()).isEqualTo("PAID");
        assertThat(bills.require(finalOnly.id()).status()).as("a 確報 without 速報 is applied directly").isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT status FROM cvs_report WHERE notice_no = ?").param(slip.noticeNo())
                .query(String.class).single()).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("SELECT channel FROM payment WHERE bill_id = ?").param(slip.id()).query(String.class)
                .single()).isEqualTo("CVS");

        // the 速報 of 6/2 without a 確報: listed once more than 14 days have passed
        today(LocalDate.of(2026, 6, 16));
        assertThat(cvs.overdue()).extracting(CvsReports.Report::noticeNo).doesNotContain(neverConfirmed.noticeNo());
        today(LocalDate.of(2026, 6, 17));
        assertThat(cvs.overdue()).extracting(CvsReports.Report::noticeNo).contains(neverConfirmed.noticeNo())
                .doesNotContain(slip.noticeNo());
        String page = mvc().perform(get("/payments/unmatched").with(member("sato", "managers")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("確報の届かないコンビニ収納 速報").contains(neverConfirmed.noticeNo());
    }

    @Test
    void aCvsFileWithABadCheckDigitIsRejectedWholeNamingTheRecord() throws Exception {
        TaxBill good = bill(newTaxpayer("tanaka"), 3_000, LocalDate.of(2026, 6, 30), 1);
        TaxBill other = bill(newTaxpayer("tanaka"), 4_000, LocalDate.of(2026, 6, 30), 1);
        String code = barcode(other.fiscalYear(), "01", 1, other.noticeNo(), "0", "260630", 4_000);
        String wrong = code.substring(0, 43) + (char) ('0' + (code.charAt(43) - '0' + 5) % 10);
        today(LocalDate.of(2026, 6, 9));

        ImportRun run = run("cvs-final", cvsFile("02",
                cvsData("20260608", barcode(good.fiscalYear(), "01", 1, good.noticeNo(), "0", "260630", 3_000), 3_000),
                cvsData("20260608", wrong, 4_000)));

        assertThat(run.status()).isEqualTo("REJECTED");
        assertThat(importer.errors(run.id())).extracting(e -> e[0] + " " + e[1]).containsExactly("3 バーコード");
        assertThat(bills.require(good.id()).principalPaid()).isZero();
    }

    @Test
    void aLayoutThatExistsOnlyInTheCitysDirectoryImportsCsv() throws Exception {
        TaxBill b = bills.require(newBill(newTaxpayer("tanaka"), 6_000, LocalDate.of(2026, 6, 30)));
        today(LocalDate.of(2026, 6, 9));
        String csv = "区分,項目1,項目2,項目3,項目4,項目5,項目6,項目7,項目8\r\n"
                + "H,20260609\r\n"
                + "D," + b.id() + "9001," + b.fiscalYear() + ",01," + b.noticeNo() + ",1,20260608,6000,ｼｹﾝ ﾊﾅｺ\r\n"
                + "T,1,6000\r\n";

        mvc().perform(get("/api/imports/payment-layouts").with(member("sato", "managers"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'test-bank-csv')].format").value("CSV"));
        mvc().perform(multipart("/api/imports/payment-files/test-bank-csv").file(new MockMultipartFile("file",
                "bank.csv", "text/csv", csv.getBytes(PaymentFiles.SJIS))).with(member("sato", "managers")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));

        assertThat(bills.require(b.id()).status()).isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT record_id FROM payment WHERE bill_id = ?").param(b.id()).query(String.class)
                .single()).isEqualTo("T" + b.id() + "9001");
        mvc().perform(multipart("/api/imports/payment-files/no-such-layout").file(new MockMultipartFile("file",
                "x.dat", "text/plain", new byte[] {1})).with(member("sato", "managers")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("layout"));
    }

    /**
     * The slip designates its installment: a case with two installments, paid with the newer one's slip — that
     * installment is paid, the older one is left as it was (money without a slip goes to the oldest first).
     */
    @Test
    void insideACaseTheSlipsOwnInstallmentIsPaidFirst() throws Exception {
        String taxpayer = newTaxpayer("tanaka");
        TaxBill older = bill(taxpayer, 30_000, LocalDate.of(2026, 4, 30), 1);
        TaxBill newer = bill(taxpayer, 20_000, LocalDate.of(2026, 5, 31), 2);
        DunnedCase dunned = openDunnedCase(taxpayer, LocalDate.of(2026, 6, 10));
        assertThat(bills.findOpenByCase(dunned.caseId())).extracting(TaxBill::id).containsExactly(older.id(), newer.id());
        today(LocalDate.of(2026, 6, 25));

        // the 確報 of the newer installment's slip: 20,000 + the 督促手数料 100
        ImportRun run = run("cvs-final", cvsFile("02", cvsData("20260624",
                barcode(newer.fiscalYear(), "01", 2, newer.noticeNo(), "0", "260630", 20_100), 20_100)));

        assertThat(run.status()).as(() -> errorsOf(run)).isEqualTo("DONE");
        TaxBill paidNewer = bills.require(newer.id());
        assertThat(paidNewer.principalPaid()).isEqualTo(20_000);
        assertThat(paidNewer.dunningFeePaid()).isEqualTo(100);
        assertThat(paidNewer.status()).isEqualTo("PAID");
        assertThat(bills.require(older.id()).principalPaid()).as("the older installment is not touched").isZero();
        ProcessInstance process = dunned.process();
        assertThat(process).isActive().hasPassed("Task_RecordPartialPayment");

        // money without a slip (the counter) follows the statutory order: the oldest first
        mvc().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/cases/{caseId}/payments", dunned.caseId()).param("amount", "1000")
                .param("paidOn", "2026-06-25").param("recordId", "CNT" + older.id()).with(member("tanaka", "collectors")))
                .andExpect(status().isOk());
        assertThat(bills.require(older.id()).dunningFeePaid()).isEqualTo(100);
        assertThat(bills.require(older.id()).principalPaid()).isEqualTo(900);
    }

    static byte[] cvsFile(String type, byte[]... data) {
        List<byte[]> records = new ArrayList<>();
        records.add(cvsHeader(type, "20260602"));
        long amount = 0;
        for (byte[] d : data) {
            records.add(d);
            amount += Long.parseLong(new String(d, 64, 10, StandardCharsets.US_ASCII));
        }
        records.add(cvsTrailer(data.length, amount));
        records.add(cvsEnd());
        return file(records);
    }
}
