package jp.lg.collection.delinquency.dunning;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.ISSUED;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static jp.lg.collection.documents.NoticeFixtures.assertSnapshotPrintsTheSame;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static jp.lg.collection.documents.NoticeFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** The 督促状, rendered and read back with PDFTextStripper: 和暦 dates, yen with separators, names, the law. */
class DunningNoticeTest {

    final DunningNotice paper = new DunningNotice();

    @Test
    void dunningNoticeCarriesTheStatutoryTextDatesAndAmounts() throws IOException {
        byte[] pdf = paper.render(new DunningNotice.Content(TARO, "D2026-000001", ISSUED, lines()), CITY);
        keep(pdf, "dunning");
        String text = PdfText.of(pdf);
        String joined = PdfText.joined(pdf);
        assertThat(text).contains("令和8年6月10日").contains("熊谷市長 熊谷 一郎").contains("〒360-0041")
                .contains("熊谷 太郎　様").contains("宛名番号 900000001").contains("案件番号 D2026-000001")
                .contains("督　促　状");
        assertThat(joined).contains(DunningNotice.WARNING)
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
    void manyInstallmentsFlowOntoMorePagesAndMissingGlyphsPrintAsGeta() {
        List<NoticeLine> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(new NoticeLine(2020 + i % 6, "国民健康保険税", i % 10 + 1, "N" + i, LocalDate.of(2026, 1, 5),
                    10_000 + i, 100, 0L));
        }
        Addressee odd = new Addressee("1", null, "埼玉県熊谷市\u0007本町", "髙橋 𠮷男\uE000");
        byte[] pdf = paper.render(new DunningNotice.Content(odd, "D2026-000002", ISSUED, many), CITY);
        assertThat(PdfText.pages(pdf)).isGreaterThan(1);
        String text = PdfText.of(pdf);
        assertThat(text).contains("N40").contains("1 / 2").contains("〓");
        assertThat(PdfText.joined(pdf)).contains(DunningNotice.WARNING);
    }

    @Test
    void theSnapshotGoesThereAndBackAndPrintsTheSame() {
        Addressee odd = new Addressee("1", null, "埼玉県熊谷市\u0007本町 \"引用\" \\", "髙橋 𠮷男\uE000");
        assertSnapshotPrintsTheSame(paper, new DunningNotice.Content(odd, "D2026-000001", ISSUED, lines()));
    }
}
