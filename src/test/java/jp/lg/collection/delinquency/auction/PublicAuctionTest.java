package jp.lg.collection.delinquency.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.seizure.Disposition;
import jp.lg.collection.delinquency.seizure.SeizureTestSupport;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.StoredDocument;
import jp.lg.collection.documents.StoredPdfs;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.rules.Bid;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 公売: every path of the PublicAuction model, for an asset seized through the Seizure model on 6/20 and
 * auctioned from 7/1 (notice by 7/1 → auction on 7/11 at the earliest, 徴95①).
 */
class PublicAuctionTest extends SeizureTestSupport {

    static final LocalDate PLANNED = LocalDate.of(2026, 7, 1);
    static final LocalDate AUCTION_DAY = LocalDate.of(2026, 7, 11);

    @Autowired
    AuctionRepository auctions;
    @Autowired
    DocumentRepository documents;

    /** The case's latest 公売公告, its id in the latest notice log entry. */
    StoredDocument auctionNotice() {
        List<StoredDocument> all = StoredPdfs.of(documents, caseId, DocumentKind.AUCTION_NOTICE);
        StoredDocument notice = all.get(all.size() - 1);
        NegotiationLog.Entry entry = log.of(caseId).stream().filter(e -> e.result().endsWith("回公売の公告"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(StoredPdfs.idsIn(entry.note())).containsExactly(notice.id());
        return notice;
    }

    long dispositionId;

    ProcessInstance startAuction(String assetKind) {
        openCase(true);
        ProcessInstance seizure = proposedApprovedExecuted(asset(assetKind, "REAL_ESTATE".equals(assetKind)
                ? "熊谷市宮町二丁目47番1 宅地" : "普通乗用自動車 熊谷 300 あ 12-34", 1_000_000L));
        assertThat(seizure).isEnded().variables().containsEntry("seizureOutcome", "REALIZE");
        dispositionId = dispositionIdOf(seizure);
        today(PLANNED);
        ProcessInstance auction = engine.getRuntimeService().startProcessInstanceByKey("PublicAuction", caseId,
                Map.of("caseId", caseId, "dispositionId", dispositionId, "assignedCollector", "tanaka"));
        assertThat(auction).isWaitingAt("Task_PlanAuction");
        assertThat(task()).isAssignedTo("tanaka");
        return auction;
    }

    /** Plans the auction for {@code day}, publishes the notice and lets the auction day come. */
    void planAndHold(ProcessInstance auction, long estimate, LocalDate day) {
        complete(task(), withVariables("estimatedPrice", estimate, "auctionDay", day.toString()));
        assertThat(auction).isWaitingAt("Task_PublishAuctionNotice");
        execute(job());
        assertThat(auction).isWaitingAt("Event_AuctionDay");
        assertThat(job().getDuedate()).isEqualTo(Today.startOf(day));
        today(day);
        execute(job());
        assertThat(auction).isWaitingAt("Task_RecordBids");
    }

    Auction latestRound() {
        List<Auction> rounds = auctions.findByDisposition(dispositionId);
        return rounds.get(rounds.size() - 1);
    }

    /** Planned on 7/1: an auction on 7/10 leaves 9 days for the notice and is refused; 7/11 leaves 10. */
    @Test
    void theNoticeMustGoOutAtLeastTenDaysBeforeTheAuction() {
        ProcessInstance auction = startAuction("MOVABLE");
        assertThatThrownBy(() -> complete(task(), withVariables("estimatedPrice", 800_000L, "auctionDay",
                "2026-07-10"))).isInstanceOf(TaskInputException.class)
                .hasMessageStartingWith("auctionDay: 公売の日は令和8年7月11日以降にしてください").hasMessageContaining("徴95①");
        assertThat(auctions.findByDisposition(dispositionId)).isEmpty();
        complete(task(), withVariables("estimatedPrice", 800_000L, "auctionDay", "2026-07-11"));
        assertThat(auction).isWaitingAt("Task_PublishAuctionNotice").variables()
                .containsEntry("auctionDay", Today.startOf(AUCTION_DAY)).containsEntry("noticeBy", Today.startOf(PLANNED));
        execute(job());
        Auction round = latestRound();
        assertThat(round.roundNo()).isEqualTo(1);
        assertThat(round.status()).isEqualTo("NOTICED");
        assertThat(round.noticePublishedOn()).isEqualTo(PLANNED);
        assertThat(last(NegotiationAction.AUCTION).note()).contains("徴95").contains("徴96");
        // 公売公告: estimate 800,000, deposit 10 % = 80,000, a movable is decided and paid for on the auction day
        StoredDocument notice = auctionNotice();
        assertThat(notice.createdOn()).isEqualTo(PLANNED);
        assertThat(notice.title()).isEqualTo("公売公告(第1回)");
        String text = StoredPdfs.text(documents, notice);
        assertThat(text).contains("公　売　公　告").contains("(第1回)").contains("令和8年7月1日")
                .contains("普通乗用自動車 熊谷 300 あ 12-34").contains("動産").contains("800,000円")
                .contains("80,000円").contains("公売の日").contains("令和8年7月11日").contains("熊谷市役所")
                .contains("買受代金の納付の期限").contains("熊谷市長").doesNotContain("試験 太郎");
        assertThat(StoredPdfs.joined(documents, notice)).contains("国税徴収法第95条第1項の規定により")
                .contains("公売保証金を納付してください(国税徴収法第100条)");
    }

    /** Movables: the highest bid at or above the estimate wins (the first of equal bids), decided that day. */
    @Test
    void aMovableIsSoldToTheHighestBidderOnTheAuctionDay() {
        ProcessInstance auction = startAuction("VEHICLE");
        planAndHold(auction, 800_000, AUCTION_DAY);
        complete(task(), withVariables("bids", "佐藤一郎,750000\n鈴木自動車,820000\n山田商事,1,250,000円\n高橋,1250000\n"));
        assertThat(auction).isWaitingAt("Task_ConfirmBuyerPayment").variables().containsEntry("sold", true)
                .containsEntry("saleDecisionDate", Today.startOf(AUCTION_DAY))
                .containsEntry("paymentDeadline", Today.startOf(AUCTION_DAY));
        assertThat(job().getDuedate()).isEqualTo(Today.startOf(AUCTION_DAY.plusDays(1)));
        Auction round = latestRound();
        assertThat(round.buyer()).isEqualTo("山田商事");
        assertThat(round.price()).isEqualTo(1_250_000L);
        assertThat(auctions.bidsOf(round.id())).extracting(Bid::bidder)
                .containsExactly("佐藤一郎", "鈴木自動車", "山田商事", "高橋");

        assertThatThrownBy(() -> complete(task(), withVariables("paidOn", "2026-07-12")))
                .hasMessageStartingWith("paidOn:");
        complete(task(), withVariables("paidOn", "2026-07-11"));
        assertThat(auction).isEnded().hasPassed("Event_AuctionSold").variables()
                .containsEntry("auctionOutcome", "SOLD");
        Disposition d = dispositions.require(dispositionId);
        assertThat(d.status()).isEqualTo(Disposition.REALIZED);
        assertThat(d.collectedAmount()).isEqualTo(1_250_000L);
        assertThat(latestRound().status()).isEqualTo("PAID");
    }

    /** Real estate: the sale decision comes on the 7th day counting from the auction day, 7/17 (徴113①). */
    @Test
    void realEstateIsDecidedSixDaysAfterTheAuction() {
        ProcessInstance auction = startAuction("REAL_ESTATE");
        planAndHold(auction, 2_000_000, AUCTION_DAY);
        complete(task(), withVariables("bids", "熊谷不動産,2500000\n佐藤一郎,2100000"));
        LocalDate decision = LocalDate.of(2026, 7, 17);
        // the notice already said so: 売却決定 and payment on 7/17 for real estate, deposit 200,000
        assertThat(StoredPdfs.text(documents, auctionNotice())).contains("不動産").contains("熊谷市宮町二丁目47番1 宅地")
                .contains("2,000,000円").contains("200,000円").contains("売却決定の日").contains("令和8年7月17日");
        assertThat(auction).isWaitingAt("Event_SaleDecisionDay").variables()
                .containsEntry("saleDecisionDate", Today.startOf(decision))
                .containsEntry("paymentDeadline", Today.startOf(decision));
        assertThat(job().getDuedate()).isEqualTo(Today.startOf(decision));
        today(decision);
        execute(job());
        assertThat(auction).isWaitingAt("Task_ConfirmBuyerPayment");
        complete(task(), withVariables("paidOn", "2026-07-17"));
        assertThat(auction).isEnded().variables().containsEntry("auctionOutcome", "SOLD");
        assertThat(dispositions.require(dispositionId).collectedAmount()).isEqualTo(2_500_000L);
        assertThat(last(NegotiationAction.AUCTION).note()).contains("所有権移転登記の嘱託 (徴121)");
    }

    @Test
    void noBidAtTheEstimateGoesToAnotherAuctionAndThenToRelease() {
        ProcessInstance auction = startAuction("MOVABLE");
        planAndHold(auction, 800_000, AUCTION_DAY);
        complete(task(), withVariables("bids", "佐藤一郎,750000"));
        assertThat(auction).isWaitingAt("Task_DecideAfterUnsold").variables().containsEntry("sold", false);
        assertThat(latestRound().status()).isEqualTo("UNSOLD");
        complete(task(), withVariables("afterUnsold", "RE_AUCTION"));
        assertThat(auction).isWaitingAt("Task_PlanAuction");

        planAndHold(auction, 600_000, LocalDate.of(2026, 7, 21));
        complete(task(), withVariables("bids", ""));
        assertThat(auction).isWaitingAt("Task_DecideAfterUnsold");
        assertThat(latestRound().roundNo()).isEqualTo(2);
        assertThat(latestRound().estimatedPrice()).isEqualTo(600_000);
        complete(task(), withVariables("afterUnsold", "RELEASE", "afterUnsoldNote", "買受希望者なし"));
        assertThat(auction).isWaitingAt("Task_ReleaseUnsoldSeizure");
        execute(job());
        assertThat(auction).isEnded().hasPassed("Event_AuctionReleased").variables()
                .containsEntry("auctionOutcome", "RELEASED");
        assertThat(dispositions.require(dispositionId).status()).isEqualTo(Disposition.RELEASED);
        assertThat(last(NegotiationAction.SEIZURE_RELEASED).note()).contains("公売 2回").contains("徴79②二");
    }

    /** Unpaid at the end of the deadline day, the sale decision is revoked the next morning (徴115④). */
    @Test
    void aBuyerWhoDoesNotPayLosesTheSale() {
        ProcessInstance auction = startAuction("MOVABLE");
        planAndHold(auction, 800_000, AUCTION_DAY);
        complete(task(), withVariables("bids", "山田商事,900000"));
        assertThat(auction).isWaitingAt("Task_ConfirmBuyerPayment");
        today(AUCTION_DAY.plusDays(1));
        execute(job());
        assertThat(auction).isWaitingAt("Task_RevokeSaleDecision");
        execute(job());
        assertThat(auction).isWaitingAt("Task_DecideAfterUnsold").hasPassed("Event_PaymentOverdue");
        assertThat(latestRound().status()).isEqualTo("REVOKED");
        assertThat(dispositions.require(dispositionId).status()).isEqualTo(Disposition.EXECUTED);
        assertThat(last(NegotiationAction.AUCTION).note()).contains("徴115④");
    }

    @Test
    void aMalformedBidLineIsRefusedWithItsLineNumber() {
        ProcessInstance auction = startAuction("MOVABLE");
        planAndHold(auction, 800_000, AUCTION_DAY);
        assertThatThrownBy(() -> complete(task(), withVariables("bids", "佐藤一郎,750000\n\n山田商事 900000")))
                .isInstanceOf(TaskInputException.class).hasMessageStartingWith("bids: 3行目:")
                .hasMessageContaining("山田商事 900000");
        assertThatThrownBy(() -> complete(task(), withVariables("bids", "佐藤一郎,七十五万円")))
                .hasMessageStartingWith("bids: 1行目: 金額は円単位の整数");
        assertThatThrownBy(() -> complete(task(), withVariables("bids", "佐藤一郎,750000\n,900000")))
                .hasMessageStartingWith("bids: 2行目: 入札者名がありません");
        assertThat(auction).isWaitingAt("Task_RecordBids");
        assertThat(auctions.bidsOf(latestRound().id())).isEmpty();
    }
}
