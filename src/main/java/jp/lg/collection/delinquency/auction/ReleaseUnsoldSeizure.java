package jp.lg.collection.delinquency.auction;

import jp.lg.collection.delinquency.seizure.Disposition;
import jp.lg.collection.delinquency.seizure.DispositionRepository;
import jp.lg.collection.delinquency.seizure.SeizureReleases;
import jp.lg.collection.rules.UnsoldRelease;
import jp.lg.collection.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 公売不成立による差押解除: the property did not sell. After the auctions 徴79②二 counts — three rounds without a bid
 * at or above the estimate ({@link UnsoldRelease}) — the model comes here by itself; before that, when the
 * collector judges that it will not sell. The release is made by its papers ({@link SeizureReleases}: the
 * 差押解除通知書 to the taxpayer, 徴80, and for real estate or a registered vehicle the request to cancel the
 * registration, 徴81), so this step is asynchronous.
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
        int unsold = auctions.unsoldRounds(d.id());
        String ground = UnsoldRelease.releasable(unsold)
                ? "公売 " + unsold + "回で売却に至らず、更に公売に付しても買受人がないため解除 (徴79②二)"
                : "公売 " + unsold + "回で売却に至らず、売却の見込みがないと判断して解除 (徴79②)";
        releases.release(d, ground, Boolean.TRUE.equals(execution.getVariable("releaseUnsold")) ? null
                : execution.getVariable("afterUnsoldNote"));
    }
}
