package jp.lg.collection.delinquency.seizure;

import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.system.Today;
import org.springframework.stereotype.Service;

/**
 * Releases every disposition of a case that is still in force when the tax is extinguished — paid in full,
 * for example: the city must then release the seizure (徴79①一) and withdraw joinder seizures and delivery
 * demands (徴84, 88). Covers EXECUTED ones and COLLECTED ones whose money the 配当・充当 phase has not yet
 * paid out (it moves them on from COLLECTED). Called by the main model's own delegate, in its transaction.
 */
@Service
public class SeizureReleases {

    private final DispositionRepository dispositions;
    private final NegotiationLog log;

    public SeizureReleases(DispositionRepository dispositions, NegotiationLog log) {
        this.dispositions = dispositions;
        this.log = log;
    }

    /** @return the ids of the dispositions released, oldest first */
    public List<Long> releaseAll(String caseId) {
        List<Long> released = new ArrayList<>();
        for (Disposition d : dispositions.findReleasable(caseId)) {
            if (release(d, "完納による解除 (徴79①一)", null)) {
                released.add(d.id());
            }
        }
        return released;
    }

    /**
     * Releases one disposition still in force today and logs it with the legal ground of the release and the
     * collector's note, if any.
     *
     * @return false when it was no longer in force (released already: nothing is logged)
     */
    public boolean release(Disposition d, String ground, Object note) {
        if (!dispositions.release(d.id(), Today.date())) {
            return false;
        }
        log.record(d.caseId(), NegotiationAction.SEIZURE_RELEASED, d.label(), ground + (note == null ? "" : ": " + note),
                null);
        return true;
    }
}
