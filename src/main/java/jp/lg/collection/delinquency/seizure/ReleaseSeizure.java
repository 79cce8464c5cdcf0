package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.system.Today;
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
    private final NegotiationLog log;

    public ReleaseSeizure(DispositionRepository dispositions, NegotiationLog log) {
        this.dispositions = dispositions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("dispositionId")).longValue();
        Disposition d = dispositions.require(id);
        if (dispositions.release(id, Today.date())) {
            Object note = execution.getVariable("collectionNote");
            log.record(d.caseId(), NegotiationAction.SEIZURE_RELEASED, d.label(),
                    "取立の見込みなし (徴79①二、交付要求は徴84)" + (note == null ? "" : ": " + note), null);
        }
    }
}
