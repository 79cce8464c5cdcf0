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
import jp.lg.collection.delinquency.grace.GraceApplicationController;
import jp.lg.collection.delinquency.grace.GraceKind;
import jp.lg.collection.delinquency.grace.GraceRepository;
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
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 公売: every path of the PublicAuction model, for an asset seized through the Seizure model on 6/21 and
 * auctioned from 7/1 (notice on 7/1, 10 whole days 7/2–7/11 → auction on 7/12 at the earliest, 徴95①).
 */
class PublicAuctionTest extends SeizureTestSupport {

    static final LocalDate PLANNED = LocalDate.of(2026, 7, 1);
    static final LocalDate AUCTION_DAY = LocalDate.of(2026, 7, 12);

    @Autowired
    AuctionRepository auctions;
    @Autowired
    DocumentRepository documents;
    @Autowired
    GraceRepository graces;
    @Autowired
    GraceApplicationController graceApplications;

    /** The case's latest 公売公告, its id in the latest notice log entry. */
    StoredDocument auctionNotice() {
        List<StoredDocument> all = StoredPdfs.of(documents, caseId, DocumentKind.AUCTION_NOTICE);
        StoredDocument notice = all.get(all.size() - 1);
        NegotiationLog.Entry entry = log.of(caseId).stream().filter(e -> e.result().endsWith("回公売の公告"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(StoredPdfs.idsIn(entry.note())).first().isEqualTo(notice.id());
        return notice;
    }

    long dispositionId;

    ProcessInstance startAuction(String assetKind) {
        openCase(true);
        ProcessInstance seizure = proposedApprovedExecuted(asset(assetKind, switch (assetKind) {
            case "REAL_ESTATE" -> "熊谷市宮町二丁目47番1 宅地";
            case "VEHICLE" -> "普通乗用自動車 熊谷 300 あ 12-34";
            default -> "日本画 掛軸 1幅";
        }, 1_000_000L));
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
        assertThat(auction).isWaitingAt("Gateway_UntilAuctionDay");
        assertThat(job().getDuedate()).isEqualTo(Today.startOf(day));
        today(day);
        execute(job());
        assertThat(auction).isWaitingAt("Task_RecordBids");
    }

    Auction latestRound() {
        List<Auction> rounds = auctions.findByDisposition(dispositionId);
        return rounds.get(rounds.size() - 1);
    }

    /**
     * Planned on 7/1 with the notice that day: an auction on 7/11 leaves 9 whole days between (7/2–7/10) and is
     * refused; 7/12 leaves 10 (徴95①: notice by auction − 11).
     */
    @Test
    void theNoticeMustGoOutAtLeastTenDaysBeforeTheAuction() {
        ProcessInstance auction = startAuction("MOVABLE");
        assertThatThrownBy(() -> complete(task(), withVariables("estimatedPrice", 800_000L, "auctionDay",
                "2026-07-11"))).isInstanceOf(TaskInputException.class)
                .hasMessageStartingWith("auctionDay: 公売の日は令和8年7月12日以降にしてください").hasMessageContaining("徴95①");
        assertThat(auctions.findByDisposition(dispositionId)).isEmpty();
        assertThatThrownBy(() -> complete(task(), withVariables("estimatedPrice", 800_000L, "auctionDay", "2026-07-12",
                "interestedParties", "株式会社熊谷銀行,埼玉県熊谷市筑波二丁目1番地\n,住所だけ"))).isInstanceOf(TaskInputException.class)
                .hasMessageStartingWith("interestedParties: 2行目: 氏名又は名称がありません");
        complete(task(), withVariables("estimatedPrice", 800_000L, "auctionDay", "2026-07-12", "interestedParties",
                "株式会社熊谷銀行,埼玉県熊谷市筑波二丁目1番地\n\n熊谷信用金庫"));
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
                .contains("日本画 掛軸 1幅").contains("動産").contains("800,000円")
                .contains("80,000円").contains("公売の日").contains("令和8年7月12日").contains("熊谷市役所")
                .contains("買受代金の納付の期限").contains("熊谷市長").doesNotContain("試験 太郎");
        assertThat(StoredPdfs.joined(documents, notice)).contains("国税徴収法第95条第1項の規定により")
                .contains("公売保証金を納付してください(国税徴収法第100条)");
        // 公売通知書 (徴96①): the taxpayer with the tax the sale is for, and each interested party named on the plan
        List<StoredDocument> told = StoredPdfs.of(documents, caseId, DocumentKind.AUCTION_NOTIFICATION);
        assertThat(told).extracting(StoredDocument::title).containsExactly("公売通知書(第1回)",
                "公売通知書(第1回)(株式会社熊谷銀行)", "公売通知書(第1回)(熊谷信用金庫)");
        assertThat(StoredPdfs.idsIn(last(NegotiationAction.AUCTION).note())).containsExactly(notice.id(),
                told.get(0).id(), told.get(1).id(), told.get(2).id());
        assertThat(StoredPdfs.text(documents, told.get(0))).contains("試験 太郎　様").contains("日本画 掛軸 1幅")
                .contains("800,000円").contains("令和8年7月12日").contains("58,000");
        assertThat(StoredPdfs.joined(documents, told.get(0))).contains("国税徴収法第96条第1項の規定により通知します")
                .contains("この公売処分(公売公告)に不服があるときは");
        assertThat(StoredPdfs.text(documents, told.get(1))).contains("株式会社熊谷銀行　御中")
                .contains("埼玉県熊谷市筑波二丁目1番地").contains("試験 太郎");
    }

    /**
     * Movables: the highest bid at or above the estimate wins, decided that day; two equal highest bids are
     * drawn by lot and the draw is kept (徴104②) — not the first submitted.
     */
    @Test
    void aMovableIsSoldToTheHighestBidderOnTheAuctionDay() {
        ProcessInstance auction = startAuction("MOVABLE");
        planAndHold(auction, 800_000, AUCTION_DAY);
        complete(task(), withVariables("bids", "佐藤一郎,750000\n鈴木自動車,820000\n山田商事,1,250,000円\n高橋,1250000\n"));
        assertThat(auction).isWaitingAt("Task_ConfirmBuyerPayment").variables().containsEntry("sold", true)
                .containsEntry("saleDecisionDate", Today.startOf(AUCTION_DAY))
                .containsEntry("paymentDeadline", Today.startOf(AUCTION_DAY));
        assertThat(job().getDuedate()).isEqualTo(Today.startOf(AUCTION_DAY.plusDays(1)));
        Auction round = latestRound();
        assertThat(round.buyer()).isIn("山田商事", "高橋");
        assertThat(round.price()).isEqualTo(1_250_000L);
        assertThat(auctions.bidsOf(round.id())).extracting(Bid::bidder)
                .containsExactly("佐藤一郎", "鈴木自動車", "山田商事", "高橋");
        String drawn = jdbc.sql("SELECT lot_drawn FROM auction WHERE id = ?").param(round.id()).query(String.class)
                .single();
        assertThat(drawn).isEqualTo("くじ (徴104②): 山田商事、高橋 (各1,250,000円) から " + round.buyer());
        assertThat(last(NegotiationAction.AUCTION).note()).contains(drawn);
        assertThat(jdbc.sql("SELECT bidder FROM bid WHERE auction_id = ? AND winning").param(round.id())
                .query(String.class).list()).containsExactly(round.buyer());

        assertThatThrownBy(() -> complete(task(), withVariables("paidOn", "2026-07-13")))
                .hasMessageStartingWith("paidOn:");
        complete(task(), withVariables("paidOn", "2026-07-12"));
        assertThat(auction).isEnded().hasPassed("Event_AuctionSold").variables()
                .containsEntry("auctionOutcome", "SOLD");
        // 売却決定通知書 (徴118) to the buyer once paid
        StoredDocument decided = StoredPdfs.only(documents, caseId, DocumentKind.SALE_DECISION_NOTICE);
        assertThat(decided.title()).isEqualTo("売却決定通知書(" + round.buyer() + ")");
        assertThat(StoredPdfs.idsIn(last(NegotiationAction.AUCTION).note())).containsExactly(decided.id());
        assertThat(StoredPdfs.text(documents, decided)).contains(round.buyer() + "　様").contains("日本画 掛軸 1幅")
                .contains("1,250,000円").contains("令和8年7月12日").contains("試験 太郎");
        assertThat(StoredPdfs.joined(documents, decided)).contains("国税徴収法第118条の規定により売却決定通知書を交付します")
                .contains("同法第119条");
        Disposition d = dispositions.require(dispositionId);
        assertThat(d.status()).isEqualTo(Disposition.REALIZED);
        assertThat(d.collectedAmount()).isEqualTo(1_250_000L);
        assertThat(latestRound().status()).isEqualTo("PAID");
    }

    /**
     * Real estate: the sale decision comes on the day on which 7 days have passed counting from the auction day
     * (7/12 is day 1, the 7th day 7/18): 7/19 (徴113①).
     */
    @Test
    void realEstateIsDecidedSevenDaysAfterTheAuction() {
        ProcessInstance auction = startAuction("REAL_ESTATE");
        planAndHold(auction, 2_000_000, AUCTION_DAY);
        complete(task(), withVariables("bids", "熊谷不動産,2500000\n佐藤一郎,2100000"));
        LocalDate decision = LocalDate.of(2026, 7, 19);
        // the notice already said so: 売却決定 and payment on 7/19 for real estate, deposit 200,000
        assertThat(StoredPdfs.text(documents, auctionNotice())).contains("不動産").contains("熊谷市宮町二丁目47番1 宅地")
                .contains("2,000,000円").contains("200,000円").contains("売却決定の日").contains("令和8年7月19日");
        assertThat(auction).isWaitingAt("Event_SaleDecisionDay").variables()
                .containsEntry("saleDecisionDate", Today.startOf(decision))
                .containsEntry("paymentDeadline", Today.startOf(decision));
        assertThat(job().getDuedate()).isEqualTo(Today.startOf(decision));
        today(decision);
        execute(job());
        assertThat(auction).isWaitingAt("Task_ConfirmBuyerPayment");
        complete(task(), withVariables("paidOn", "2026-07-19"));
        assertThat(auction).isEnded().variables().containsEntry("auctionOutcome", "SOLD");
        assertThat(dispositions.require(dispositionId).collectedAmount()).isEqualTo(2_500_000L);
        assertThat(last(NegotiationAction.AUCTION).note()).contains("所有権移転登記の嘱託 (徴121)");
    }

    /** A registered vehicle is 不動産等 (徴113①): decided like real estate on 7/19, not on the auction day. */
    @Test
    void aRegisteredVehicleIsDecidedLikeRealEstate() {
        ProcessInstance auction = startAuction("VEHICLE");
        planAndHold(auction, 800_000, AUCTION_DAY);
        complete(task(), withVariables("bids", "鈴木自動車,820000"));
        LocalDate decision = LocalDate.of(2026, 7, 19);
        assertThat(auction).isWaitingAt("Event_SaleDecisionDay").variables()
                .containsEntry("saleDecisionDate", Today.startOf(decision));
        assertThat(StoredPdfs.text(documents, auctionNotice())).contains("普通乗用自動車 熊谷 300 あ 12-34")
                .contains("令和8年7月19日");
        assertThat(last(NegotiationAction.AUCTION).note()).contains("売却決定日 令和8年7月19日 (徴113①)");
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

        planAndHold(auction, 600_000, LocalDate.of(2026, 7, 23)); // planned 7/12: 7/23 at the earliest
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
        assertThat(last(NegotiationAction.SEIZURE_RELEASED).note()).contains("公売 2回").contains("徴79②")
                .contains("買受希望者なし");
        assertThat(StoredPdfs.text(documents, StoredPdfs.only(documents, caseId, DocumentKind.RELEASE_NOTICE)))
                .contains("差押解除通知書").contains("日本画 掛軸 1幅");
    }

    /**
     * 徴79②二: after the third auction without a bid at the estimate the model releases the seizure by itself, with
     * its papers — the 差押解除通知書 and, for land, the request to cancel the registration (徴81). A revoked sale had a
     * buyer and does not count.
     */
    @Test
    void theThirdUnsoldAuctionReleasesTheSeizureByItself() {
        ProcessInstance auction = startAuction("REAL_ESTATE");
        planAndHold(auction, 2_000_000, AUCTION_DAY);
        complete(task(), withVariables("bids", ""));
        assertThat(auction).isWaitingAt("Task_DecideAfterUnsold").variables().containsEntry("releaseUnsold", false);
        complete(task(), withVariables("afterUnsold", "RE_AUCTION"));
        planAndHold(auction, 1_600_000, LocalDate.of(2026, 7, 23));
        complete(task(), withVariables("bids", "佐藤一郎,1000000"));
        assertThat(auction).isWaitingAt("Task_DecideAfterUnsold");
        complete(task(), withVariables("afterUnsold", "RE_AUCTION"));
        planAndHold(auction, 1_200_000, LocalDate.of(2026, 8, 3));
        complete(task(), withVariables("bids", ""));

        assertThat(auction).isWaitingAt("Task_ReleaseUnsoldSeizure").hasPassed("Gateway_MergeRelease")
                .variables().containsEntry("releaseUnsold", true);
        assertThat(last(NegotiationAction.AUCTION).note()).contains("売却に至らない公売 3回: 差押を解除します (徴79②二)");
        execute(job());
        assertThat(auction).isEnded().hasPassed("Event_AuctionReleased").variables()
                .containsEntry("auctionOutcome", "RELEASED");
        assertThat(dispositions.require(dispositionId).status()).isEqualTo(Disposition.RELEASED);
        NegotiationLog.Entry released = last(NegotiationAction.SEIZURE_RELEASED);
        assertThat(released.note()).contains("公売 3回で売却に至らず").contains("(徴79②二)");
        StoredDocument notice = StoredPdfs.only(documents, caseId, DocumentKind.RELEASE_NOTICE);
        List<StoredDocument> requests = StoredPdfs.of(documents, caseId, DocumentKind.REGISTRATION_REQUEST);
        assertThat(requests).extracting(StoredDocument::title).containsExactly("差押登記嘱託書", "差押登記抹消嘱託書");
        assertThat(StoredPdfs.idsIn(released.note())).containsExactly(notice.id(), requests.get(1).id());
        assertThat(StoredPdfs.text(documents, notice)).contains("試験 太郎　様").contains("熊谷市宮町二丁目47番1 宅地")
                .contains("令和8年8月3日");
        assertThat(StoredPdfs.joined(documents, notice)).contains("国税徴収法第80条第1項").contains("徴79②二");
        assertThat(StoredPdfs.joined(documents, requests.get(1))).contains("国税徴収法第81条の規定により")
                .contains("令和8年8月3日解除");
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
        assertThat(auction).isWaitingAt("Task_DecideAfterUnsold").hasPassed("Event_PaymentOverdue").variables()
                .containsEntry("releaseUnsold", false);
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

    /** 換価猶予 (法15の5①, 15の6①): the seizure stands, the sale waits until the day after the grace's last day. */
    @Test
    void aRealizationGraceHoldsTheAuctionUntilItEnds() {
        openCase(true);
        ProcessInstance seizure = proposedApprovedExecuted(asset("MOVABLE", "日本画 掛軸 1幅", 1_000_000L));
        dispositionId = dispositionIdOf(seizure);
        graces.record(caseId, GraceKind.REALIZATION, null, LocalDate.of(2026, 6, 25), LocalDate.of(2026, 9, 24), true,
                null, "suzuki", LocalDate.of(2026, 6, 25));
        today(PLANNED);
        ProcessInstance auction = engine.getRuntimeService().startProcessInstanceByKey("PublicAuction", caseId,
                Map.of("caseId", caseId, "dispositionId", dispositionId, "assignedCollector", "tanaka"));
        assertThat(auction).isWaitingAt("Event_SaleGraceEnds").hasNotPassed("Task_PlanAuction");
        assertThat(job().getDuedate()).isEqualTo(Today.startOf(LocalDate.of(2026, 9, 25)));
        assertThat(last(NegotiationAction.AUCTION).result()).isEqualTo("公売の保留 (猶予期間中)");
        assertThat(dispositions.require(dispositionId).status()).isEqualTo(Disposition.EXECUTED);

        today(LocalDate.of(2026, 9, 25));
        execute(job());
        assertThat(auction).isWaitingAt("Task_PlanAuction");
    }

    /**
     * A grace granted after the 公売公告 and before the auction day: the round is cancelled (公売の中止) and does not
     * count towards 徴79②二; the sale waits for the grace to end and is planned anew.
     */
    @Test
    void aGraceGrantedBeforeTheAuctionDayCancelsTheRound() {
        ProcessInstance auction = startAuction("MOVABLE");
        complete(task(), withVariables("estimatedPrice", 800_000L, "auctionDay", "2026-07-12"));
        execute(job());
        assertThat(auction).isWaitingAt("Gateway_UntilAuctionDay");

        today(LocalDate.of(2026, 7, 5));
        graceApplications.applyForGrace(caseId, GraceKind.REALIZATION, LocalDate.of(2026, 7, 5),
                LocalDate.of(2026, 10, 4));
        Task decision = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey("Task_DecideGrace").singleResult();
        complete(decision, withVariables("graceGranted", "true"));

        assertThat(auction).isWaitingAt("Event_SaleGraceEnds").hasPassed("Task_CancelAuction");
        assertThat(latestRound().status()).isEqualTo("CANCELLED");
        assertThat(log.of(caseId)).extracting(NegotiationLog.Entry::result).contains("第1回公売の中止");
        assertThat(StoredPdfs.only(documents, caseId, DocumentKind.GRACE_DECISION_NOTICE).title())
                .isEqualTo("換価の猶予許可通知書");
        assertThat(job().getDuedate()).isEqualTo(Today.startOf(LocalDate.of(2026, 10, 5)));

        today(LocalDate.of(2026, 10, 5));
        execute(job());
        assertThat(auction).isWaitingAt("Task_PlanAuction");
        assertThat(auctions.unsoldRounds(dispositionId)).isZero();
    }
}
