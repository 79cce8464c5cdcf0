package jp.lg.collection.delinquency.seizure;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static jp.lg.collection.documents.NoticeFixtures.assertSnapshotPrintsTheSame;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static jp.lg.collection.documents.NoticeFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.lg.collection.delinquency.AssetKind;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.PdfText;
import org.junit.jupiter.api.Test;

/**
 * The papers of a seizure other than the 差押調書 and the 債権差押通知書, as printed: who they go to, what property,
 * which amount and day, under which article, and the 教示 where the taxpayer can appeal.
 */
class EnforcementPapersTest {

    static final LocalDate SEIZED = LocalDate.of(2026, 7, 15);
    static final String LAND = "熊谷市宮町二丁目47番1 宅地 165.29㎡";
    static final String CAR = "普通乗用自動車 熊谷 300 あ 12-34 (車台番号 ABC-1234567)";

    final SeizureDocument seizureDocument = new SeizureDocument();
    final RegistrationRequest registration = new RegistrationRequest();
    final JoinderSeizureDocument joinder = new JoinderSeizureDocument();
    final JoinderSeizureNotice joinderNotice = new JoinderSeizureNotice();
    final DeliveryDemandDocument demand = new DeliveryDemandDocument();
    final DeliveryDemandNotice demandNotice = new DeliveryDemandNotice();
    final ReleaseNotice release = new ReleaseNotice();

    final SeizureDocument.Content land = new SeizureDocument.Content(TARO, "D2026-000001", SEIZED, AssetKind.REAL_ESTATE,
            LAND, "さいたま地方法務局熊谷支局", lines());
    final ClaimOnExecution claim = new ClaimOnExecution("熊谷税務署", TARO, "D2026-000001", SEIZED, "不動産", LAND,
            lines());

    @Test
    void seizureDocumentOfRealEstateSeizesUnderArticle68WithTheAppealNotice() {
        byte[] pdf = seizureDocument.render(land, CITY);
        keep(pdf, "seizure-document");
        String text = PdfText.of(pdf);
        assertThat(text).contains("差　押　書").contains("熊谷 太郎　様").contains("令和8年7月15日").contains(LAND)
                .contains("さいたま地方法務局熊谷支局").contains("1,234,500").contains("熊谷市長 熊谷 一郎");
        assertThat(PdfText.joined(pdf)).contains("国税徴収法第68条第1項の規定により、下記の財産を差し押さえます")
                .contains("地方税法第331条第6項、第373条第7項及び第463条の27第7項において準用する国税徴収法第68条第1項")
                .contains("この差押処分に不服があるときは").contains("処分の取消しの訴え");
    }

    @Test
    void seizureDocumentOfAVehicleSeizesUnderArticle71AndNothingElse() {
        byte[] pdf = seizureDocument.render(new SeizureDocument.Content(TARO, "D2026-000001", SEIZED, AssetKind.VEHICLE,
                CAR, "関東運輸局埼玉運輸支局", lines()), CITY);
        assertThat(PdfText.joined(pdf)).contains("国税徴収法第71条第1項").contains("自動車(登録自動車)")
                .contains("差押えの登録の嘱託先").contains("関東運輸局埼玉運輸支局").contains(CAR.replace(" ", ""));
        assertThatThrownBy(() -> new SeizureDocument.Content(TARO, null, SEIZED, AssetKind.DEPOSIT, "x", null, lines()))
                .hasMessageStartingWith("assetKind:");
    }

    @Test
    void registrationRequestsNameTheOfficeThePurposeAndTheCause() {
        byte[] seizure = registration.render(new RegistrationRequest.Content("さいたま地方法務局熊谷支局", TARO,
                "D2026-000001", SEIZED, RegistrationRequest.Purpose.SEIZURE, AssetKind.REAL_ESTATE, LAND, SEIZED), CITY);
        keep(seizure, "registration-request");
        assertThat(PdfText.of(seizure)).contains("さいたま地方法務局熊谷支局　御中").contains("差　押　登　記　嘱　託　書")
                .contains("令和8年7月15日差押").contains("熊谷市").contains(LAND);
        assertThat(PdfText.joined(seizure)).contains("国税徴収法第68条第3項の規定により、差押の登記を嘱託します")
                .contains("登録免許税法第5条第1号").doesNotContain("審査請求");

        byte[] vehicle = registration.render(new RegistrationRequest.Content("関東運輸局埼玉運輸支局", TARO, null, SEIZED,
                RegistrationRequest.Purpose.JOINDER_SEIZURE, AssetKind.VEHICLE, CAR, SEIZED), CITY);
        assertThat(PdfText.joined(vehicle)).contains("国税徴収法第86条第3項").contains("参加差押の登録を嘱託します")
                .contains("令和8年7月15日参加差押");
        assertThat(RegistrationRequest.title(RegistrationRequest.Purpose.JOINDER_SEIZURE, AssetKind.VEHICLE))
                .isEqualTo("参加差押登録嘱託書");

        LocalDate released = LocalDate.of(2026, 9, 1);
        byte[] cancel = registration.render(new RegistrationRequest.Content("さいたま地方法務局熊谷支局", TARO, null,
                released, RegistrationRequest.Purpose.RELEASE, AssetKind.REAL_ESTATE, LAND, released), CITY);
        assertThat(PdfText.of(cancel)).contains("差　押　登　記　抹　消　嘱　託　書");
        assertThat(PdfText.joined(cancel)).contains("国税徴収法第81条の規定により")
                .contains("差押えの登記の抹消を嘱託します").contains("令和8年9月1日解除");
    }

    @Test
    void joinderSeizureGoesToTheAuthorityAndItsNoticeToTheTaxpayer() {
        byte[] pdf = joinder.render(claim, CITY);
        keep(pdf, "joinder-seizure");
        assertThat(PdfText.of(pdf)).contains("熊谷税務署　御中").contains("参　加　差　押　書").contains("熊谷 太郎")
                .contains(LAND).contains("1,234,500");
        assertThat(PdfText.joined(pdf)).contains("国税徴収法第86条第1項の規定により、参加差押えをします")
                .contains("国税徴収法第87条第1項").doesNotContain("審査請求");

        byte[] notice = joinderNotice.render(claim, CITY);
        assertThat(PdfText.of(notice)).contains("熊谷 太郎　様").contains("参加差押通知書").contains("熊谷税務署");
        assertThat(PdfText.joined(notice)).contains("国税徴収法第86条第2項の規定により通知します")
                .contains("この参加差押処分に不服があるときは");
    }

    @Test
    void deliveryDemandGoesToTheAuthorityAndItsNoticeToTheTaxpayer() {
        byte[] pdf = demand.render(claim, CITY);
        keep(pdf, "delivery-demand");
        assertThat(PdfText.of(pdf)).contains("熊谷税務署　御中").contains("交　付　要　求　書").contains("1,234,500");
        assertThat(PdfText.joined(pdf)).contains("国税徴収法第82条第1項の規定により").contains("について交付を要求します");

        byte[] notice = demandNotice.render(claim, CITY);
        assertThat(PdfText.joined(notice)).contains("交付要求通知書").contains("熊谷税務署が行っている強制換価手続に対して交付要求をした")
                .contains("国税徴収法第82条第2項の規定により通知します").contains("この交付要求に不服があるときは");
    }

    @Test
    void releaseNoticesStateTheGroundAndTheArticleOfTheirAddressee() {
        LocalDate released = LocalDate.of(2026, 9, 1);
        byte[] toTaxpayer = release.render(new ReleaseNotice.Content(TARO, true, TARO, "D2026-000001", released,
                DispositionKind.SEIZURE, "預貯金", "熊谷銀行 本店 普通 1234567", SEIZED, "完納による解除 (徴79①一)"), CITY);
        keep(toTaxpayer, "release-notice");
        assertThat(PdfText.of(toTaxpayer)).contains("差押解除通知書").contains("熊谷 太郎　様").contains("令和8年9月1日")
                .contains("令和8年7月15日").contains("完納による解除 (徴79①一)");
        assertThat(PdfText.joined(toTaxpayer)).contains("国税徴収法第80条第1項の規定により通知します");

        Addressee bank = new Addressee(null, null, null, "株式会社熊谷銀行");
        byte[] toBank = release.render(new ReleaseNotice.Content(bank, false, TARO, "D2026-000001", released,
                DispositionKind.SEIZURE, "預貯金", "熊谷銀行 本店 普通 1234567", SEIZED, "取立の見込みなし"), CITY);
        assertThat(PdfText.of(toBank)).contains("株式会社熊谷銀行　御中").contains("熊谷 太郎");
        assertThat(PdfText.joined(toBank)).contains("国税徴収法第80条第2項").contains("弁済は滞納者にしてください");

        byte[] demandReleased = release.render(new ReleaseNotice.Content(new Addressee(null, null, null, "熊谷税務署"),
                false, TARO, "D2026-000001", released, DispositionKind.DELIVERY_DEMAND, "不動産", LAND, SEIZED,
                "完納による解除"), CITY);
        assertThat(PdfText.joined(demandReleased)).contains("交付要求解除通知書").contains("国税徴収法第84条第2項");
        assertThat(ReleaseNotice.title(DispositionKind.JOINDER_SEIZURE)).isEqualTo("参加差押解除通知書");
    }

    @Test
    void theSnapshotsGoThereAndBackAndPrintTheSame() {
        assertSnapshotPrintsTheSame(seizureDocument, land);
        assertSnapshotPrintsTheSame(registration, new RegistrationRequest.Content("さいたま地方法務局熊谷支局", TARO,
                "D2026-000001", SEIZED, RegistrationRequest.Purpose.RELEASE, AssetKind.REAL_ESTATE, LAND, SEIZED));
        assertSnapshotPrintsTheSame(joinder, claim);
        assertSnapshotPrintsTheSame(joinderNotice, claim);
        assertSnapshotPrintsTheSame(demand, claim);
        assertSnapshotPrintsTheSame(demandNotice, claim);
        assertSnapshotPrintsTheSame(release, new ReleaseNotice.Content(TARO, true, TARO, null, SEIZED,
                DispositionKind.JOINDER_SEIZURE, null, LAND, null, "執行停止"));
    }
}
