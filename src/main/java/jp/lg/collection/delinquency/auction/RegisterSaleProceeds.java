package jp.lg.collection.delinquency.auction;

import jp.lg.collection.system.CurrentUser;
import java.time.LocalDate;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.seizure.Disposition;
import jp.lg.collection.delinquency.seizure.DispositionRepository;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.documents.NoticeSheet;
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
 * requests the transfer registration (徴121), which the log records as due. The buyer is handed the 売却決定通知書
 * ({@link SaleDecisionNotice}, 徴118), queued with the case; its document id is in the log entry.
 */
@Component("registerSaleProceeds")
public class RegisterSaleProceeds implements JavaDelegate {

    private final AuctionRepository auctions;
    private final DispositionRepository dispositions;
    private final NegotiationLog log;
    private final NoticeQueue notices;
    private final DelinquencyCaseRepository cases;
    private final TaxBillRepository bills;

    public RegisterSaleProceeds(AuctionRepository auctions, DispositionRepository dispositions, NegotiationLog log,
            NoticeQueue notices, DelinquencyCaseRepository cases, TaxBillRepository bills) {
        this.auctions = auctions;
        this.dispositions = dispositions;
        this.log = log;
        this.notices = notices;
        this.cases = cases;
        this.bills = bills;
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
        Disposition d = dispositions.require(auction.dispositionId());
        dispositions.realize(auction.dispositionId(), auction.price(), paidOn);
        boolean realEstate = Boolean.TRUE.equals(execution.getVariable("realEstate"));
        String addresseeNo = cases.addresseeOf(auction.caseId());
        LocalDate today = Today.date();
        long documentId = notices.issue(auction.caseId(), addresseeNo, DocumentKind.SALE_DECISION_NOTICE,
                DocumentKind.SALE_DECISION_NOTICE.label() + "(" + auction.buyer() + ")", today, NegotiationLog.SYSTEM,
                new SaleDecisionNotice.Content(new Addressee(null, null, null, auction.buyer()),
                        notices.addressee(addresseeNo), auction.caseId(), today, auction.roundNo(),
                        d.assetKind().label(), d.assetDescription(), auction.price(), auction.saleDecisionOn(), paidOn,
                        realEstate, NoticeSheet.enforcementArticleOf(bills.findByCase(auction.caseId()).stream()
                                .map(TaxBill::taxItem).distinct().toList())));
        log.record(auction.caseId(), NegotiationAction.AUCTION, "買受代金納付 " + Yen.of(auction.price())
                + " 買受人 " + auction.buyer(), "換価代金として配当へ (徴129)"
                        + (realEstate ? "、所有権移転登記の嘱託 (徴121)" : "、財産の引渡し (徴119)")
                        + " / 売却決定通知書 → 買受人 " + auction.buyer() + " (徴118) 文書ID " + documentId,
                CurrentUser.of(execution));
    }
}
