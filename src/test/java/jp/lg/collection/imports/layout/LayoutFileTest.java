package jp.lg.collection.imports.layout;

import static jp.lg.collection.imports.PaymentFiles.barcode;
import static jp.lg.collection.imports.PaymentFiles.cvsData;
import static jp.lg.collection.imports.PaymentFiles.cvsEnd;
import static jp.lg.collection.imports.PaymentFiles.cvsHeader;
import static jp.lg.collection.imports.PaymentFiles.cvsTrailer;
import static jp.lg.collection.imports.PaymentFiles.file;
import static jp.lg.collection.imports.PaymentFiles.unseparated;
import static jp.lg.collection.imports.PaymentFiles.zenginData;
import static jp.lg.collection.imports.PaymentFiles.zenginEnd;
import static jp.lg.collection.imports.PaymentFiles.zenginHeader;
import static jp.lg.collection.imports.PaymentFiles.zenginTrailer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.lg.collection.bill.TaxItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped layouts read files built from their documentation (Shift_JIS / JIS8 bytes): what a valid file
 * gives, and each broken file's problems by record and field.
 */
class LayoutFileTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 2);

    @TempDir
    Path dir;

    static PaymentLayout shipped(String id) throws IOException {
        try (InputStream in = LayoutFileTest.class.getResourceAsStream("/payment-layouts/" + id + ".yaml")) {
            return PaymentLayouts.read(in, id);
        }
    }

    record Read(List<PaymentLine> lines, List<String> problems) {
    }

    Read read(PaymentLayout layout, byte[] bytes) throws IOException {
        Path spool = Files.write(dir.resolve("f" + System.nanoTime()), bytes);
        List<String> problems = new ArrayList<>();
        List<PaymentLine> lines = LayoutFile.readAll(layout, spool, TODAY, problems);
        return new Read(lines, problems);
    }

    static List<byte[]> zengin(byte[]... data) {
        List<byte[]> records = new ArrayList<>();
        records.add(zenginHeader("0601"));
        records.addAll(Arrays.asList(data));
        return records;
    }

    @Test
    void aZenginResultFileGivesEachDebitWithItsResultAndTheHalfWidthKanaNameDecoded() throws IOException {
        List<byte[]> records = zengin(
                zenginData(2026, "01", 1, "123456789", 58_000, "0", "ﾀﾅｶ ﾀﾛｳ"),
                zenginData(2026, "02", 3, "987", 12_300, "1", "ｶﾞｯｺｳﾎｳｼﾞﾝ ﾊﾟﾝﾀﾞ"));
        records.add(zenginTrailer(2, 70_300, 1, 58_000, 1, 12_300));
        records.add(zenginEnd());

        Read r = read(shipped("zengin-debit-result"), file(records));

        assertThat(r.problems()).isEmpty();
        assertThat(r.lines()).hasSize(2);
        PaymentLine paid = r.lines().get(0);
        assertThat(paid.lineNo()).isEqualTo(2);
        assertThat(paid.recordId()).isEqualTo("Z0601" + "2026" + "01" + "01" + "000123456789");
        assertThat(paid.fiscalYear()).isEqualTo(2026);
        assertThat(paid.taxItem()).isEqualTo(TaxItem.RESIDENT);
        assertThat(paid.installmentNo()).isEqualTo(1);
        assertThat(paid.noticeNo()).as("right-aligned, zero-filled").isEqualTo("123456789");
        assertThat(paid.paidOn()).as("the header's 引落日 MMDD, this year").isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(paid.amount()).isEqualTo(58_000);
        assertThat(paid.money()).isTrue();
        assertThat(paid.payerName()).as("JIS8 半角カナ, made full-width").isEqualTo("タナカ タロウ");
        PaymentLine failed = r.lines().get(1);
        assertThat(failed.money()).isFalse();
        assertThat(failed.resultCode()).isEqualTo("1");
        assertThat(failed.payerName()).as("濁点・半濁点 joined").isEqualTo("ガッコウホウジン パンダ");
        assertThat(failed.taxItem()).isEqualTo(TaxItem.ofCode("02"));
    }

    @Test
    void recordsBackToBackWithoutLineBreaksReadTheSame() throws IOException {
        List<byte[]> records = zengin(zenginData(2026, "01", 1, "55", 1_000, "0", "ﾔﾏﾀﾞ ﾊﾅｺ"));
        records.add(zenginTrailer(1, 1_000, 1, 1_000, 0, 0));
        records.add(zenginEnd());

        Read r = read(shipped("zengin-debit-result"), unseparated(records));

        assertThat(r.problems()).isEmpty();
        assertThat(r.lines()).extracting(PaymentLine::payerName).containsExactly("ヤマダ ハナコ");
    }

    @Test
    void aTrailerWhoseCountOrAmountDiffersFromTheDataIsNamedWithItsLine() throws IOException {
        List<byte[]> records = zengin(
                zenginData(2026, "01", 1, "1", 10_000, "0", "ｱ"),
                zenginData(2026, "01", 2, "1", 10_000, "0", "ｲ"));
        records.add(zenginTrailer(3, 20_001, 2, 20_000, 0, 0));
        records.add(zenginEnd());

        Read r = read(shipped("zengin-debit-result"), file(records));

        assertThat(r.problems()).containsExactly(
                "4 合計件数 トレーラレコードの合計件数 3 がデータレコードの件数 2 と一致しません (1行目からのグループ)",
                "4 合計金額 トレーラレコードの合計金額 20001 がデータレコードの金額 20000 と一致しません (1行目からのグループ)");
    }

    @Test
    void theTrailerSplitsDebitedFromNotDebited() throws IOException {
        List<byte[]> records = zengin(
                zenginData(2026, "01", 1, "1", 10_000, "0", "ｱ"),
                zenginData(2026, "01", 2, "1", 5_000, "3", "ｲ"));
        records.add(zenginTrailer(2, 15_000, 2, 15_000, 0, 0));
        records.add(zenginEnd());

        assertThat(read(shipped("zengin-debit-result"), file(records)).problems()).containsExactly(
                "4 振替済件数 トレーラレコードの振替済件数 2 がデータレコードの振替済の件数 1 と一致しません (1行目からのグループ)",
                "4 振替済金額 トレーラレコードの振替済金額 15000 がデータレコードの振替済の金額 10000 と一致しません (1行目からのグループ)",
                "4 振替不能件数 トレーラレコードの振替不能件数 0 がデータレコードの振替不能の件数 1 と一致しません (1行目からのグループ)",
                "4 振替不能金額 トレーラレコードの振替不能金額 0 がデータレコードの振替不能の金額 5000 と一致しません (1行目からのグループ)");
    }

    @Test
    void aShortRecordIsNamedAndAMissingEndRecordToo() throws IOException {
        byte[] data = zenginData(2026, "01", 1, "1", 10_000, "0", "ｱ");
        List<byte[]> records = zengin(Arrays.copyOf(data, 119));
        records.add(zenginTrailer(1, 10_000, 1, 10_000, 0, 0));

        assertThat(read(shipped("zengin-debit-result"), file(records)).problems()).containsExactly(
                "2 line レコード長が 119 バイトです (120 バイトのレコードです)",
                "3 line エンドレコードがありません (ファイルが途中で切れています)");
    }

    @Test
    void aByteThatIsNotJis8AndAWrongResultCodeAreNamedByField() throws IOException {
        byte[] kanji = zenginData(2026, "01", 1, "1", 10_000, "0", "ｱ");
        byte[] name = "田中".getBytes(jp.lg.collection.imports.PaymentFiles.SJIS);
        System.arraycopy(name, 0, kanji, 50, name.length); // 預金者名 starts at byte 51
        byte[] badResult = zenginData(2026, "01", 2, "1", 10_000, "5", "ｲ");
        List<byte[]> records = zengin(kanji, badResult);
        records.add(zenginTrailer(2, 20_000, 1, 10_000, 1, 10_000));
        records.add(zenginEnd());

        assertThat(read(shipped("zengin-debit-result"), file(records)).problems()).containsExactly(
                "2 預金者名 JIS8 (半角英数・半角カナ) にない文字コード 0x93 があります (51バイト目)",
                "3 振替結果コード 0・1・2・3・4・8・9 のいずれかです (5)");
    }

    @Test
    void aDateWithoutItsYearIsTheOneNearestTheImportDay() {
        LocalDate january = LocalDate.of(2027, 1, 6);
        assertThat(LayoutFile.nearest(january, 12, 27)).isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(LayoutFile.nearest(january, 1, 5)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(LayoutFile.nearest(january, 2, 1)).as("up to a month ahead: this year").isEqualTo(LocalDate.of(2027, 2, 1));
    }

    static List<byte[]> cvs(String type, byte[]... data) {
        List<byte[]> records = new ArrayList<>();
        records.add(cvsHeader(type, "20260602"));
        records.addAll(Arrays.asList(data));
        return records;
    }

    @Test
    void aCvsReportReadsTheSlipFromItsBarcode() throws IOException {
        String code = barcode(2026, "03", 1, "4455", "0", "260531", 10_800);
        assertThat(code).hasSize(44).startsWith("91");
        List<byte[]> records = cvs("01", cvsData("20260601", code, 10_800));
        records.add(cvsTrailer(1, 10_800));
        records.add(cvsEnd());

        Read r = read(shipped("cvs-preliminary"), file(records));

        assertThat(r.problems()).isEmpty();
        PaymentLine line = r.lines().get(0);
        assertThat(line.recordId()).hasSize(30).isEqualTo("C" + "20260601" + "2026" + "03" + "01" + "000000004455" + "0");
        assertThat(line.taxItem()).isEqualTo(TaxItem.ofCode("03"));
        assertThat(line.noticeNo()).isEqualTo("4455");
        assertThat(line.installmentNo()).isEqualTo(1);
        assertThat(line.amount()).isEqualTo(10_800);
        assertThat(line.paidOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(line.dueDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(line.money()).isTrue();
    }

    @Test
    void aBarcodeWithAWrongCheckDigitIsNamedAndSoIsAnAmountOtherThanTheBarcodes() throws IOException {
        String code = barcode(2026, "01", 1, "1", "0", "260531", 5_000);
        String wrong = code.substring(0, 43) + (char) ('0' + (code.charAt(43) - '0' + 1) % 10);
        List<byte[]> records = cvs("01", cvsData("20260601", wrong, 5_000),
                cvsData("20260601", barcode(2026, "01", 2, "1", "0", "260531", 5_000), 5_500));
        records.add(cvsTrailer(2, 10_500));
        records.add(cvsEnd());

        List<String> problems = read(shipped("cvs-preliminary"), file(records)).problems();

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("2 バーコード バーコードのチェックデジットが正しくありません");
        assertThat(problems.get(1)).isEqualTo("3 収納金額 金額 5500 円がバーコードの金額 5000 円と一致しません");
    }

    @Test
    void aFinalReportSentAsAPreliminaryOneIsRefusedByItsHeader() throws IOException {
        List<byte[]> records = cvs("02", cvsData("20260601", barcode(2026, "01", 1, "1", "0", "260531", 5_000), 5_000));
        records.add(cvsTrailer(1, 5_000));
        records.add(cvsEnd());

        assertThat(read(shipped("cvs-preliminary"), file(records)).problems())
                .containsExactly("1 データ種別 「01」であるべき項目が「02」です");
    }

    @Test
    void theCheckDigitIsModulus10WithWeights3And1FromTheRight() {
        // 43 digits of ones: 22 digits weighted 3 (odd from the right) and 21 weighted 1 → 66 + 21 = 87 → 3
        assertThat(Gs1PaymentBarcode.checkDigit("1".repeat(43))).isEqualTo(3);
        assertThat(Gs1PaymentBarcode.problem(Gs1PaymentBarcode.withCheckDigit("91" + "0".repeat(41)))).isNull();
        assertThat(Gs1PaymentBarcode.problem("92" + "0".repeat(42))).contains("AI(91)");
    }

    @Test
    void aLayoutFileWithAMistakeIsRefusedNamingTheField() {
        String yaml = """
                id: broken
                name: 壊れたレイアウト
                kind: PAYMENT
                channel: BANK
                format: FIXED
                encoding: Shift_JIS
                recordLength: 20
                recordKey: [番号]
                data:
                  fields:
                    - {name: 番号, start: 1, length: 10, type: DIGITS}
                    - {name: 金額, start: 8, length: 10, type: YEN, role: AMOUNT}
                    - {name: 日付, start: 18, length: 4, type: DATE, format: yyyyMMdd, role: PAID_ON}
                """;
        assertThatThrownBy(() -> PaymentLayouts.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "broken.yaml")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("data.金額: 他の項目と位置が重なっています")
                .hasMessageContaining("data.日付: 位置 (start, length) が 1〜20 の範囲にありません")
                .hasMessageContaining("data: FISCAL_YEAR の項目がありません");
    }
}
