package jp.lg.collection.delinquency.suspension;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static jp.lg.collection.documents.NoticeFixtures.assertSnapshotPrintsTheSame;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static jp.lg.collection.documents.NoticeFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.lg.collection.documents.PdfText;
import org.junit.jupiter.api.Test;

/** The 執行停止取消通知書 (法15の8): the suspension it revokes, why, and the 教示. */
class SuspensionRevocationNoticeTest {

    final SuspensionRevocationNotice paper = new SuspensionRevocationNotice();
    final SuspensionRevocationNotice.Content revoked = new SuspensionRevocationNotice.Content(TARO, "D2026-000001",
            LocalDate.of(2027, 2, 1), LocalDate.of(2026, 7, 1), SuspensionGround.NO_PROPERTY, "相続により土地を取得",
            lines());

    @Test
    void revocationNotice() {
        byte[] pdf = paper.render(revoked, CITY);
        keep(pdf, "suspension-revoked");
        assertThat(PdfText.of(pdf)).contains("滞納処分の執行停止取消通知書").contains("熊谷 太郎　様").contains("令和9年2月1日")
                .contains("令和8年7月1日").contains("相続により土地を取得").contains("滞納処分をすることができる財産がないとき");
        assertThat(PdfText.joined(pdf)).contains("地方税法第15条の7第1項第1号の規定により停止した")
                .contains("同法第15条の8第1項の規定によりこれを取り消し").contains("同法第15条の7第2項の規定により通知します")
                .contains("この取消処分に不服があるときは");
    }

    @Test
    void theSnapshotGoesThereAndBackAndPrintsTheSame() {
        assertSnapshotPrintsTheSame(paper, revoked);
    }
}
