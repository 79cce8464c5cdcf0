package jp.lg.collection.delinquency.auction;

import jp.lg.collection.system.CurrentUser;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.AuctionSchedule;
import jp.lg.collection.rules.UnsoldRelease;
import jp.lg.collection.rules.Bid;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 最高価申込者の決定と売却決定: the highest bid at or above the estimated price wins (徴104, AuctionSchedule);
 * among equal highest bids the buyer is drawn by lot (徴104②) — a secure random draw, recorded with the bidders
 * it was drawn among on the auction row and in the negotiation log. The sale is decided on the auction day for
 * movables (徴111) and on auction + 7 days for 不動産等, real estate and registered vehicles (徴113①), and the
 * price is due by the sale-decision day (徴115①, no extension here). No bid at or above the estimate leaves the
 * asset unsold. A malformed bid line is refused with its line number.
 * An unsold round counts towards 徴79②二 ({@link UnsoldRelease}): at the third the model releases the seizure.
 * Sets {@code sold} and, unsold, {@code releaseUnsold}; when sold, {@code saleDecisionDate}, {@code paymentDeadline} and
 * {@code paymentOverdueAt} (the day after the deadline, when the boundary timer revokes the decision).
 */
@Component("decideSale")
public class DecideSale implements JavaDelegate {

    private final AuctionRepository auctions;
    private final NegotiationLog log;
    /** 徴104②: the lot among equal highest bids. */
    private final RandomGenerator lot = new SecureRandom();

    public DecideSale(AuctionRepository auctions, NegotiationLog log) {
        this.auctions = auctions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long auctionId = ProcessVariables.requireLong(execution, "auctionId");
        boolean realPropertyEtc = Boolean.TRUE.equals(execution.getVariable("realPropertyEtc"));
        Auction auction = auctions.require(auctionId);
        Object text = execution.getVariable("bids");
        List<BidSheet.Line> lines = BidSheet.parse("bids", text == null ? null : text.toString());
        Optional<AuctionSchedule.Award> award = AuctionSchedule.award(auction.estimatedPrice(),
                lines.stream().map(BidSheet.Line::bid).toList(), lot);
        Optional<Bid> winner = award.map(AuctionSchedule.Award::winner);
        for (BidSheet.Line line : lines) {
            auctions.addBid(auctionId, line.lineNo(), line.bid(), winner.isPresent() && winner.get() == line.bid());
        }
        String collector = CurrentUser.of(execution);
        String round = "第" + auction.roundNo() + "回公売 ";
        if (winner.isEmpty()) {
            auctions.setStatus(auctionId, "UNSOLD");
            int unsold = auctions.unsoldRounds(auction.dispositionId());
            boolean release = UnsoldRelease.releasable(unsold);
            log.record(auction.caseId(), NegotiationAction.AUCTION, round + "売却に至らず",
                    (lines.isEmpty() ? "入札なし" : "見積価額 " + Yen.of(auction.estimatedPrice())
                            + " 以上の入札なし (" + lines.size() + "件)") + "。売却に至らない公売 " + unsold + "回"
                            + (release ? ": 差押を解除します (徴79②二)" : ""), collector);
            execution.setVariable("sold", false);
            execution.setVariable("releaseUnsold", release);
            return;
        }
        Bid bid = winner.get();
        String lotNote = "";
        if (award.get().byLot()) {
            String drawn = "くじ (徴104②): " + String.join("、", award.get().drawnAmong().stream().map(Bid::bidder).toList())
                    + " (各" + Yen.of(bid.amount()) + ") から " + bid.bidder();
            auctions.recordLot(auctionId, drawn);
            lotNote = "、" + drawn;
        }
        LocalDate decision = AuctionSchedule.saleDecisionDate(auction.auctionDay(), realPropertyEtc);
        LocalDate deadline = AuctionSchedule.paymentDeadline(decision, 0);
        auctions.sold(auctionId, bid.bidder(), bid.amount(), decision, deadline);
        log.record(auction.caseId(), NegotiationAction.AUCTION, round + "最高価申込者 " + bid.bidder() + " "
                + Yen.of(bid.amount()), "売却決定日 " + WarekiDate.format(decision)
                        + (realPropertyEtc ? " (徴113①)" : " (徴111)") + "、買受代金の納付期限 " + WarekiDate.format(deadline)
                        + " (徴115①)、入札 " + lines.size() + "件" + lotNote, collector);
        execution.setVariable("sold", true);
        execution.setVariable("saleDecisionDate", Today.startOf(decision));
        execution.setVariable("paymentDeadline", Today.startOf(deadline));
        // payable until the end of the deadline day: the revocation timer fires at the start of the next day
        execution.setVariable("paymentOverdueAt", Today.startOf(deadline.plusDays(1)));
    }
}
