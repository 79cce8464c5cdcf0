package jp.lg.collection.delinquency.auction;

import jp.lg.collection.system.CurrentUser;
import java.time.LocalDate;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.AssetKind;
import jp.lg.collection.delinquency.seizure.Disposition;
import jp.lg.collection.delinquency.seizure.DispositionKind;
import jp.lg.collection.delinquency.seizure.DispositionRepository;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.AuctionSchedule;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 公売計画の登録: the notice is published today at the earliest, and must go out at least 10 days before the
 * auction day — 10 whole days between the two (徴95①, {@link AuctionSchedule#latestNoticeDate}) — so an auction
 * day closer than today + 11 is refused on the form. The estimate is published with the notice, which also
 * meets the 不動産等 rule of 3 whole days before (徴99). Each plan is a new round. Sets {@code auctionId},
 * {@code auctionDay} (the timer), {@code noticeBy}, {@code realEstate} (the registration of the transfer, 徴121)
 * and {@code realPropertyEtc} (不動産等: the sale decided 7 days after the auction, 徴113①). The interested parties
 * typed on the plan ({@link InterestedParties}) are checked here and told of the auction with the notice (徴96①).
 */
@Component("registerAuctionPlan")
public class RegisterAuctionPlan implements JavaDelegate {

    private final DispositionRepository dispositions;
    private final AuctionRepository auctions;
    private final NegotiationLog log;

    public RegisterAuctionPlan(DispositionRepository dispositions, AuctionRepository auctions, NegotiationLog log) {
        this.dispositions = dispositions;
        this.auctions = auctions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long dispositionId = ProcessVariables.requireLong(execution, "dispositionId");
        Disposition d = dispositions.require(dispositionId);
        if (d.kind() != DispositionKind.SEIZURE || d.assetKind().receivable()
                || !Disposition.EXECUTED.equals(d.status())) {
            throw new IllegalStateException("処分 " + dispositionId + " (" + d.label() + "、" + d.status()
                    + ") は公売の対象ではありません: 執行中の不動産・自動車・動産の差押に限ります");
        }
        long estimate = TaskInputs.requireYen(execution, "estimatedPrice", 1);
        InterestedParties.parse(execution.getVariable(InterestedParties.FIELD)); // a bad line is refused on the form
        LocalDate auctionDay = TaskInputs.requireDate(execution, "auctionDay");
        LocalDate today = Today.date();
        LocalDate noticeBy = AuctionSchedule.latestNoticeDate(auctionDay);
        if (noticeBy.isBefore(today)) {
            throw new TaskInputException("auctionDay", "公売の日は" + WarekiDate.format(today.plusDays(
                    AuctionSchedule.NOTICE_DAYS_BEFORE + 1)) + "以降にしてください (公売公告は公売の日の少なくとも10日前まで、"
                    + "公告の日と公売の日の間に中10日: 徴95①)");
        }
        int round = auctions.nextRound(dispositionId);
        String collector = CurrentUser.of(execution);
        long auctionId = auctions.plan(dispositionId, d.caseId(), round, estimate, auctionDay, noticeBy,
                collector == null ? NegotiationLog.SYSTEM : collector, today);
        log.record(d.caseId(), NegotiationAction.AUCTION, "第" + round + "回公売の計画 " + d.label(),
                "見積価額 " + Yen.of(estimate) + "、公売の日 " + WarekiDate.format(auctionDay) + "、公告期限 "
                        + WarekiDate.format(noticeBy) + " (徴95①)", collector);
        execution.setVariable("auctionId", auctionId);
        execution.setVariable("auctionDay", Today.startOf(auctionDay));
        execution.setVariable("noticeBy", Today.startOf(noticeBy));
        execution.setVariable("realEstate", d.assetKind() == AssetKind.REAL_ESTATE);
        execution.setVariable("realPropertyEtc", d.assetKind().realPropertyEtc());
        // a new round starts with empty result forms, not the previous round's entries
        for (String previous : new String[] {"bids", "paidOn", "afterUnsold", "afterUnsoldNote", "sold", "releaseUnsold"}) {
            execution.removeVariable(previous);
        }
    }
}
