package jp.lg.collection.delinquency.acceleration;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static jp.lg.collection.documents.NoticeFixtures.assertSnapshotPrintsTheSame;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.PdfText;
import jp.lg.collection.rules.AccelerationGround;
import org.junit.jupiter.api.Test;

/**
 * The 繰上徴収告知書 as printed: the ground by its item of 法13の2①, the new due date against the old ones, no 督促 before
 * enforcement (the seizure item 二 of each tax's article), the late charge, the 教示.
 */
class AcceleratedCollectionNoticeTest {

    final AcceleratedCollectionNotice paper = new AcceleratedCollectionNotice();
    final AcceleratedCollectionNotice.Content content = new AcceleratedCollectionNotice.Content(TARO, "D2026-000007",
            LocalDate.of(2026, 6, 15), AccelerationGround.LEAVING_WITHOUT_MANAGER,
            "令和8年6月30日に国外へ転出する旨の届出(納税管理人の申告なし)", LocalDate.of(2026, 6, 25), List.of(
                    new AcceleratedCollectionNotice.Line(new NoticeLine(2026, "市民税・県民税(普通徴収)", 2, "R8-0012345",
                            LocalDate.of(2026, 6, 25), 58_000, 0, 0L), LocalDate.of(2026, 8, 31)),
                    new AcceleratedCollectionNotice.Line(new NoticeLine(2026, "固定資産税・都市計画税", 3, "R8-0099887",
                            LocalDate.of(2026, 6, 25), 123_400, 0, 0L), LocalDate.of(2026, 12, 28))));

    @Test
    void theNoticeSaysWhyWhenAndThatNoDunningComesFirst() {
        byte[] pdf = paper.render(content, CITY);
        keep(pdf, "accelerated-collection");
        String joined = PdfText.joined(pdf);
        assertThat(joined).contains("繰上徴収告知書").contains("令和8年6月15日").contains("案件番号D2026-000007")
                .contains("地方税法第13条の2第1項第5号に該当する事実が生じ")
                .contains("納税者が納税管理人を定めないでこの法律の施行地に住所")
                .contains("令和8年6月30日に国外へ転出する旨の届出")
                .contains("繰上げ後の納期限令和8年6月25日")
                .contains("令和8年8月31日").contains("令和8年12月28日")
                .contains("181,400")
                .contains("督促状を発することなく滞納処分を受けることになります(地方税法第331条第1項第2号及び第373条第1項第2号)")
                .contains("地方税法第326条第1項及び第369条第1項の規定により計算した延滞金")
                .contains("審査請求").contains("熊谷市長");
    }

    @Test
    void theSnapshotGoesThereAndBackAndPrintsTheSame() {
        assertSnapshotPrintsTheSame(paper, content);
    }
}
