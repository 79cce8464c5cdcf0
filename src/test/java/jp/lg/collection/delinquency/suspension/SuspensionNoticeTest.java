package jp.lg.collection.delinquency.suspension;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.ISSUED;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static jp.lg.collection.documents.NoticeFixtures.assertSnapshotPrintsTheSame;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static jp.lg.collection.documents.NoticeFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeSnapshots;
import jp.lg.collection.documents.PdfText;
import org.junit.jupiter.api.Test;

/** The 執行停止通知書 as printed: the ground by its item of 法15の7①, the 3 years or the immediate extinction. */
class SuspensionNoticeTest {

    final SuspensionNotice paper = new SuspensionNotice();
    final SuspensionNotice.Content immediate = new SuspensionNotice.Content(TARO, "D2026-000001",
            LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), SuspensionGround.NO_PROPERTY, true, lines());

    @Test
    void suspensionNotice() {
        byte[] pdf = paper.render(new SuspensionNotice.Content(TARO, "D2026-000001", LocalDate.of(2027, 1, 8),
                LocalDate.of(2027, 1, 7), SuspensionGround.LIVELIHOOD, lines()), CITY);
        keep(pdf, "suspension");
        String joined = PdfText.joined(pdf);
        assertThat(joined).contains("滞納処分の執行停止通知書").contains("地方税法第15条の7第1項第2号の規定により")
                .contains("令和9年1月7日").contains("生活を著しく窮迫させるおそれがあるとき")
                .contains("執行の停止が3年間継続したときは");
    }

    @Test
    void immediateExtinctionIsStatedInsteadOfTheThreeYears() {
        byte[] pdf = paper.render(immediate, CITY);
        String joined = PdfText.joined(pdf);
        assertThat(joined).contains("地方税法第15条の7第1項第1号の規定により").contains("令和8年7月1日")
                .contains("地方税法第15条の7第5項の規定により、これを納付する義務を直ちに消滅させます")
                .doesNotContain("執行の停止が3年間継続したときは");
        assertThatThrownBy(() -> new SuspensionNotice.Content(TARO, null, ISSUED, ISSUED, SuspensionGround.LIVELIHOOD,
                true, lines())).hasMessageStartingWith("immediateExtinction:");
        assertThat(SuspensionGround.WHEREABOUTS_UNKNOWN.item()).isEqualTo(3);
        assertThat(SuspensionGround.WHEREABOUTS_UNKNOWN.article()).isEqualTo("地方税法15条の7第1項第3号");
    }

    @Test
    void theSnapshotGoesThereAndBackAndPrintsTheSame() {
        assertSnapshotPrintsTheSame(paper, immediate);
    }

    /** The notice had its own copy of the grounds, where 第2号 was HARDSHIP: a notice queued then still prints. */
    @Test
    void aNoticeQueuedWithTheFormerNameOfTheLivelihoodGroundStillPrints() {
        NoticeSnapshots snapshots = new NoticeSnapshots(CITY, List.of(paper));
        String queued = snapshots.take(DocumentKind.SUSPENSION_NOTICE, new SuspensionNotice.Content(TARO,
                "D2026-000001", ISSUED, ISSUED, SuspensionGround.LIVELIHOOD, lines()))
                .replace("\"ground\":\"LIVELIHOOD\"", "\"ground\":\"HARDSHIP\"");
        assertThat(queued).contains("\"ground\":\"HARDSHIP\"");
        assertThat(((SuspensionNotice.Content) snapshots.notice(DocumentKind.SUSPENSION_NOTICE, queued)).ground())
                .isEqualTo(SuspensionGround.LIVELIHOOD);
        assertThat(PdfText.joined(snapshots.render(DocumentKind.SUSPENSION_NOTICE, queued)))
                .contains("地方税法第15条の7第1項第2号の規定により");
    }
}
