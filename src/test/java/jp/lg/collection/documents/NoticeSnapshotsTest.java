package jp.lg.collection.documents;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.ISSUED;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static jp.lg.collection.documents.NoticeFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.lg.collection.delinquency.dunning.DunningNotice;
import jp.lg.collection.delinquency.reminder.ReminderLetter;
import org.junit.jupiter.api.Test;

/**
 * The print queue's snapshot, with the 督促状 as the example: the JSON it stores, the city it prints in the name
 * of, what it refuses. Each paper's own test checks that its snapshot goes there and back and prints the same
 * ({@link NoticeFixtures#assertSnapshotPrintsTheSame}); {@code PrintBatchTest} that the application knows a
 * paper for every kind it queues.
 */
class NoticeSnapshotsTest {

    final NoticeSnapshots snapshots = new NoticeSnapshots(CITY, List.of(new DunningNotice(), new ReminderLetter()));

    @Test
    void datesAreIsoAndTheLateChargeStillToComputeStaysNull() {
        String payload = snapshots.take(DocumentKind.DUNNING_NOTICE,
                new DunningNotice.Content(TARO, "D2026-000001", ISSUED, lines()));
        assertThat(payload).contains("\"version\":1").contains("\"kind\":\"DUNNING_NOTICE\"")
                .contains("\"issuedOn\":\"2026-06-10\"").contains("\"dueDate\":\"2026-05-31\"")
                .contains("\"lateCharge\":7800").contains("\"lateCharge\":null").contains("\"mayor\":\"熊谷市長 熊谷 一郎\"")
                // derived values are the renderer's, not stored
                .doesNotContain("postalLine").doesNotContain("fiscalYearLabel").doesNotContain("total");
    }

    @Test
    void theNoticePrintsInTheNameOfTheCityAsItWasAtIssue() {
        String payload = snapshots.take(DocumentKind.DUNNING_NOTICE,
                new DunningNotice.Content(TARO, "D2026-000001", ISSUED, lines()));
        NoticeSnapshots afterElection = new NoticeSnapshots(new CityProperties("熊谷市", "市民部収納課",
                "熊谷市長 熊谷 二郎", "360-8601", "埼玉県熊谷市宮町二丁目47番地1", "048-524-9999"),
                List.of(new DunningNotice()));
        String text = PdfText.of(afterElection.render(DocumentKind.DUNNING_NOTICE, payload));
        assertThat(text).contains("熊谷市長 熊谷 一郎").contains("048-524-1111").doesNotContain("熊谷 二郎");
    }

    @Test
    void aSnapshotMustMatchItsKindAndCertificatesAreNotQueued() {
        var dunning = new DunningNotice.Content(TARO, "D2026-000001", ISSUED, lines());
        assertThatThrownBy(() -> snapshots.take(DocumentKind.REMINDER_LETTER, dunning))
                .hasMessageStartingWith("notice:");
        assertThat(snapshots.queued(DocumentKind.TAX_CERTIFICATE)).isFalse();
        assertThatThrownBy(() -> snapshots.take(DocumentKind.TAX_CERTIFICATE, dunning))
                .hasMessageStartingWith("notice:");
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
                new DunningNotice.Content(TARO, "D2026-000001", ISSUED, lines()));
        String older = payload.replace("\"caseId\":", "\"removedLater\":\"x\",\"caseId\":");
        assertThat(snapshots.notice(DocumentKind.DUNNING_NOTICE, older))
                .isEqualTo(new DunningNotice.Content(TARO, "D2026-000001", ISSUED, lines()));
    }

    @Test
    void onePaperPerKind() {
        assertThatThrownBy(() -> new NoticeSnapshots(CITY, List.of(new DunningNotice(), new DunningNotice())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DUNNING_NOTICE");
    }
}
