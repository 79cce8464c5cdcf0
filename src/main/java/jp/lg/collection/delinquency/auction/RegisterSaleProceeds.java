package jp.lg.collection.delinquency.auction;

import jp.lg.collection.system.CurrentUser;
import java.time.LocalDate;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.seizure.DispositionRepository;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 換価代金の登録: the buyer paid the price, so the seized asset is realized and the price becomes the proceeds
 * the 配当 phase distributes (徴129). Ownership passes on payment (徴116); for real estate the city then
 * requests the transfer registration (徴121), which the log records as due.
 */
@Component("registerSaleProceeds")
public class RegisterSaleProceeds implements JavaDelegate {

    private final AuctionRepository auctions;
    private final DispositionRepository dispositions;
    private final NegotiationLog log;

    public RegisterSaleProceeds(AuctionRepository auctions, DispositionRepository dispositions, NegotiationLog log) {
        this.auctions = auctions;
        this.dispositions = dispositions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long auctionId = ProcessVariables.requireLong(execution, "auctionId");
        Auction auction = auctions.require(auctionId);
        LocalDate paidOn = TaskInputs.requireDate(execution, "paidOn");
        if (paidOn.isAfter(Today.date())) {
            throw new TaskInputException("paidOn", "納付日に将来の日付は入力できません");
        }
        if (paidOn.isBefore(auction.auctionDay()) || paidOn.isAfter(auction.paymentDeadline())) {
            throw new TaskInputException("paidOn", "納付日は公売の日 (" + auction.auctionDay() + ") から納付期限 ("
                    + auction.paymentDeadline() + ") までの日付です (徴115)");
        }
        auctions.paid(auctionId, paidOn);
        dispositions.realize(auction.dispositionId(), auction.price(), paidOn);
        boolean realEstate = Boolean.TRUE.equals(execution.getVariable("realEstate"));
        log.record(auction.caseId(), NegotiationAction.AUCTION, "買受代金納付 " + Yen.of(auction.price())
                + " 買受人 " + auction.buyer(), "換価代金として配当へ (徴129)"
                        + (realEstate ? "、所有権移転登記の嘱託 (徴121)" : "、財産の引渡し (徴119)"), CurrentUser.of(execution));
    }
}
