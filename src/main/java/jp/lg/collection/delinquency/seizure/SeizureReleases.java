package jp.lg.collection.delinquency.seizure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.system.Today;
import org.springframework.stereotype.Service;

/**
 * Releases dispositions of a case — every one still in force when the tax is extinguished (paid in full: the
 * city must release the seizure, 徴79①一, and withdraw joinder seizures and delivery demands, 徴84, 88), or one
 * the procedure gives up (nothing to collect, unsold at auction, a livelihood suspension). Covers EXECUTED ones
 * and COLLECTED ones whose money the 配当・充当 phase has not yet paid out (it moves them on from COLLECTED).
 *
 * <p>A release is made by its papers, each queued with the case and named in the SEIZURE_RELEASED log entry with
 * its document id: the 解除通知書 to the taxpayer (徴80①, 84③) and to the third-party debtor of a claim (80②) or
 * the executing authority of a joinder or a delivery demand (84②, 88①) ({@link ReleaseNotice}), and for real
 * estate or a registered vehicle the request to cancel the registration (徴81, {@link RegistrationRequest}).
 */
@Service
public class SeizureReleases {

    private final DispositionRepository dispositions;
    private final NegotiationLog log;
    private final NoticeQueue notices;
    private final DelinquencyCaseRepository cases;
    private final SeizureProperties practice;

    public SeizureReleases(DispositionRepository dispositions, NegotiationLog log, NoticeQueue notices,
            DelinquencyCaseRepository cases, SeizureProperties practice) {
        this.dispositions = dispositions;
        this.log = log;
        this.notices = notices;
        this.cases = cases;
        this.practice = practice;
    }

    /** @return the ids of the dispositions released, oldest first */
    public List<Long> releaseAll(String caseId) {
        List<Long> released = new ArrayList<>();
        for (Disposition d : dispositions.findReleasable(caseId)) {
            if (release(d, "完納による解除 (徴79①一)", null, null)) {
                released.add(d.id());
            }
        }
        return released;
    }

    /** {@link #release(Disposition, String, Object, String)} by the system. */
    public boolean release(Disposition d, String ground, Object note) {
        return release(d, ground, note, null);
    }

    /**
     * Releases one disposition still in force today, issues its papers and logs it with the legal ground of the
     * release, the collector's note, if any, and the papers.
     *
     * @param by who decided the release (null: the system)
     * @return false when it was no longer in force (released already: nothing is issued or logged)
     */
    public boolean release(Disposition d, String ground, Object note, String by) {
        LocalDate today = Today.date();
        if (!dispositions.release(d.id(), today)) {
            return false;
        }
        List<String> papers = papers(d, ground, today);
        log.record(d.caseId(), NegotiationAction.SEIZURE_RELEASED, d.label(), ground + (note == null ? "" : ": " + note)
                + " / " + String.join("、", papers), by);
        return true;
    }

    private List<String> papers(Disposition d, String ground, LocalDate on) {
        String addresseeNo = cases.addresseeOf(d.caseId());
        Addressee delinquent = notices.addressee(addresseeNo);
        String title = ReleaseNotice.title(d.kind());
        String assetKind = d.assetKind().label();
        List<String> issued = new ArrayList<>();
        issued.add(title + " → 滞納者 文書ID " + notices.issue(d.caseId(), addresseeNo, DocumentKind.RELEASE_NOTICE,
                title, on, NegotiationLog.SYSTEM, new ReleaseNotice.Content(delinquent, true, delinquent, d.caseId(),
                        on, d.kind(), assetKind, d.assetDescription(), d.executedOn(), ground)));
        String third = d.kind() == DispositionKind.SEIZURE ? (d.assetKind().receivable() ? d.thirdPartyDebtor() : null)
                : d.executingAuthority();
        if (third != null) {
            issued.add(title + " → " + third + " 文書ID " + notices.issue(d.caseId(), addresseeNo,
                    DocumentKind.RELEASE_NOTICE, title + "(" + third + ")", on, NegotiationLog.SYSTEM,
                    new ReleaseNotice.Content(new Addressee(null, null, null, third), false, delinquent, d.caseId(), on,
                            d.kind(), assetKind, d.assetDescription(), d.executedOn(), ground)));
        }
        if (d.kind() != DispositionKind.DELIVERY_DEMAND && d.assetKind().realPropertyEtc()) {
            String office = d.registryOffice() != null ? d.registryOffice() : practice.registryFor(d.assetKind());
            if (office != null) {
                String request = RegistrationRequest.title(RegistrationRequest.Purpose.RELEASE, d.assetKind());
                issued.add(request + " → " + office + " (徴81) 文書ID " + notices.issue(d.caseId(), addresseeNo,
                        DocumentKind.REGISTRATION_REQUEST, request, on, NegotiationLog.SYSTEM,
                        new RegistrationRequest.Content(office, delinquent, d.caseId(), on,
                                RegistrationRequest.Purpose.RELEASE, d.assetKind(), d.assetDescription(), on)));
            }
        }
        return issued;
    }
}
