package jp.lg.collection.delinquency.auction;

import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.seizure.Disposition;
import jp.lg.collection.delinquency.seizure.DispositionRepository;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 公売不成立による差押解除: the collector judged that the asset will not sell (徴79②二 allows the release
 * after three auctions without a bid when no buyer or private sale is in prospect; the number of rounds held
 * is logged for the manager's review). The release notices are I/O (徴80), so this step is asynchronous.
 */
@Component("releaseUnsoldSeizure")
public class ReleaseUnsoldSeizure implements JavaDelegate {

    private final DispositionRepository dispositions;
    private final AuctionRepository auctions;
    private final NegotiationLog log;

    public ReleaseUnsoldSeizure(DispositionRepository dispositions, AuctionRepository auctions, NegotiationLog log) {
        this.dispositions = dispositions;
        this.auctions = auctions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long dispositionId = ((Number) execution.getVariable("dispositionId")).longValue();
        Disposition d = dispositions.require(dispositionId);
        if (dispositions.release(dispositionId, Today.date())) {
            Object note = execution.getVariable("afterUnsoldNote");
            log.record(d.caseId(), NegotiationAction.SEIZURE_RELEASED, d.label(), "公売 "
                    + auctions.findByDisposition(dispositionId).size() + "回で売却に至らず解除 (徴79②二、解除の通知 徴80)"
                    + (note == null ? "" : ": " + note), null);
        }
    }
}
