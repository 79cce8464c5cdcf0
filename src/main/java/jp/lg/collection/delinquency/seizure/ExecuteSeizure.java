package jp.lg.collection.delinquency.seizure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.AssetKind;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.system.StaffNames;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 差押の執行: issues the papers the statute requires for the kind of disposition and property, and records the
 * execution. Asynchronous: papers are I/O and retried. Every paper is queued for printing with the case and
 * listed in the log entry with its addressee, its article and its document id ("差押書 → 滞納者 (徴68①) 文書ID 12").
 * <ul>
 *   <li>A seizure: the 差押調書 for the taxpayer ({@link SeizureRecord}, 徴54). A claim (預貯金・給与・保険) is seized
 *       by the 債権差押通知書 to the third-party debtor ({@link SeizureNotice}, 徴62), due
 *       {@code collection.seizure.notice-payment-days} after the seizure ({@link SeizureProperties}); real estate
 *       and a registered vehicle by the 差押書 to the taxpayer ({@link SeizureDocument}, 徴68①, 71①) with the
 *       registration requested at once ({@link RegistrationRequest}, 徴68③, 71③); a movable by taking possession
 *       (徴56), the 差押調書 being its only paper.</li>
 *   <li>A joinder seizure: the 参加差押書 to the executing authority ({@link JoinderSeizureDocument}, 徴86①), its
 *       notice to the taxpayer ({@link JoinderSeizureNotice}, 86②) and, for registered property, the
 *       registration request (86③).</li>
 *   <li>A delivery demand: the 交付要求書 to the executing authority ({@link DeliveryDemandDocument}, 徴82①) and its
 *       notice to the taxpayer ({@link DeliveryDemandNotice}, 82②).</li>
 * </ul>
 * The papers list the case's open installments with the late charge to the day of execution.
 */
@Component("executeSeizure")
public class ExecuteSeizure implements JavaDelegate {

    private final DispositionRepository dispositions;
    private final NegotiationLog log;
    private final TaxBillRepository bills;
    private final DelinquencyCaseRepository cases;
    private final NoticeQueue notices;
    private final SeizureProperties practice;
    private final StaffNames staff;

    public ExecuteSeizure(DispositionRepository dispositions, NegotiationLog log, TaxBillRepository bills,
            DelinquencyCaseRepository cases, NoticeQueue notices, SeizureProperties practice, StaffNames staff) {
        this.dispositions = dispositions;
        this.log = log;
        this.bills = bills;
        this.cases = cases;
        this.notices = notices;
        this.practice = practice;
        this.staff = staff;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "dispositionId");
        Disposition d = dispositions.require(id);
        LocalDate today = Today.date();
        dispositions.execute(id, today);
        log.record(d.caseId(), d.kind() == DispositionKind.SEIZURE ? NegotiationAction.SEIZURE_EXECUTED
                : NegotiationAction.DELIVERY_DEMAND, d.label(), String.join("、", issue(d, today)), null);
    }

    /**
     * Issues the disposition's papers over the case's open installments, late charge to {@code on}; returns
     * "差押調書謄本 → 滞納者 (徴54) 文書ID 12" etc. for the log.
     */
    private List<String> issue(Disposition d, LocalDate on) {
        String addresseeNo = cases.addresseeOf(d.caseId());
        Addressee delinquent = notices.addressee(addresseeNo);
        List<NoticeLine> lines = notices.lines(bills.findOpenByCase(d.caseId()), on);
        String assetKind = d.assetKind().label();
        Papers papers = new Papers(d.caseId(), addresseeNo, on);
        switch (d.kind()) {
            case SEIZURE -> {
                String debtor = d.assetKind().receivable() ? d.thirdPartyDebtor() : null;
                papers.issue("差押調書謄本 → 滞納者 (徴54" + (d.assetKind() == AssetKind.MOVABLE
                        ? "、動産は占有により差押: 徴56)" : ")"), DocumentKind.SEIZURE_RECORD,
                        DocumentKind.SEIZURE_RECORD.label() + "(" + assetKind + ")", new SeizureRecord.Content(delinquent,
                                d.caseId(), on, assetKind, d.assetDescription(), debtor, d.estimatedValue(),
                                staff.person(d.proposedBy()), lines));
                if (d.assetKind().receivable()) {
                    Addressee to = new Addressee(null, null, null, Require.notNull("thirdPartyDebtor", debtor));
                    // seized up to the whole delinquent amount (本税・督促手数料・延滞金 to the seizure day, 滞納金額に満つるまで)
                    long amount = lines.stream().mapToLong(NoticeLine::total).sum();
                    papers.issue("差押通知書 → 第三債務者 " + debtor + " (徴62)", DocumentKind.SEIZURE_NOTICE,
                            DocumentKind.SEIZURE_NOTICE.label() + "(" + debtor + ")", new SeizureNotice.Content(to,
                                    delinquent, d.caseId(), on, seizedClaim(d), amount,
                                    on.plusDays(practice.noticePaymentDays()), lines));
                }
                if (d.assetKind().realPropertyEtc()) {
                    int article = SeizureDocument.article(d.assetKind());
                    papers.issue("差押書 → 滞納者 (徴" + article + "①)", DocumentKind.SEIZURE_DOCUMENT,
                            DocumentKind.SEIZURE_DOCUMENT.label() + "(" + assetKind + ")", new SeizureDocument.Content(
                                    delinquent, d.caseId(), on, d.assetKind(), d.assetDescription(), d.registryOffice(),
                                    lines));
                    registration(papers, d, delinquent, RegistrationRequest.Purpose.SEIZURE, on,
                            "差押" + (d.assetKind() == AssetKind.VEHICLE ? "登録" : "登記") + "の嘱託", "徴" + article + "③");
                }
            }
            case JOINDER_SEIZURE -> {
                ClaimOnExecution claim = new ClaimOnExecution(Require.notNull("executingAuthority",
                        d.executingAuthority()), delinquent, d.caseId(), on, assetKind, d.assetDescription(), lines);
                papers.issue("参加差押書 → 執行機関 " + d.executingAuthority() + " (徴86①)",
                        DocumentKind.JOINDER_SEIZURE_DOCUMENT, DocumentKind.JOINDER_SEIZURE_DOCUMENT.label() + "("
                                + d.executingAuthority() + ")", claim);
                papers.issue("参加差押通知書 → 滞納者 (徴86②)", DocumentKind.JOINDER_SEIZURE_NOTICE,
                        DocumentKind.JOINDER_SEIZURE_NOTICE.label(), claim);
                if (d.assetKind().realPropertyEtc()) {
                    registration(papers, d, delinquent, RegistrationRequest.Purpose.JOINDER_SEIZURE, on,
                            "参加差押" + (d.assetKind() == AssetKind.VEHICLE ? "登録" : "登記") + "の嘱託", "徴86③");
                }
            }
            case DELIVERY_DEMAND -> {
                ClaimOnExecution claim = new ClaimOnExecution(Require.notNull("executingAuthority",
                        d.executingAuthority()), delinquent, d.caseId(), on, assetKind, d.assetDescription(), lines);
                papers.issue("交付要求書 → 執行機関 " + d.executingAuthority() + " (徴82①)", DocumentKind.DELIVERY_DEMAND,
                        DocumentKind.DELIVERY_DEMAND.label() + "(" + d.executingAuthority() + ")", claim);
                papers.issue("交付要求通知書 → 滞納者 (徴82②)", DocumentKind.DELIVERY_DEMAND_NOTICE,
                        DocumentKind.DELIVERY_DEMAND_NOTICE.label(), claim);
            }
        }
        return papers.issued;
    }

    private void registration(Papers papers, Disposition d, Addressee owner, RegistrationRequest.Purpose purpose,
            LocalDate on, String what, String article) {
        String office = d.registryOffice() != null ? d.registryOffice() : practice.registryFor(d.assetKind());
        papers.issue(what + " → " + Require.notNull("registryOffice", office) + " (" + article + ")",
                DocumentKind.REGISTRATION_REQUEST, RegistrationRequest.title(purpose, d.assetKind()),
                new RegistrationRequest.Content(office, owner, d.caseId(), on, purpose, d.assetKind(),
                        d.assetDescription(), on));
    }

    /** The papers of one execution, queued as they are issued, each with its line for the log. */
    private final class Papers {
        final String caseId;
        final String addresseeNo;
        final LocalDate on;
        final List<String> issued = new ArrayList<>();

        Papers(String caseId, String addresseeNo, LocalDate on) {
            this.caseId = caseId;
            this.addresseeNo = addresseeNo;
            this.on = on;
        }

        void issue(String line, DocumentKind kind, String title, Record content) {
            issued.add(line + " 文書ID " + notices.issue(caseId, addresseeNo, kind, title, on, NegotiationLog.SYSTEM,
                    content));
        }
    }

    /** The seized claim as the 差押通知書 names it: up to the whole delinquent amount (滞納金額に満つるまで). */
    static String seizedClaim(Disposition d) {
        return switch (d.assetKind()) {
            case DEPOSIT -> "滞納者が貴社に対して有する預貯金(" + d.assetDescription() + ")の払戻請求権及び"
                    + "差押え後の利息の支払請求権のうち、滞納金額に満つるまでの金額";
            case WAGE -> "滞納者が貴社から支給を受ける給料等(" + d.assetDescription() + ")の債権のうち、"
                    + "国税徴収法第76条の差押禁止額を超える部分"
                    + (d.seizableAmount() == null ? "" : "(月額 " + Yen.of(d.seizableAmount()) + ")")
                    + "で、滞納金額に満つるまでの金額";
            case INSURANCE -> "滞納者が貴社との保険契約(" + d.assetDescription() + ")に基づいて有する解約返戻金等の"
                    + "支払請求権のうち、滞納金額に満つるまでの金額";
            default -> d.assetDescription();
        };
    }
}
