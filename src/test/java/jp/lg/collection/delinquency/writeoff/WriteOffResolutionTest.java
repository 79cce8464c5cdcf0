package jp.lg.collection.delinquency.writeoff;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.ISSUED;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static jp.lg.collection.documents.NoticeFixtures.assertSnapshotPrintsTheSame;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.PdfText;
import org.junit.jupiter.api.Test;

/** The 不納欠損処分決議書 as printed: each installment apart, with its reason and article. */
class WriteOffResolutionTest {

    static final NoticeLine WRITTEN_OFF = new NoticeLine(2020, "固定資産税・都市計画税", 2, "R2-0000002",
            LocalDate.of(2020, 7, 31), 58_000, 0, 12_000L);

    final WriteOffResolution paper = new WriteOffResolution();

    @Test
    void writeOffResolutionSplitsEachInstallmentAndNamesTheArticle() {
        NoticeLine a = new NoticeLine(2026, "市民税・県民税(普通徴収)", 1, "R8-0012345", LocalDate.of(2026, 5, 31),
                580_000, 100, 1_300L);
        byte[] pdf = paper.render(new WriteOffResolution.Content(TARO, "D2026-000001",
                LocalDate.of(2026, 7, 10), "suzuki", List.of(
                        new WriteOffResolution.Line(a, LocalDate.of(2026, 7, 1), "執行停止・即時消滅",
                                "地方税法15条の7第5項", 1_300),
                        new WriteOffResolution.Line(WRITTEN_OFF, LocalDate.of(2025, 8, 1), "時効", "地方税法18条1項",
                                12_000))), CITY);
        keep(pdf, "write-off");
        String text = PdfText.of(pdf);
        assertThat(text).contains("不　納　欠　損　処　分　決　議　書").contains("令和8年7月10日").contains("熊谷 太郎")
                .contains("580,000").contains("1,300").contains("58,000").contains("12,000").contains("638,000")
                .contains("13,300").contains("不納欠損額　651,400円").contains("令和2年度").contains("令和7年8月1日")
                .contains("決裁　suzuki");
        assertThat(PdfText.joined(pdf)).contains("執行停止・即時消滅(地方税法15条の7第5項)").contains("時効(地方税法18条1項)")
                .contains("不納欠損として処分することを決議する");
        assertThatThrownBy(() -> new WriteOffResolution.Content(TARO, null, ISSUED, "suzuki", List.of()))
                .hasMessageStartingWith("lines:");
    }

    @Test
    void theSnapshotGoesThereAndBackAndPrintsTheSame() {
        assertSnapshotPrintsTheSame(paper, new WriteOffResolution.Content(TARO, null, LocalDate.of(2026, 7, 10),
                "suzuki", List.of(new WriteOffResolution.Line(WRITTEN_OFF, LocalDate.of(2025, 8, 1), "時効",
                        "地方税法18条1項", 12_000))));
    }
}
