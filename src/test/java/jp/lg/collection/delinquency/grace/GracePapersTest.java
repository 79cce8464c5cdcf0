package jp.lg.collection.delinquency.grace;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static jp.lg.collection.documents.NoticeFixtures.assertSnapshotPrintsTheSame;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static jp.lg.collection.documents.NoticeFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.PdfText;
import jp.lg.collection.rules.GraceGround;
import jp.lg.collection.rules.GraceInstallments.Part;
import jp.lg.collection.rules.GraceRevocationGround;
import org.junit.jupiter.api.Test;

/** The grace's papers: 許可・不許可・延長の通知書 (法15の2の2) and the 取消通知書 (法15の3③), with their 教示. */
class GracePapersTest {

    static final LocalDate FROM = LocalDate.of(2026, 6, 20);
    static final LocalDate TO = LocalDate.of(2026, 12, 19);

    final GraceDecisionNotice decision = new GraceDecisionNotice();
    final GraceRevocationNotice revocation = new GraceRevocationNotice();
    final GraceDecisionNotice.Content granted = new GraceDecisionNotice.Content(TARO, "D2026-000001",
            LocalDate.of(2026, 6, 15), GraceKind.COLLECTION, true, false, GraceGround.BUSINESS_LOSS, FROM, TO, 1_500_100,
            List.of(new Part(LocalDate.of(2026, 7, 31), 500_000), new Part(LocalDate.of(2026, 9, 30), 500_000),
                    new Part(LocalDate.of(2026, 11, 30), 500_100)), "土地 熊谷市宮町一丁目1番 抵当権設定", null, lines());

    @Test
    void aGrantStatesAmountPeriodPartsAndSecurity() {
        byte[] pdf = decision.render(granted, CITY);
        keep(pdf, "grace-granted");
        String text = PdfText.of(pdf);
        assertThat(text).contains("徴収猶予許可通知書").contains("熊谷 太郎　様").contains("1,500,100円")
                .contains("令和8年6月20日から令和8年12月19日まで").contains("第1回").contains("令和8年7月31日")
                .contains("500,100円").contains("土地 熊谷市宮町一丁目1番 抵当権設定").contains("事業の著しい損失");
        assertThat(PdfText.joined(pdf)).contains("地方税法第15条第1項第4号の規定により、その徴収を猶予したので")
                .contains("同法第15条の2の2第1項の規定により通知します").contains("新たな督促及び滞納処分(交付要求を除きます。)をしません")
                .contains("同法第15条の3第1項").contains("この処分に不服があるときは");
    }

    @Test
    void aRefusalStatesItsReasonAndTheAppeal() {
        byte[] pdf = decision.render(new GraceDecisionNotice.Content(TARO, "D2026-000001", LocalDate.of(2026, 6, 15),
                GraceKind.REALIZATION, false, false, null, FROM, TO, 58_100, List.of(), null, "納付について誠実な意思が認められない",
                lines()), CITY);
        keep(pdf, "grace-refused");
        assertThat(PdfText.of(pdf)).contains("換価の猶予不許可通知書").contains("納付について誠実な意思が認められない")
                .contains("申請の期間").doesNotContain("分割納付");
        assertThat(PdfText.joined(pdf)).contains("認めないこととしたので").contains("この処分に不服があるときは");
        assertThatThrownBy(() -> new GraceDecisionNotice.Content(TARO, null, FROM, GraceKind.COLLECTION, false, false,
                null, FROM, TO, 1, List.of(), null, " ", lines())).hasMessageStartingWith("reason:");
    }

    @Test
    void anExtensionCitesArticle15Paragraph4() {
        byte[] pdf = decision.render(new GraceDecisionNotice.Content(TARO, "D2026-000001", LocalDate.of(2026, 12, 10),
                GraceKind.COLLECTION, true, true, GraceGround.ILLNESS, FROM, LocalDate.of(2027, 6, 19), 500_100,
                List.of(), null, null, lines()), CITY);
        assertThat(PdfText.of(pdf)).contains("徴収猶予期間延長許可通知書").contains("延長後の猶予期間")
                .contains("令和8年6月20日から令和9年6月19日まで").contains("担保").contains("不要");
        assertThat(PdfText.joined(pdf)).contains("地方税法第15条第4項の規定により、徴収の猶予期間を延長したので");
        assertThat(GraceDecisionNotice.title(GraceKind.REALIZATION, true, true)).isEqualTo("換価の猶予期間延長許可通知書");
        assertThat(GraceDecisionNotice.grantArticle(GraceKind.COLLECTION, false, GraceGround.LATE_ASSESSMENT))
                .isEqualTo("地方税法第15条第2項");
        assertThat(GraceDecisionNotice.grantArticle(GraceKind.COLLECTION, false, GraceGround.DISASTER))
                .isEqualTo("地方税法第15条第1項第1号");
    }

    @Test
    void aRevocationStatesTheGroundTheExplanationAndTheAppeal() {
        byte[] pdf = revocation.render(new GraceRevocationNotice.Content(TARO, "D2026-000001", LocalDate.of(2026, 10, 6),
                GraceKind.COLLECTION, FROM, TO, 1_500_100, GraceRevocationGround.INSTALLMENT_MISSED,
                "9月30日の分割納付なし", "令和8年10月5日に聴取", lines()), CITY);
        keep(pdf, "grace-revoked");
        assertThat(PdfText.of(pdf)).contains("徴収猶予取消通知書").contains("令和8年10月6日").contains("1,500,100円")
                .contains("分割納付をその期限までにしない").contains("令和8年10月5日に聴取");
        assertThat(PdfText.joined(pdf)).contains("地方税法第15条の3第1項第2号の規定により令和8年10月6日付けで取り消したので")
                .contains("同条第3項の規定により通知します").contains("猶予に係る金額を一時に徴収します")
                .contains("この取消処分に不服があるときは");

        byte[] realization = revocation.render(new GraceRevocationNotice.Content(TARO, null, LocalDate.of(2026, 10, 6),
                GraceKind.REALIZATION, FROM, TO, 58_100, GraceRevocationGround.NEW_ARREARS, null, null, lines()), CITY);
        assertThat(PdfText.joined(realization)).contains("換価の猶予取消通知書")
                .contains("地方税法第15条の6の3第2項において準用する同法第15条の3第1項第4号");
    }

    @Test
    void theSnapshotsGoThereAndBackAndPrintTheSame() {
        assertSnapshotPrintsTheSame(decision, granted);
        assertSnapshotPrintsTheSame(revocation, new GraceRevocationNotice.Content(TARO, null, LocalDate.of(2026, 10, 6),
                GraceKind.REALIZATION, FROM, TO, 58_100, GraceRevocationGround.FRAUD, null, null, lines()));
    }
}
