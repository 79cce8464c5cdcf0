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
import jp.lg.collection.documents.DocumentKind;
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
 * {@code collection.auction.place}, else the city hall. The 公売の通知 to the taxpayer and the interested parties
 * (徴96) is logged, not printed.
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
        long documentId = notices.issue(auction.caseId(), cases.addresseeOf(auction.caseId()),
                DocumentKind.AUCTION_NOTICE, DocumentKind.AUCTION_NOTICE.label() + "(第" + auction.roundNo() + "回)",
                today, NegotiationLog.SYSTEM, new AuctionNotice.Content(auction.caseId(), today, auction.roundNo(),
                        d.assetKind().label(), d.assetDescription(), auction.estimatedPrice(), auction.auctionDay(),
                        place, AuctionSchedule.minimumDeposit(auction.estimatedPrice()), saleDecision,
                        AuctionSchedule.paymentDeadline(saleDecision, 0), NoticeSheet.enforcementArticleOf(
                                bills.findOpenByCase(auction.caseId()).stream().map(TaxBill::taxItem).toList())));
        log.record(auction.caseId(), NegotiationAction.AUCTION, "第" + auction.roundNo() + "回公売の公告",
                "公売公告 (徴95)、公売の通知 → 滞納者・利害関係人 (徴96)、公売の日 " + WarekiDate.format(auction.auctionDay())
                        + " / 公売公告 文書ID " + documentId,
                null);
    }
}
