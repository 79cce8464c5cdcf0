package jp.lg.collection.delinquency.auction;

import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.rules.UnsoldRelease;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 売却決定の取消: the buyer did not pay by the deadline, so the sale decision is revoked (徴115④) and the
 * buyer's deposit goes to the tax (徴100). The notice to the buyer is I/O, so this step is asynchronous;
 * the collector then decides between another auction and release.
 */
@Component("revokeSaleDecision")
public class RevokeSaleDecision implements JavaDelegate {

    private final AuctionRepository auctions;
    private final NegotiationLog log;

    public RevokeSaleDecision(AuctionRepository auctions, NegotiationLog log) {
        this.auctions = auctions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long auctionId = ProcessVariables.requireLong(execution, "auctionId");
        Auction auction = auctions.require(auctionId);
        auctions.setStatus(auctionId, "REVOKED");
        log.record(auction.caseId(), NegotiationAction.AUCTION, "第" + auction.roundNo() + "回公売 売却決定の取消",
                "買受人 " + auction.buyer() + " が納付期限 " + WarekiDate.format(auction.paymentDeadline())
                        + " までに買受代金を納付せず (徴115④)、公売保証金は滞納税に充当 (徴100)", null);
        execution.setVariable("sold", false);
        // a revoked sale had a buyer: it does not count towards 徴79②二, the rounds before it still do
        execution.setVariable("releaseUnsold", UnsoldRelease.releasable(auctions.unsoldRounds(auction.dispositionId())));
    }
}
