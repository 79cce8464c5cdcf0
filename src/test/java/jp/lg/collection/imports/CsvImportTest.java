package jp.lg.collection.imports;

import static jp.lg.collection.TestUsers.member;
import static jp.lg.collection.TestUsers.withCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.lg.collection.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/** Files from the assessment systems: all-or-nothing, idempotent, UTF-8 or Shift_JIS, errors by line and field. */
@AutoConfigureMockMvc
class CsvImportTest extends ProcessTestSupport {

    static final UserRequestPostProcessor SATO = member("sato", "managers");

    @Autowired
    MockMvc mvc;
    @Autowired
    CsvImporter importer;
    @Autowired
    TaxpayerImport taxpayerImport;
    @Autowired
    BillImport billImport;

    static final String TAXPAYER_HEADER = "宛名番号,個人番号,漢字氏名,カナ氏名,生年月日,性別,郵便番号,住所,方書,電話番号,地区コード,担当者\r\n";
    static final String BILL_HEADER = "宛名番号,賦課年度,調定年度,税目コード,通知書番号,期別,本税,納期限,法定納期限\r\n";

    ImportRun run(ImportKind<?> kind, String csv, Charset charset) throws Exception {
        return importer.run(kind, new ByteArrayInputStream(csv.getBytes(charset)), "test.csv", null, "test");
    }

    /** POST /api/imports/taxpayers as that user: the run as the API answers it (never a 500). */
    ImportRun upload(String csv, UserRequestPostProcessor user) throws Exception {
        String json = mvc.perform(multipart("/api/imports/taxpayers").file(new MockMultipartFile("file", "atena.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().readValue(json, ImportRun.class);
    }

    /** The run's error report as its CSV lists it: 行,項目,内容 without the header. */
    String report(long id, UserRequestPostProcessor user) throws Exception {
        byte[] body = mvc.perform(get("/api/imports/{id}/errors.csv", id).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        return csv.substring(csv.indexOf("\r\n") + 2);
    }

    static String line(String addresseeNo, String myNumber, String suffix) {
        return addresseeNo + "," + myNumber + ",青木 花子,アオキ ハナコ,1970-01-02,2,360-0041,埼玉県熊谷市宮町二丁目1番地," + suffix
                + ",,01,\r\n";
    }

    /** A valid 個人番号 no other test uses. */
    static String freshMyNumber() {
        return withCheckDigit("8" + String.format("%010d", System.nanoTime() % 10_000_000_000L));
    }

    /**
     * An unterminated quote makes the rest of the file one field: the run ends FAILED naming the line where the
     * quote opens (not a 500, not RUNNING for ever); sending the same bytes again runs it again.
     */
    @Test
    void anUnterminatedQuoteFailsTheRunNamingTheLineAndAResendRunsItAgain() throws Exception {
        String csv = TAXPAYER_HEADER + line("720000001", "", "") + "720000002,,\"赤井 太郎,アカイ タロウ,,1,,熊谷市,,,01,\r\n"
                + line("720000003", "", "");
        ImportRun failed = upload(csv, SATO);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.finishedAt()).isNotNull();
        assertThat(report(failed.id(), SATO)).startsWith("\"3\",\"line\",\"CSVとして読めません: 引用符（\"\"）が閉じられていない");
        assertThat(taxpayers.exists("720000001")).as("nothing written").isFalse();

        ImportRun again = upload(csv, member("admin", "admins"));
        assertThat(again.id()).isEqualTo(failed.id());
        assertThat(again.runBy()).as("run again, not the stale run returned").isEqualTo("admin");
        assertThat(again.status()).isEqualTo("FAILED");
        assertThat(importer.errors(again.id())).hasSize(1);
    }

    /** A My Number on two lines fails the run naming the second line — without repeating the number. */
    @Test
    void aMyNumberTwiceInTheFileFailsTheRunNamingTheLine() throws Exception {
        String number = freshMyNumber();
        ImportRun run = upload(TAXPAYER_HEADER + line("730000001", number, "") + line("730000002", "", "")
                + line("730000003", number, ""), SATO);
        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(report(run.id(), SATO)).isEqualTo("\"4\",\"個人番号\",\"2行目と同じ個人番号です\"\r\n")
                .doesNotContain(number);
        assertThat(taxpayers.exists("730000001")).isFalse();
    }

    /** A My Number another addressee holds fails the run; once the stored side is put right, a resend completes it. */
    @Test
    void aMyNumberHeldByAnotherAddresseeFailsUntilResolvedThenTheSameFileCompletes() throws Exception {
        String number = freshMyNumber();
        assertThat(upload(TAXPAYER_HEADER + line("740000001", number, ""), SATO).status()).isEqualTo("DONE");
        String csv = TAXPAYER_HEADER + line("740000002", "", "") + line("740000003", number, "");
        ImportRun failed = upload(csv, SATO);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(report(failed.id(), SATO)).isEqualTo("\"3\",\"個人番号\",\"宛名番号 740000001 に同じ個人番号が登録されています\"\r\n");

        jdbc.sql("UPDATE taxpayer SET my_number_cipher = NULL, my_number_digest = NULL WHERE addressee_no = '740000001'")
                .update();
        ImportRun done = upload(csv, SATO);
        assertThat(done.id()).isEqualTo(failed.id());
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.recordsWritten()).isEqualTo(2);
        assertThat(importer.errors(done.id())).isEmpty();
    }

    /** The database refusing a write ends the run FAILED naming the lines of the refused chunk; nothing stays. */
    @Test
    void aWriteTheDatabaseRefusesFailsTheRunNamingItsLines() throws Exception {
        ImportKind<String> refusing = new ImportKind<>() {
            public String kind() {
                return "TEST_REFUSING";
            }

            public java.util.List<String> header() {
                return java.util.List.of("値");
            }

            public String parse(org.apache.commons.csv.CSVRecord record, Problems problems) {
                return record.get(0);
            }

            public boolean write(String row, String by) {
                throw new org.springframework.dao.DataIntegrityViolationException("refused: " + row);
            }
        };
        ImportRun run = run(refusing, "値\r\na\r\nb\r\n", StandardCharsets.UTF_8);
        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(run.linesTotal()).isEqualTo(2);
        assertThat(importer.errors(run.id())).singleElement().satisfies(e -> {
            assertThat(e[0]).isEqualTo("2");
            assertThat(e[2]).startsWith("2〜3行目をデータベースに書き込めませんでした (DataIntegrityViolationException)");
        });
    }

    /** A 100 000-character field (and one longer than its column) is refused by field, never a 500. */
    @Test
    void oversizedFieldsAreRefusedByField() throws Exception {
        ImportRun run = upload(TAXPAYER_HEADER + line("750000001", "", "方".repeat(100_000))
                + "750000002,,青木 一郎,アオキ イチロウ,,1,,熊谷市,,0485" + "1".repeat(30) + ",01,\r\n", SATO);
        assertThat(run.status()).isEqualTo("REJECTED");
        assertThat(importer.errors(run.id())).extracting(e -> e[0] + " " + e[1] + " " + e[2])
                .containsExactly("2 方書 1000文字を超えています (100000文字)", "3 電話番号 20文字以内です");
    }

    /** The manager who ran an import reads its error report; another manager does not, exporters do. */
    @Test
    void theManagerWhoRanAnImportReadsItsErrorReport() throws Exception {
        ImportRun run = upload(TAXPAYER_HEADER + "760000001,,青木 一郎,aoki,,1,,熊谷市,,,01,\r\n", SATO);
        assertThat(run.status()).isEqualTo("REJECTED");
        assertThat(report(run.id(), SATO)).isEqualTo("\"2\",\"カナ氏名\",\"全角カタカナで入力してください\"\r\n");
        mvc.perform(get("/api/imports/{id}/errors.csv", run.id()).with(member("suzuki-manager", "managers")))
                .andExpect(status().isForbidden());
        report(run.id(), member("kimura", "exporters"));
        mvc.perform(get("/api/imports/{id}/errors.csv", run.id()).with(member("tanaka", "collectors")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aUtf8FileWithBomIsImportedOnceAndASecondTimeChangesNothing() throws Exception {
        String csv = "\uFEFF" + TAXPAYER_HEADER
                + "700000001,123456789018,青木 一郎,アオキ イチロウ,1970-01-02,1,360-0041,埼玉県熊谷市宮町二丁目1番地,,048-000-0001,01,tanaka\r\n"
                + "700000002,,青木 二郎,アオキ ジロウ,19720304,1,,埼玉県熊谷市宮町二丁目2番地,101号,,01,\r\n";
        ImportRun first = run(taxpayerImport, csv, StandardCharsets.UTF_8);
        assertThat(first.status()).isEqualTo("DONE");
        assertThat(first.charset()).isEqualTo("UTF-8");
        assertThat(first.recordsWritten()).isEqualTo(2);
        assertThat(taxpayers.require("700000001").myNumberRegistered()).isTrue();
        assertThat(taxpayers.require("700000002").birthDate()).isEqualTo(LocalDate.of(1972, 3, 4));

        ImportRun again = run(taxpayerImport, csv, StandardCharsets.UTF_8);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM taxpayer WHERE addressee_no LIKE '70000000%'").query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aShiftJisFileIsDetectedAndItsBillsAreAdded() throws Exception {
        String addressee = newTaxpayer("tanaka");
        String csv = BILL_HEADER + addressee + ",2026,2026,01,SJ" + addressee + ",1,58000,2026-06-30,2026-06-30\r\n"
                + addressee + ",2026,2026,01,SJ" + addressee + ",2,57000,20260831,20260831\r\n";
        ImportRun run = run(billImport, csv, Charset.forName("Windows-31J"));
        assertThat(run.status()).isEqualTo("DONE");
        assertThat(run.charset()).isEqualTo("windows-31j");
        assertThat(jdbc.sql("SELECT SUM(principal) FROM tax_bill WHERE addressee_no = ?").param(addressee)
                .query(Long.class).single()).isEqualTo(115_000);
    }

    @Test
    void aFileWithBadLinesIsRejectedWholeWithEachLineAndFieldNamed() throws Exception {
        String addressee = newTaxpayer("tanaka");
        String csv = BILL_HEADER
                + addressee + ",2026,2026,01,BAD" + addressee + ",1,58000,2026-06-30,2026-06-30\r\n"
                + addressee + ",2026,2026,01,BAD" + addressee + ",2,12.5,2026-08-31,2026-08-31\r\n"
                + "799999999,2026,2026,01,BAD" + addressee + ",3,1000,2026-10-31,2026-10-31\r\n"
                + addressee + ",2026,2026,09,BAD" + addressee + ",4,1000,2026-13-31,2026-10-31\r\n"
                + addressee + ",2026\r\n";
        ImportRun run = run(billImport, csv, StandardCharsets.UTF_8);
        assertThat(run.status()).isEqualTo("REJECTED");
        assertThat(importer.errors(run.id())).extracting(e -> e[0] + " " + e[1]).containsExactly(
                "3 本税", "4 宛名番号", "5 税目コード", "5 納期限", "6 line");
        assertThat(importer.errors(run.id()).get(0)[2]).contains("12.5");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tax_bill WHERE addressee_no = ?").param(addressee)
                .query(Long.class).single()).as("nothing half-written").isZero();
    }

    @Test
    void aWrongHeaderIsRefusedAtLineOne() throws Exception {
        ImportRun run = run(billImport, "a,b,c\r\n1,2,3\r\n", StandardCharsets.UTF_8);
        assertThat(run.status()).isEqualTo("REJECTED");
        assertThat(importer.errors(run.id()).get(0)).containsExactly("1", "header",
                "見出し行が違います。期待: " + String.join(",", BillImport.HEADER));
    }

    @Test
    void myNumberErrorsNeverRepeatTheNumber() throws Exception {
        String csv = TAXPAYER_HEADER + "700000009,123456789012,赤井 太郎,アカイ タロウ,,1,,熊谷市,,,01,\r\n";
        ImportRun run = run(taxpayerImport, csv, StandardCharsets.UTF_8);
        assertThat(run.status()).isEqualTo("REJECTED");
        assertThat(importer.errors(run.id())).singleElement().satisfies(e -> {
            assertThat(e[1]).isEqualTo("個人番号");
            assertThat(e[2]).doesNotContain("123456789012");
        });
    }

    @Test
    void aLargeFileStreamsAndReportsProgress() throws Exception {
        StringBuilder csv = new StringBuilder(TAXPAYER_HEADER);
        for (int i = 0; i < 2_500; i++) {
            csv.append("71").append("%07d".formatted(i)).append(",,大量 ").append(i).append(",タイリョウ,,9,,熊谷市,,,02,\r\n");
        }
        ImportRun run = run(taxpayerImport, csv.toString(), StandardCharsets.UTF_8);
        assertThat(run.status()).isEqualTo("DONE");
        assertThat(run.linesTotal()).isEqualTo(2_500);
        assertThat(run.linesDone()).isEqualTo(2_500);
        assertThat(run.recordsWritten()).isEqualTo(2_500);
    }
}
