package jp.lg.collection.delinquency.reminder;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static jp.lg.collection.documents.NoticeFixtures.assertSnapshotPrintsTheSame;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static jp.lg.collection.documents.NoticeFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.lg.collection.documents.PdfText;
import org.junit.jupiter.api.Test;

/** The 催告書 as printed. */
class ReminderLetterTest {

    final ReminderLetter paper = new ReminderLetter();
    final ReminderLetter.Content second = new ReminderLetter.Content(TARO, "D2026-000001", LocalDate.of(2026, 6, 20),
            2, LocalDate.of(2026, 6, 30), lines());

    @Test
    void reminderLetterNamesItsDesignatedDeadline() {
        byte[] pdf = paper.render(second, CITY);
        keep(pdf, "reminder");
        String text = PdfText.of(pdf);
        assertThat(text).contains("催　告　書").contains("(第2回)").contains("指定納付期限　令和8年6月30日")
                .contains("令和8年6月20日").contains("熊谷 太郎　様");
        assertThat(PdfText.joined(pdf))
                .contains("指定納付期限までに納付がないときは、地方税法第331条第1項、第373条第1項及び第463条の27第1項の規定により");
    }

    @Test
    void theSnapshotGoesThereAndBackAndPrintsTheSame() {
        assertSnapshotPrintsTheSame(paper, second);
    }
}
