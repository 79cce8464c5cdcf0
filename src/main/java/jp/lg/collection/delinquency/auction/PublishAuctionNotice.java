package jp.lg.collection.delinquency.auction;

import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 公売公告: publishes the notice (徴95) and notifies the taxpayer and the interested parties (徴96).
 * Asynchronous (I/O, retried). If retries carried it past the notice deadline, it fails into an incident
 * rather than publish an unlawfully late notice: the collector re-plans the auction day.
 */
@Component("publishAuctionNotice")
public class PublishAuctionNotice implements JavaDelegate {

    private final AuctionRepository auctions;
    private final NegotiationLog log;

    public PublishAuctionNotice(AuctionRepository auctions, NegotiationLog log) {
        this.auctions = auctions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long auctionId = ((Number) execution.getVariable("auctionId")).longValue();
        Auction auction = auctions.require(auctionId);
        if (Today.date().isAfter(auction.noticeBy())) {
            throw new IllegalStateException("公売公告の期限 " + WarekiDate.format(auction.noticeBy())
                    + " を過ぎています (徴95①): 公売の日を決め直してください");
        }
        auctions.noticePublished(auctionId, Today.date());
        log.record(auction.caseId(), NegotiationAction.AUCTION, "第" + auction.roundNo() + "回公売の公告",
                "公売公告 (徴95)、公売の通知 → 滞納者・利害関係人 (徴96)、公売の日 " + WarekiDate.format(auction.auctionDay()),
                null);
    }
}
