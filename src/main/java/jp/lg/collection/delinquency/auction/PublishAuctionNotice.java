package jp.lg.collection.delinquency.auction;

import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.documents.NoticeSheet;
import java.time.LocalDate;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.seizure.Disposition;
import jp.lg.collection.delinquency.seizure.DispositionRepository;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.rules.AuctionSchedule;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.beans.factory.annotation.Value;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 公売公告: publishes the notice (徴95) and notifies the taxpayer and the interested parties (徴96).
 * Asynchronous (I/O, retried). If retries carried it past the notice deadline, it fails into an incident
 * rather than publish an unlawfully late notice: the collector re-plans the auction day.
 *
 * <p>The 公売公告 is issued ({@link AuctionNotice}: the property, 見積価額, the auction day and place, 公売保証金
 * at {@link AuctionSchedule#minimumDeposit}, the sale-decision day and the payment deadline without extension)
 * and kept with the case whose property is sold; its document id is in the log entry. The place is
 * {@code collection.auction.place}, else the city hall. With it the 公売通知書 ({@link AuctionNotification}, 徴96①)
 * goes to the taxpayer, with the installments the sale is for, and to every interested party the collector named
 * on the plan ({@link InterestedParties}); every paper's document id is in the log entry.
 */
@Component("publishAuctionNotice")
public class PublishAuctionNotice implements JavaDelegate {

    private final AuctionRepository auctions;
    private final NegotiationLog log;
    private final DispositionRepository dispositions;
    private final DelinquencyCaseRepository cases;
    private final NoticeQueue notices;
    private final TaxBillRepository bills;
    private final String place;

    public PublishAuctionNotice(AuctionRepository auctions, NegotiationLog log, DispositionRepository dispositions,
            DelinquencyCaseRepository cases, NoticeQueue notices, TaxBillRepository bills,
            @Value("${collection.auction.place:}") String place) {
        this.auctions = auctions;
        this.log = log;
        this.dispositions = dispositions;
        this.cases = cases;
        this.notices = notices;
        this.bills = bills;
        this.place = place;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long auctionId = ProcessVariables.requireLong(execution, "auctionId");
        Auction auction = auctions.require(auctionId);
        if (Today.date().isAfter(auction.noticeBy())) {
            throw new IllegalStateException("公売公告の期限 " + WarekiDate.format(auction.noticeBy())
                    + " を過ぎています (徴95①): 公売の日を決め直してください");
        }
        LocalDate today = Today.date();
        auctions.noticePublished(auctionId, today);
        Disposition d = dispositions.require(auction.dispositionId());
        LocalDate saleDecision = AuctionSchedule.saleDecisionDate(auction.auctionDay(),
                d.assetKind().realPropertyEtc());
        String addresseeNo = cases.addresseeOf(auction.caseId());
        List<TaxBill> open = bills.findOpenByCase(auction.caseId());
        AuctionNotice.Content notice = new AuctionNotice.Content(auction.caseId(), today, auction.roundNo(),
                d.assetKind().label(), d.assetDescription(), auction.estimatedPrice(), auction.auctionDay(), place,
                AuctionSchedule.minimumDeposit(auction.estimatedPrice()), saleDecision,
                AuctionSchedule.paymentDeadline(saleDecision, 0),
                NoticeSheet.enforcementArticleOf(open.stream().map(TaxBill::taxItem).toList()));
        String round = "(第" + auction.roundNo() + "回)";
        long documentId = notices.issue(auction.caseId(), addresseeNo, DocumentKind.AUCTION_NOTICE,
                DocumentKind.AUCTION_NOTICE.label() + round, today, NegotiationLog.SYSTEM, notice);
        Addressee delinquent = notices.addressee(addresseeNo);
        List<NoticeLine> lines = notices.lines(open, today);
        List<String> notified = new ArrayList<>();
        notified.add("滞納者 文書ID " + notices.issue(auction.caseId(), addresseeNo, DocumentKind.AUCTION_NOTIFICATION,
                DocumentKind.AUCTION_NOTIFICATION.label() + round, today, NegotiationLog.SYSTEM,
                new AuctionNotification.Content(delinquent, true, delinquent, notice, lines)));
        for (Addressee party : InterestedParties.parse(execution.getVariable(InterestedParties.FIELD))) {
            notified.add(party.name() + " 文書ID " + notices.issue(auction.caseId(), addresseeNo,
                    DocumentKind.AUCTION_NOTIFICATION, DocumentKind.AUCTION_NOTIFICATION.label() + round + "(" + party.name()
                            + ")", today, NegotiationLog.SYSTEM,
                    new AuctionNotification.Content(party, false, delinquent, notice, lines)));
        }
        log.record(auction.caseId(), NegotiationAction.AUCTION, "第" + auction.roundNo() + "回公売の公告",
                "公売公告 (徴95)、公売の日 " + WarekiDate.format(auction.auctionDay()) + " / 公売公告 文書ID " + documentId
                        + " / 公売通知書 (徴96) → " + String.join("、", notified),
                null);
    }
}
