package jp.lg.collection.documents;

import static jp.lg.collection.TestUsers.member;
import static jp.lg.collection.TestUsers.withCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.dunning.DunningNotice;
import jp.lg.collection.taxpayer.Taxpayer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The print queue with the real dunning job: the job stores what it issued, not a PDF; the print batch renders
 * it later exactly as issued; reading it first renders it on demand; the batch's endpoint and its claim.
 * (The scheduled batch is off in tests: {@code collection.print-batch.enabled=false}.)
 */
class PrintBatchTest extends ProcessTestSupport {

    @Autowired
    DocumentRepository documents;
    @Autowired
    PrintBatch printBatch;
    @Autowired
    NoticeSnapshots snapshots;
    @Autowired
    PlatformTransactionManager transactions;

    String myNumber;
    String addresseeNo;
    String caseId;

    /** Whatever earlier tests of the shared context left in the queue, printed, so counts here are this test's. */
    void emptyQueue() {
        printBatch.run(Integer.MAX_VALUE, Duration.ofMinutes(10));
        assertThat(documents.queuedCount()).isZero();
    }

    /** A taxpayer with a My Number and one bill of 58,000 yen due 5/31, swept and dunned on 6/10. */
    StoredDocument dun() {
        addresseeNo = "7" + String.format("%08d", System.nanoTime() % 100_000_000);
        myNumber = withCheckDigit("4" + String.format("%010d", System.nanoTime() % 10_000_000_000L));
        taxpayers.insert(new Taxpayer(addresseeNo, null, "印刷 待子", "インサツ マチコ", LocalDate.of(1970, 2, 3), "2",
                "3600041", "埼玉県熊谷市宮町一丁目2番地", null, null, null, null, null, null, "01", "tanaka", "A",
                false, false), myNumber, "test");
        newBill(addresseeNo, 58_000, LocalDate.of(2026, 5, 31));
        caseId = openDunnedCase(addresseeNo, LocalDate.of(2026, 6, 10)).caseId(); // 督促状発付 by the sweep
        return StoredPdfs.only(documents, caseId, DocumentKind.DUNNING_NOTICE);
    }

    byte[] storedContent(long id) {
        return jdbc.sql("SELECT content FROM document WHERE id = ?").param(id).query((rs, n) -> rs.getBytes(1))
                .list().get(0);
    }

    /** Every kind a procedure issues into the queue has its paper (a {@code Notice} bean); certificates do not. */
    @Test
    void theApplicationKnowsAPaperForEveryQueuedKind() {
        assertThat(DocumentKind.values()).filteredOn(snapshots::queued).containsExactlyInAnyOrder(
                DocumentKind.DUNNING_NOTICE, DocumentKind.REMINDER_LETTER, DocumentKind.SEIZURE_RECORD,
                DocumentKind.SEIZURE_NOTICE, DocumentKind.SUSPENSION_NOTICE, DocumentKind.DISTRIBUTION_STATEMENT,
                DocumentKind.AUCTION_NOTICE, DocumentKind.WRITE_OFF_RESOLUTION,
                DocumentKind.ACCELERATED_COLLECTION_NOTICE, DocumentKind.TAX_REDUCTION_DECISION,
                DocumentKind.TAX_REDUCTION_REJECTION, DocumentKind.REFUND_ALLOCATION_NOTICE,
                DocumentKind.REFUND_NOTICE, DocumentKind.DIRECT_DEBIT_FAILURE_NOTICE,
                DocumentKind.SEIZURE_DOCUMENT, DocumentKind.REGISTRATION_REQUEST, DocumentKind.JOINDER_SEIZURE_DOCUMENT,
                DocumentKind.JOINDER_SEIZURE_NOTICE, DocumentKind.DELIVERY_DEMAND, DocumentKind.DELIVERY_DEMAND_NOTICE,
                DocumentKind.RELEASE_NOTICE, DocumentKind.AUCTION_NOTIFICATION, DocumentKind.SALE_DECISION_NOTICE,
                DocumentKind.GRACE_DECISION_NOTICE, DocumentKind.GRACE_REVOCATION_NOTICE,
                DocumentKind.SUSPENSION_REVOCATION_NOTICE);
    }

    @Test
    void theDunningJobStoresTheSnapshotAndNoPdf() {
        StoredDocument notice = dun();
        assertThat(notice.queued()).isTrue();
        assertThat(notice.renderedAt()).isNull();
        assertThat(notice.size()).isZero();
        assertThat(storedContent(notice.id())).isNull();
        assertThat(documents.queuedCount()).isPositive();

        String payload = documents.payload(notice.id()).orElseThrow();
        var issued = (DunningNotice.Content) snapshots.notice(DocumentKind.DUNNING_NOTICE, payload);
        assertThat(issued.to()).isEqualTo(new Addressee(addresseeNo, "3600041", "埼玉県熊谷市宮町一丁目2番地", "印刷 待子"));
        assertThat(issued.caseId()).isEqualTo(caseId);
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(issued.lines()).singleElement().satisfies(l -> {
            assertThat(l.principal()).isEqualTo(58_000);
            assertThat(l.dunningFee()).isEqualTo(100);
            assertThat(l.dueDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        });
        // the snapshot is persisted: no My Number in it, in any form
        assertThat(payload).doesNotContain(myNumber).doesNotContain(myNumber.substring(0, 8))
                .doesNotContainIgnoringCase("myNumber").doesNotContain("個人番号");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document WHERE payload LIKE ?").param("%" + myNumber + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theBatchPrintsWhatWasIssuedEvenAfterThePaymentAndOnlyOnce() {
        emptyQueue();
        StoredDocument notice = dun();
        // paid in full and moved before the print run: the notice still says what was issued on 6/10
        TaxBill bill = bills.findByCase(caseId).get(0);
        bills.applyPayment(bill.id(), 100, 58_000, 0, 0, LocalDate.of(2026, 6, 11), "test");
        jdbc.sql("UPDATE taxpayer SET address = '埼玉県熊谷市本町九丁目9番地' WHERE addressee_no = ?").param(addresseeNo)
                .update();
        today(LocalDate.of(2026, 6, 12));

        PrintBatch.Run run = printBatch.run(Integer.MAX_VALUE, Duration.ofMinutes(5));
        assertThat(run.rendered()).isEqualTo(1);
        assertThat(run.failed()).isZero();
        assertThat(run.queued()).isZero();

        StoredDocument printed = documents.find(notice.id()).orElseThrow();
        assertThat(printed.queued()).isFalse();
        assertThat(printed.renderedAt()).isEqualTo(LocalDate.of(2026, 6, 12).atTime(9, 0));
        assertThat(printed.size()).isPositive();
        byte[] pdf = storedContent(notice.id());
        String text = PdfText.of(pdf);
        assertThat(text).contains("督　促　状").contains("令和8年6月10日").contains("印刷 待子　様")
                .contains("埼玉県熊谷市宮町一丁目2番地").doesNotContain("本町九丁目").contains("令和8年5月31日")
                .contains("58,000").contains("58,100円").doesNotContain(myNumber);
        assertThat(PdfText.joined(pdf)).contains(DunningNotice.WARNING);

        // a second run finds nothing; the stored PDF stays the one printed
        PrintBatch.Run again = printBatch.run(Integer.MAX_VALUE, Duration.ofMinutes(5));
        assertThat(again.rendered()).isZero();
        assertThat(again.failed()).isZero();
        assertThat(storedContent(notice.id())).isEqualTo(pdf);
        assertThat(documents.content(notice.id())).hasValue(pdf);
    }

    @Test
    void readingAQueuedNoticeRendersItAndKeepsIt() throws Exception {
        emptyQueue();
        StoredDocument notice = dun();
        byte[] pdf = mvc().perform(get("/cases/" + caseId + "/documents/" + notice.id()).with(member("tanaka", "collectors")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(pdf)).contains("督　促　状").contains("印刷 待子　様").contains("58,100円");

        StoredDocument read = documents.find(notice.id()).orElseThrow();
        assertThat(read.queued()).isFalse();
        assertThat(storedContent(notice.id())).isEqualTo(pdf);
        assertThat(mvc().perform(get("/api/documents/" + notice.id()).with(member("sato", "managers")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf);
        // nothing left for the batch
        assertThat(printBatch.run(Integer.MAX_VALUE, Duration.ofMinutes(5)).rendered()).isZero();
    }

    @Test
    void theCaseViewShowsAQueuedNoticeAsWaitingForPrint() throws Exception {
        StoredDocument notice = dun();
        String html = mvc().perform(get("/cases/" + caseId).with(member("tanaka", "collectors")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("督促状 (PDF)").contains("印刷待ち");
        assertThat(mvc().perform(get("/api/cases/" + caseId + "/documents").with(member("tanaka", "collectors")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("\"renderedAt\":null");

        documents.content(notice.id());
        html = mvc().perform(get("/cases/" + caseId).with(member("tanaka", "collectors")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("督促状 (PDF)").doesNotContain("印刷待ち").contains(" KB");
    }

    @Test
    void theEndpointRunsTheBatchForCollectorsAndManagersOnly() throws Exception {
        dun();
        mvc().perform(post("/api/print-batches").with(member("kobayashi", "auditors"))).andExpect(status().isForbidden());
        mvc().perform(post("/api/print-batches").with(member("yamada", "designers"))).andExpect(status().isForbidden());
        mvc().perform(post("/api/print-batches").with(member("kimura", "exporters"))).andExpect(status().isForbidden());
        mvc().perform(post("/api/print-batches")).andExpect(status().isUnauthorized());
        assertThat(documents.queuedCount()).isPositive();

        mvc().perform(post("/api/print-batches").with(member("tanaka", "collectors")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rendered").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.failed").value(0)).andExpect(jsonPath("$.queued").value(0));
        mvc().perform(post("/api/print-batches").with(member("sato", "managers")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rendered").value(0));
        mvc().perform(post("/api/print-batches").param("limit", "0").with(member("sato", "managers")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("limit"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM operation_log WHERE action = 'PRINT_BATCH' AND user_id = 'tanaka'")
                .query(Long.class).single()).isEqualTo(1);
    }

    /** Two nodes' batches at the same time: the second skips what the first holds, and nothing is claimed twice. */
    @Test
    void aSecondBatchSkipsTheNoticesTheFirstHolds() throws Exception {
        emptyQueue();
        List<Long> issued = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            issued.add(documents.enqueue(null, newTaxpayer("tanaka"), DocumentKind.DUNNING_NOTICE, "督促状",
                    LocalDate.of(2026, 6, 10), "test", snapshots.take(DocumentKind.DUNNING_NOTICE,
                            new DunningNotice.Content(NoticeFixtures.TARO, null, LocalDate.of(2026, 6, 10),
                                    NoticeFixtures.lines()))));
        }
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<List<Long>> first = CompletableFuture.supplyAsync(() -> tx.execute(s -> {
            List<Long> ids = documents.claimQueued(2).stream().map(DocumentRepository.Queued::id).toList();
            firstHolds.countDown();
            try {
                secondDone.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ids;
        }));
        assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
        List<Long> second = tx.execute(s -> documents.claimQueued(20).stream().map(DocumentRepository.Queued::id).toList());
        secondDone.countDown();
        List<Long> firstIds = first.get(30, TimeUnit.SECONDS);

        assertThat(firstIds).hasSize(2).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(2);
        assertThat(new java.util.ArrayList<>(firstIds) {{ addAll(second); }}).containsExactlyInAnyOrderElementsOf(issued);
        // claims are released with their transactions: everything is still there to print
        assertThat(printBatch.run(Integer.MAX_VALUE, Duration.ofMinutes(5)).rendered()).isEqualTo(4);
    }

    @Test
    void aNoticeThatCannotBeRenderedWaitsWithoutHoldingUpTheOthers() {
        emptyQueue();
        String good = snapshots.take(DocumentKind.DUNNING_NOTICE, new DunningNotice.Content(NoticeFixtures.TARO, null,
                LocalDate.of(2026, 6, 10), NoticeFixtures.lines()));
        String taxpayer = newTaxpayer("tanaka");
        long broken = documents.enqueue(null, taxpayer, DocumentKind.DUNNING_NOTICE, "督促状", LocalDate.of(2026, 6, 10),
                "test", good.replace("\"version\":1", "\"version\":99"));
        long fine = documents.enqueue(null, taxpayer, DocumentKind.DUNNING_NOTICE, "督促状", LocalDate.of(2026, 6, 10),
                "test", good);

        PrintBatch.Run run = printBatch.run(Integer.MAX_VALUE, Duration.ofMinutes(5));
        assertThat(run.rendered()).isEqualTo(1);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(documents.find(fine).orElseThrow().queued()).isFalse();
        assertThat(documents.find(broken).orElseThrow()).satisfies(d -> {
            assertThat(d.queued()).isTrue();
            assertThat(d.renderFailed()).isTrue();
        });
        assertThat(documents.failedCount()).isEqualTo(1);
        // not retried by the next runs until asked to
        assertThat(printBatch.run(Integer.MAX_VALUE, Duration.ofMinutes(5)).failed()).isZero();

        // fixed (here: by hand), then retried
        jdbc.sql("UPDATE document SET payload = ? WHERE id = ?").params(good, broken).update();
        assertThat(printBatch.retryFailed()).isEqualTo(1);
        assertThat(printBatch.run(Integer.MAX_VALUE, Duration.ofMinutes(5)).rendered()).isEqualTo(1);
        assertThat(documents.failedCount()).isZero();
    }
}
