package jp.lg.collection.delinquency.seizure;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static jp.lg.collection.documents.NoticeFixtures.assertSnapshotPrintsTheSame;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static jp.lg.collection.documents.NoticeFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.PdfText;
import org.junit.jupiter.api.Test;

/** The seizure's papers as printed: the 差押調書 for the taxpayer, the 債権差押通知書 for the third-party debtor. */
class SeizureNoticesTest {

    static final Addressee BANK = new Addressee(null, "3600037", "埼玉県熊谷市筑波二丁目1番地",
            "株式会社埼玉りそな銀行 熊谷支店");

    final SeizureRecord record = new SeizureRecord();
    final SeizureNotice notice = new SeizureNotice();

    @Test
    void seizureRecord() {
        byte[] pdf = record.render(new SeizureRecord.Content(TARO, "D2026-000001", LocalDate.of(2026, 7, 15),
                "預金債権", "埼玉りそな銀行 熊谷支店 普通預金 口座番号1234567", "株式会社埼玉りそな銀行", 320_000, "収納 次郎",
                lines()), CITY);
        keep(pdf, "seizure-record");
        String text = PdfText.of(pdf);
        assertThat(text).contains("差　押　調　書").contains("令和8年7月15日").contains("熊谷 太郎")
                .contains("株式会社埼玉りそな銀行").contains("320,000円").contains("徴税吏員　収納 次郎");
        assertThat(PdfText.joined(pdf)).contains("国税徴収法第54条の規定により、差押調書を作成する");
    }

    @Test
    void seizureNoticeGoesToTheThirdPartyDebtor() {
        byte[] pdf = notice.render(new SeizureNotice.Content(BANK, TARO, "D2026-000001",
                LocalDate.of(2026, 7, 15), "滞納者が貴行に対して有する普通預金の払戻請求権", 320_000,
                LocalDate.of(2026, 7, 25), lines()), CITY);
        keep(pdf, "seizure-notice");
        String text = PdfText.of(pdf);
        assertThat(text).contains("株式会社埼玉りそな銀行 熊谷支店　御中").contains("債　権　差　押　通　知　書")
                .contains("令和8年7月25日").contains("320,000円").contains("熊谷 太郎");
        assertThat(PdfText.joined(pdf)).contains("国税徴収法第62条第1項").contains("滞納者への弁済は禁止されます");
    }

    @Test
    void aLongSeizedClaimWrapsInsteadOfShrinking() {
        Addressee bank = new Addressee(null, null, null, "株式会社熊谷銀行");
        String claim = "滞納者が貴社に対して有する預金(熊谷銀行 本店 普通 1234567)の払戻請求権及び差押え後の利息の支払請求権のうち、"
                + "滞納金額に満つるまでの金額";
        byte[] pdf = notice.render(new SeizureNotice.Content(bank, TARO, "D2026-000001",
                LocalDate.of(2026, 6, 20), claim, 1_303_500, LocalDate.of(2026, 6, 27), lines()), CITY);
        keep(pdf, "seizure-notice-long");
        assertThat(PdfText.joined(pdf)).contains(claim.replace(" ", "")).contains("1,303,500円")
                .contains("令和8年6月27日");
    }

    @Test
    void theSnapshotsGoThereAndBackAndPrintTheSame() {
        assertSnapshotPrintsTheSame(record, new SeizureRecord.Content(TARO, "D2026-000001", LocalDate.of(2026, 7, 15),
                "預金債権", "埼玉りそな銀行 熊谷支店 普通預金 口座番号1234567", null, 320_000, "収納 次郎", lines()));
        assertSnapshotPrintsTheSame(notice, new SeizureNotice.Content(BANK, TARO, "D2026-000001",
                LocalDate.of(2026, 7, 15), "普通預金の払戻請求権", 320_000, LocalDate.of(2026, 7, 22), lines()));
    }
}
