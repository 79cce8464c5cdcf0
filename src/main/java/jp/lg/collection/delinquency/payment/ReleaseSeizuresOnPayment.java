package jp.lg.collection.delinquency.payment;

import jp.lg.collection.delinquency.seizure.SeizureReleases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 差押の解除: once the case is paid in full nothing may stay seized (徴79①一); releases every seizure of the
 * case and logs each. Asynchronous, because releases notify third-party debtors and registries.
 */
@Component("releaseSeizuresOnPayment")
public class ReleaseSeizuresOnPayment implements JavaDelegate {

    private final SeizureReleases releases;

    public ReleaseSeizuresOnPayment(SeizureReleases releases) {
        this.releases = releases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        releases.releaseAll((String) execution.getVariable("caseId"));
    }
}
