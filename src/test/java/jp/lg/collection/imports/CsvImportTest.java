package jp.lg.collection.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.lg.collection.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Files from the assessment systems: all-or-nothing, idempotent, UTF-8 or Shift_JIS, errors by line and field. */
class CsvImportTest extends ProcessTestSupport {

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
