package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 差押の解除 when the collector finds nothing to collect: a seizure with no prospect of yielding anything
 * must be released (徴79①二), a delivery demand withdrawn (徴84). The release notice goes to the taxpayer
 * and the third-party debtor or executing authority (徴80, 84②), so this step is asynchronous.
 */
@Component("releaseSeizure")
public class ReleaseSeizure implements JavaDelegate {

    private final DispositionRepository dispositions;
    private final SeizureReleases releases;

    public ReleaseSeizure(DispositionRepository dispositions, SeizureReleases releases) {
        this.dispositions = dispositions;
        this.releases = releases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Disposition d = dispositions.require(ProcessVariables.requireLong(execution, "dispositionId"));
        releases.release(d, "取立の見込みなし (徴79①二、交付要求は徴84)", execution.getVariable("collectionNote"));
    }
}
