package jp.lg.collection.delinquency.auction;

import jp.lg.collection.delinquency.seizure.Disposition;
import jp.lg.collection.delinquency.seizure.DispositionRepository;
import jp.lg.collection.delinquency.seizure.SeizureReleases;
import jp.lg.collection.system.ProcessVariables;
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
    private final SeizureReleases releases;

    public ReleaseUnsoldSeizure(DispositionRepository dispositions, AuctionRepository auctions,
            SeizureReleases releases) {
        this.dispositions = dispositions;
        this.auctions = auctions;
        this.releases = releases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Disposition d = dispositions.require(ProcessVariables.requireLong(execution, "dispositionId"));
        int rounds = auctions.findByDisposition(d.id()).size();
        releases.release(d, "公売 " + rounds + "回で売却に至らず解除 (徴79②二、解除の通知 徴80)",
                execution.getVariable("afterUnsoldNote"));
    }
}
