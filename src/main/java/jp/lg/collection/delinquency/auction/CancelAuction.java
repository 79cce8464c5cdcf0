package jp.lg.collection.delinquency.auction;

import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 公売の中止: a grace was granted after the 公売公告 and before the auction day ({@code Message_SaleStayed}, sent by
 * the grace's decision), so the round is not held (法15の5①, 15の6①, 15の2の3①). The round is CANCELLED — it does
 * not count towards 徴79②二 — and the model goes back to wait for the grace to end before planning anew.
 */
@Component("cancelAuction")
public class CancelAuction implements JavaDelegate {

    /** The message the grace's decision sends to a case's auction waiting for its day. */
    public static final String MESSAGE = "Message_SaleStayed";

    private final AuctionRepository auctions;
    private final NegotiationLog log;

    public CancelAuction(AuctionRepository auctions, NegotiationLog log) {
        this.auctions = auctions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Auction auction = auctions.require(ProcessVariables.requireLong(execution, "auctionId"));
        if (auctions.cancel(auction.id())) {
            log.record(auction.caseId(), NegotiationAction.AUCTION, "第" + auction.roundNo() + "回公売の中止",
                    "猶予の許可により公売の日 " + WarekiDate.format(auction.auctionDay()) + " の公売を中止", null);
        }
    }
}
