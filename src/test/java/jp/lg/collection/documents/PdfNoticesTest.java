package jp.lg.collection.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.PdfNotices.Share;
import jp.lg.collection.documents.PdfNotices.SuspensionGround;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** Every notice, rendered and read back with PDFTextStripper: 和暦 dates, yen with separators, names, the law. */
class PdfNoticesTest {

    static final CityProperties CITY = new CityProperties("熊谷市", "市民部収納課", "熊谷市長 熊谷 一郎", "360-8601",
            "埼玉県熊谷市宮町二丁目47番地1", "048-524-1111");
    static final Addressee TARO = new Addressee("900000001", "3600041", "埼玉県熊谷市宮町一丁目1番地 熊谷ハイツ101",
            "熊谷 太郎");
    static final LocalDate ISSUED = LocalDate.of(2026, 6, 10);

    final PdfNotices notices = new PdfNotices(CITY);

    static List<NoticeLine> lines() {
        return List.of(
                new NoticeLine(2026, "市民税・県民税(普通徴収)", 1, "R8-0012345", LocalDate.of(2026, 5, 31), 58_000, 100, 0L),
                new NoticeLine(2025, "固定資産税・都市計画税", 4, "R7-0099887", LocalDate.of(2026, 3, 2), 1_234_500, 100,
                        7_800L),
                new NoticeLine(2026, "軽自動車税(種別割)", 1, "R8-0000007", LocalDate.of(2026, 6, 1), 10_800, 0, null));
    }

    @Test
    void dunningNoticeCarriesTheStatutoryTextDatesAndAmounts() throws IOException {
        byte[] pdf = notices.dunning(new PdfNotices.Dunning(TARO, "D2026-000001", ISSUED, lines()));
        keep(pdf, "dunning");
        String text = PdfText.of(pdf);
        String joined = PdfText.joined(pdf);
        assertThat(text).contains("令和8年6月10日").contains("熊谷市長 熊谷 一郎").contains("〒360-0041")
                .contains("熊谷 太郎　様").contains("宛名番号 900000001").contains("案件番号 D2026-000001")
                .contains("督　促　状");
        assertThat(joined).contains(PdfNotices.DUNNING_WARNING)
                // three taxes on one notice: each cites its own article (CollectionArticles)
                .contains("地方税法第329条第1項、第371条第1項及び第463条の25第1項の規定により督促します")
                .contains("延滞金は、納期限の翌日から納付の日までの期間の日数に応じ、地方税法第326条第1項、第369条第1項及び"
                        + "第463条の24第1項")
                .contains("審査請求");
        // the installments: 年度, 税目, 期別, 通知書番号, 納期限 in 和暦, amounts with separators
        assertThat(text).contains("令和8年度").contains("令和7年度").contains("市民税・県民税(普通徴収)")
                .contains("第4期").contains("R7-0099887").contains("令和8年3月2日").contains("1,234,500")
                .contains("7,800").contains("納付日に計算");
        // totals: 58,000 + 1,234,500 + 10,800 principal, fees 200 → 1,303,500
        assertThat(text).contains("1,303,300").contains("1,303,500円").contains("延滞金(令和8年6月10日現在)　7,800円");
        assertThat(text).contains("お問い合わせ先　熊谷市 市民部収納課 電話 048-524-1111");
        assertThat(PdfText.pages(pdf)).isEqualTo(1);
        // the font is embedded as a subset, so a notice stays small
        assertThat(pdf.length).isLessThan(200_000);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("IPAexGothic").matches("[A-Z]{6}\\+.*");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("督促状");
        }
    }

    @Test
    void reminderLetterNamesItsDesignatedDeadline() {
        byte[] pdf = notices.reminder(new PdfNotices.Reminder(TARO, "D2026-000001", LocalDate.of(2026, 6, 20), 2,
                LocalDate.of(2026, 6, 30), lines()));
        keep(pdf, "reminder");
        String text = PdfText.of(pdf);
        assertThat(text).contains("催　告　書").contains("(第2回)").contains("指定納付期限　令和8年6月30日")
                .contains("令和8年6月20日").contains("熊谷 太郎　様");
        assertThat(PdfText.joined(pdf))
                .contains("指定納付期限までに納付がないときは、地方税法第331条第1項、第373条第1項及び第463条の27第1項の規定により");
    }

    @Test
    void seizureRecord() {
        byte[] pdf = notices.seizureRecord(new PdfNotices.SeizureRecord(TARO, "D2026-000001", LocalDate.of(2026, 7, 15),
                "預金債権", "埼玉りそな銀行 熊谷支店 普通預金 口座番号1234567", "株式会社埼玉りそな銀行", 320_000, "収納 次郎",
                lines()));
        keep(pdf, "seizure-record");
        String text = PdfText.of(pdf);
        assertThat(text).contains("差　押　調　書").contains("令和8年7月15日").contains("熊谷 太郎")
                .contains("株式会社埼玉りそな銀行").contains("320,000円").contains("徴税吏員　収納 次郎");
        assertThat(PdfText.joined(pdf)).contains("国税徴収法第54条の規定により、差押調書を作成する");
    }

    @Test
    void seizureNoticeGoesToTheThirdPartyDebtor() {
        Addressee bank = new Addressee(null, "3600037", "埼玉県熊谷市筑波二丁目1番地", "株式会社埼玉りそな銀行 熊谷支店");
        byte[] pdf = notices.seizureNotice(new PdfNotices.SeizureNotice(bank, TARO, "D2026-000001",
                LocalDate.of(2026, 7, 15), "滞納者が貴行に対して有する普通預金の払戻請求権", 320_000,
                LocalDate.of(2026, 7, 25), lines()));
        keep(pdf, "seizure-notice");
        String text = PdfText.of(pdf);
        assertThat(text).contains("株式会社埼玉りそな銀行 熊谷支店　御中").contains("債　権　差　押　通　知　書")
                .contains("令和8年7月25日").contains("320,000円").contains("熊谷 太郎");
        assertThat(PdfText.joined(pdf)).contains("国税徴収法第62条第1項").contains("滞納者への弁済は禁止されます");
    }

    @Test
    void suspensionNotice() {
        byte[] pdf = notices.suspensionNotice(new PdfNotices.SuspensionNotice(TARO, "D2026-000001",
                LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 7), SuspensionGround.HARDSHIP, lines()));
        keep(pdf, "suspension");
        String joined = PdfText.joined(pdf);
        assertThat(joined).contains("滞納処分の執行停止通知書").contains("地方税法第15条の7第1項第2号の規定により")
                .contains("令和9年1月7日").contains("生活を著しく窮迫させるおそれがあるとき")
                .contains("執行の停止が3年間継続したときは");
    }

    @Test
    void distributionStatementTotalsAndRemainder() {
        byte[] pdf = notices.distributionStatement(new PdfNotices.DistributionStatement(TARO, "D2026-000001",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 9), "普通乗用自動車 熊谷 300 あ 12-34", 1_500_000,
                List.of(new Share(1, "熊谷市", "市税(滞納処分費を含む)", 1_303_500, 1_303_500),
                        new Share(2, "株式会社ABCファイナンス", "質権", 400_000, 150_000))));
        keep(pdf, "distribution");
        String text = PdfText.of(pdf);
        assertThat(text).contains("配　当　計　算　書").contains("1,500,000円").contains("令和8年9月9日")
                .contains("1,303,500").contains("150,000").contains("46,500").contains("1,703,500");
        assertThat(PdfText.joined(pdf)).contains("国税徴収法第131条").contains("国税徴収法第133条");
        assertThatThrownBy(() -> new PdfNotices.DistributionStatement(TARO, null, ISSUED, ISSUED, "x", 100,
                List.of(new Share(1, "熊谷市", "市税", 500, 200)))).hasMessageStartingWith("shares:");
    }

    @Test
    void immediateExtinctionIsStatedInsteadOfTheThreeYears() {
        byte[] pdf = notices.suspensionNotice(new PdfNotices.SuspensionNotice(TARO, "D2026-000001",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), SuspensionGround.NO_PROPERTY, true, lines()));
        String joined = PdfText.joined(pdf);
        assertThat(joined).contains("地方税法第15条の7第1項第1号の規定により").contains("令和8年7月1日")
                .contains("地方税法第15条の7第5項の規定により、これを納付する義務を直ちに消滅させます")
                .doesNotContain("執行の停止が3年間継続したときは");
        assertThatThrownBy(() -> new PdfNotices.SuspensionNotice(TARO, null, ISSUED, ISSUED, SuspensionGround.HARDSHIP,
                true, lines())).hasMessageStartingWith("immediateExtinction:");
        assertThat(PdfNotices.SuspensionNotice.groundOfItem(3)).isEqualTo(SuspensionGround.WHEREABOUTS_UNKNOWN);
    }

    @Test
    void aLongSeizedClaimWrapsInsteadOfShrinking() {
        Addressee bank = new Addressee(null, null, null, "株式会社熊谷銀行");
        String claim = "滞納者が貴社に対して有する預金(熊谷銀行 本店 普通 1234567)の払戻請求権及び差押え後の利息の支払請求権のうち、"
                + "滞納金額に満つるまでの金額";
        byte[] pdf = notices.seizureNotice(new PdfNotices.SeizureNotice(bank, TARO, "D2026-000001",
                LocalDate.of(2026, 6, 20), claim, 1_303_500, LocalDate.of(2026, 6, 27), lines()));
        keep(pdf, "seizure-notice-long");
        assertThat(PdfText.joined(pdf)).contains(claim.replace(" ", "")).contains("1,303,500円")
                .contains("令和8年6月27日");
    }

    @Test
    void auctionNoticeCarriesTheItemsOfArticle95() {
        byte[] pdf = notices.auctionNotice(new PdfNotices.AuctionNotice("D2026-000001", LocalDate.of(2026, 7, 1), 2,
                "不動産", "熊谷市宮町二丁目47番1 宅地 165.29㎡", 2_345_000, LocalDate.of(2026, 7, 11), null, 234_500,
                LocalDate.of(2026, 7, 17), LocalDate.of(2026, 7, 17)));
        keep(pdf, "auction-notice");
        String text = PdfText.of(pdf);
        assertThat(text).contains("公　売　公　告").contains("(第2回)").contains("令和8年7月1日")
                .contains("熊谷市宮町二丁目47番1 宅地 165.29㎡").contains("2,345,000円").contains("令和8年7月11日")
                .contains("熊谷市役所 (埼玉県熊谷市宮町二丁目47番地1)").contains("234,500円").contains("令和8年7月17日")
                .contains("熊谷市長 熊谷 一郎").doesNotContain("熊谷 太郎");
        assertThat(PdfText.joined(pdf)).contains("国税徴収法第95条第1項の規定により").contains("国税徴収法第100条")
                .contains("国税徴収法第92条");
        assertThatThrownBy(() -> new PdfNotices.AuctionNotice(null, ISSUED, 1, null, "x", 1, ISSUED, null, 0, ISSUED,
                ISSUED)).hasMessageStartingWith("auctionDay:");
    }

    @Test
    void writeOffResolutionSplitsEachInstallmentAndNamesTheArticle() {
        NoticeLine a = new NoticeLine(2026, "市民税・県民税(普通徴収)", 1, "R8-0012345", LocalDate.of(2026, 5, 31),
                580_000, 100, 1_300L);
        NoticeLine b = new NoticeLine(2020, "固定資産税・都市計画税", 2, "R2-0000002", LocalDate.of(2020, 7, 31), 58_000,
                0, 12_000L);
        byte[] pdf = notices.writeOffResolution(new PdfNotices.WriteOffResolution(TARO, "D2026-000001",
                LocalDate.of(2026, 7, 10), "suzuki", List.of(
                        new PdfNotices.WriteOffLine(a, LocalDate.of(2026, 7, 1), "執行停止・即時消滅", "地方税法15条の7第5項",
                                1_300),
                        new PdfNotices.WriteOffLine(b, LocalDate.of(2025, 8, 1), "時効", "地方税法18条1項", 12_000))));
        keep(pdf, "write-off");
        String text = PdfText.of(pdf);
        assertThat(text).contains("不　納　欠　損　処　分　決　議　書").contains("令和8年7月10日").contains("熊谷 太郎")
                .contains("580,000").contains("1,300").contains("58,000").contains("12,000").contains("638,000")
                .contains("13,300").contains("不納欠損額　651,400円").contains("令和2年度").contains("令和7年8月1日")
                .contains("決裁　suzuki");
        assertThat(PdfText.joined(pdf)).contains("執行停止・即時消滅(地方税法15条の7第5項)").contains("時効(地方税法18条1項)")
                .contains("不納欠損として処分することを決議する");
        assertThatThrownBy(() -> new PdfNotices.WriteOffResolution(TARO, null, ISSUED, "suzuki", List.of()))
                .hasMessageStartingWith("lines:");
    }

    @Test
    void subcontractApprovalLetterIsAddressedToTheContractor() {
        byte[] pdf = notices.subcontractApproval(new PdfNotices.SubcontractApproval("SC2026-000001",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 20), "株式会社 熊谷情報サービス", "株式会社 北関東データ入力",
                "課税資料のデータ入力", "宛名番号、氏名、住所、個人番号、課税標準額", 8_170, true,
                "埼玉県熊谷市本町一丁目5番地 入力センター3階",
                "入退室管理、持込み端末の禁止、作業ログの保存、取扱者10名を特定。" + "端末は施錠保管する。".repeat(8),
                LocalDate.of(2026, 6, 11), LocalDate.of(2026, 7, 31), "作業場所を申請の入力センターに限る"));
        keep(pdf, "subcontract-approval");
        String text = PdfText.of(pdf);
        assertThat(text).contains("再　委　託　承　認　書").contains("SC2026-000001").contains("令和8年6月1日")
                .contains("株式会社 熊谷情報サービス　様").contains("熊谷市長 熊谷 一郎").contains("8,170件")
                .contains("令和8年6月11日から令和8年7月31日まで").contains("含む");
        assertThat(PdfText.joined(pdf)).contains("令和8年5月20日付けで申請のあった")
                .contains("番号の利用等に関する法律第10条第1項").contains("作業場所を申請の入力センターに限る")
                .contains("消去結果報告書を提出すること");
        assertThat(PdfText.pages(pdf)).isEqualTo(1);
    }

    @Test
    void manyInstallmentsFlowOntoMorePagesAndMissingGlyphsPrintAsGeta() {
        List<NoticeLine> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(new NoticeLine(2020 + i % 6, "国民健康保険税", i % 10 + 1, "N" + i, LocalDate.of(2026, 1, 5),
                    10_000 + i, 100, 0L));
        }
        Addressee odd = new Addressee("1", null, "埼玉県熊谷市\u0007本町", "髙橋 𠮷男\uE000");
        byte[] pdf = notices.dunning(new PdfNotices.Dunning(odd, "D2026-000002", ISSUED, many));
        assertThat(PdfText.pages(pdf)).isGreaterThan(1);
        String text = PdfText.of(pdf);
        assertThat(text).contains("N40").contains("1 / 2").contains("〓");
        assertThat(PdfText.joined(pdf)).contains(PdfNotices.DUNNING_WARNING);
    }

    @Test
    void contentDispositionCarriesTheJapaneseNameInRfc5987() {
        assertThat(PdfResponses.contentDisposition("督促状_D2026-000001_20260610.pdf")).isEqualTo(
                "inline; filename=\"_D2026-000001_20260610.pdf\"; filename*=UTF-8''"
                        + "%E7%9D%A3%E4%BF%83%E7%8A%B6_D2026-000001_20260610.pdf");
    }

    /** Page 1 as PNG under target/notices/ for a human look (not asserted). */
    static void keep(byte[] pdf, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Path dir = Path.of("target", "notices");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
            javax.imageio.ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png",
                    dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
