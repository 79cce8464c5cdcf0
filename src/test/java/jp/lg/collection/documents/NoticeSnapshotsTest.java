package jp.lg.collection.documents;

import static jp.lg.collection.documents.PdfNoticesTest.CITY;
import static jp.lg.collection.documents.PdfNoticesTest.ISSUED;
import static jp.lg.collection.documents.PdfNoticesTest.TARO;
import static jp.lg.collection.documents.PdfNoticesTest.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.lg.collection.documents.PdfNotices.Share;
import jp.lg.collection.documents.PdfNotices.SuspensionGround;
import org.junit.jupiter.api.Test;

/**
 * The print queue's snapshot of each notice kind: JSON there and back gives the same record (dates, nulls,
 * enums, odd characters), and the PDF rendered from it says word for word what rendering the record directly
 * says, in the name of the city as it was at issue.
 */
class NoticeSnapshotsTest {

    final NoticeSnapshots snapshots = new NoticeSnapshots(CITY);
    final PdfNotices direct = new PdfNotices(CITY);

    static final NoticeLine WRITTEN_OFF = new NoticeLine(2020, "固定資産税・都市計画税", 2, "R2-0000002",
            LocalDate.of(2020, 7, 31), 58_000, 0, 12_000L);

    /** One notice of every kind NoticeIssuer issues. */
    static Map<DocumentKind, Record> samples() {
        Addressee bank = new Addressee(null, "3600037", "埼玉県熊谷市筑波二丁目1番地", "株式会社埼玉りそな銀行 熊谷支店");
        Addressee odd = new Addressee("1", null, "埼玉県熊谷市\u0007本町 \"引用\" \\", "髙橋 𠮷男\uE000");
        return Map.of(
                DocumentKind.DUNNING_NOTICE, new PdfNotices.Dunning(odd, "D2026-000001", ISSUED, lines()),
                DocumentKind.REMINDER_LETTER, new PdfNotices.Reminder(TARO, "D2026-000001", LocalDate.of(2026, 6, 20), 2,
                        LocalDate.of(2026, 6, 30), lines()),
                DocumentKind.SEIZURE_RECORD, new PdfNotices.SeizureRecord(TARO, "D2026-000001", LocalDate.of(2026, 7, 15),
                        "預金債権", "埼玉りそな銀行 熊谷支店 普通預金 口座番号1234567", null, 320_000, "収納 次郎", lines()),
                DocumentKind.SEIZURE_NOTICE, new PdfNotices.SeizureNotice(bank, TARO, "D2026-000001",
                        LocalDate.of(2026, 7, 15), "普通預金の払戻請求権", 320_000, LocalDate.of(2026, 7, 22), lines()),
                DocumentKind.SUSPENSION_NOTICE, new PdfNotices.SuspensionNotice(TARO, "D2026-000001",
                        LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), SuspensionGround.NO_PROPERTY, true, lines()),
                DocumentKind.DISTRIBUTION_STATEMENT, new PdfNotices.DistributionStatement(TARO, "D2026-000001",
                        LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 9), "普通乗用自動車", 1_500_000,
                        List.of(new Share(1, "熊谷市", "市税", 1_303_500, 1_303_500))),
                DocumentKind.AUCTION_NOTICE, new PdfNotices.AuctionNotice("D2026-000001", LocalDate.of(2026, 7, 1), 2,
                        "不動産", "熊谷市宮町二丁目47番1 宅地 165.29㎡", 2_345_000, LocalDate.of(2026, 7, 11), null, 234_500,
                        LocalDate.of(2026, 7, 17), LocalDate.of(2026, 7, 17)),
                DocumentKind.WRITE_OFF_RESOLUTION, new PdfNotices.WriteOffResolution(TARO, null,
                        LocalDate.of(2026, 7, 10), "suzuki", List.of(new PdfNotices.WriteOffLine(WRITTEN_OFF,
                                LocalDate.of(2025, 8, 1), "時効", "地方税法18条1項", 12_000))));
    }

    @Test
    void everyKindGoesThereAndBackAndPrintsTheSame() {
        Map<DocumentKind, Record> samples = samples();
        assertThat(samples.keySet()).allMatch(NoticeSnapshots::queued);
        for (var sample : samples.entrySet()) {
            DocumentKind kind = sample.getKey();
            String payload = snapshots.take(kind, sample.getValue());
            assertThat(snapshots.notice(kind, payload)).as(kind.name()).isEqualTo(sample.getValue());
            byte[] queued = snapshots.render(kind, payload);
            byte[] now = switch (kind) {
                case DUNNING_NOTICE -> direct.dunning((PdfNotices.Dunning) sample.getValue());
                case REMINDER_LETTER -> direct.reminder((PdfNotices.Reminder) sample.getValue());
                case SEIZURE_RECORD -> direct.seizureRecord((PdfNotices.SeizureRecord) sample.getValue());
                case SEIZURE_NOTICE -> direct.seizureNotice((PdfNotices.SeizureNotice) sample.getValue());
                case SUSPENSION_NOTICE -> direct.suspensionNotice((PdfNotices.SuspensionNotice) sample.getValue());
                case DISTRIBUTION_STATEMENT ->
                        direct.distributionStatement((PdfNotices.DistributionStatement) sample.getValue());
                case AUCTION_NOTICE -> direct.auctionNotice((PdfNotices.AuctionNotice) sample.getValue());
                case WRITE_OFF_RESOLUTION -> direct.writeOffResolution((PdfNotices.WriteOffResolution) sample.getValue());
                default -> throw new AssertionError(kind);
            };
            assertThat(PdfText.of(queued)).as(kind.name()).isEqualTo(PdfText.of(now));
        }
    }

    @Test
    void datesAreIsoAndTheLateChargeStillToComputeStaysNull() {
        String payload = snapshots.take(DocumentKind.DUNNING_NOTICE,
                new PdfNotices.Dunning(TARO, "D2026-000001", ISSUED, lines()));
        assertThat(payload).contains("\"version\":1").contains("\"kind\":\"DUNNING_NOTICE\"")
                .contains("\"issuedOn\":\"2026-06-10\"").contains("\"dueDate\":\"2026-05-31\"")
                .contains("\"lateCharge\":7800").contains("\"lateCharge\":null").contains("\"mayor\":\"熊谷市長 熊谷 一郎\"")
                // derived values are the renderer's, not stored
                .doesNotContain("postalLine").doesNotContain("fiscalYearLabel").doesNotContain("total");
    }

    @Test
    void theNoticePrintsInTheNameOfTheCityAsItWasAtIssue() {
        String payload = snapshots.take(DocumentKind.DUNNING_NOTICE,
                new PdfNotices.Dunning(TARO, "D2026-000001", ISSUED, lines()));
        NoticeSnapshots afterElection = new NoticeSnapshots(new CityProperties("熊谷市", "市民部収納課",
                "熊谷市長 熊谷 二郎", "360-8601", "埼玉県熊谷市宮町二丁目47番地1", "048-524-9999"));
        String text = PdfText.of(afterElection.render(DocumentKind.DUNNING_NOTICE, payload));
        assertThat(text).contains("熊谷市長 熊谷 一郎").contains("048-524-1111").doesNotContain("熊谷 二郎");
    }

    @Test
    void aSnapshotMustMatchItsKindAndCertificatesAreNotQueued() {
        var dunning = new PdfNotices.Dunning(TARO, "D2026-000001", ISSUED, lines());
        assertThatThrownBy(() -> snapshots.take(DocumentKind.REMINDER_LETTER, dunning))
                .hasMessageStartingWith("notice:");
        assertThat(NoticeSnapshots.queued(DocumentKind.TAX_CERTIFICATE)).isFalse();
        String payload = snapshots.take(DocumentKind.DUNNING_NOTICE, dunning);
        assertThatThrownBy(() -> snapshots.render(DocumentKind.REMINDER_LETTER, payload))
                .isInstanceOf(IllegalStateException.class);
        // a broken snapshot names the field, never the value it holds
        String broken = payload.replace("\"principal\":58000", "\"principal\":\"熊谷 太郎\"");
        assertThatThrownBy(() -> snapshots.render(DocumentKind.DUNNING_NOTICE, broken))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("principal")
                .hasMessageNotContaining("熊谷 太郎");
    }

    @Test
    void aFieldUnknownToTheRecordIsIgnored() {
        String payload = snapshots.take(DocumentKind.DUNNING_NOTICE,
                new PdfNotices.Dunning(TARO, "D2026-000001", ISSUED, lines()));
        String older = payload.replace("\"caseId\":", "\"removedLater\":\"x\",\"caseId\":");
        assertThat(snapshots.notice(DocumentKind.DUNNING_NOTICE, older))
                .isEqualTo(new PdfNotices.Dunning(TARO, "D2026-000001", ISSUED, lines()));
    }
}
