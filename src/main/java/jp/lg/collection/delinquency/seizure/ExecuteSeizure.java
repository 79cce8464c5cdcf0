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
 * 差押の執行: issues the notices the statute requires for the kind of asset and records the execution. A
 * seizure of a receivable takes effect when the notice reaches the third-party debtor (徴62③), of real estate
 * when the seizure document reaches the taxpayer, with registration requested (徴68①③). A joinder seizure
 * or a delivery demand is served on the authority that executes (徴86, 徴82) and logged as 交付要求.
 * Asynchronous: notices are I/O and retried.
 *
 * <p>For a seizure the 差押調書 ({@link SeizureRecord}, 徴54) is issued for the taxpayer, and for a receivable
 * (預貯金・給与・保険) the 債権差押通知書 ({@link SeizureNotice}, 徴62) for the third-party debtor, due
 * {@code collection.seizure.notice-payment-days} after the seizure ({@link SeizureProperties}); both list the
 * case's open installments with the late charge to the seizure day and are queued for printing with the case;
 * their document ids end the SEIZURE_EXECUTED log note. The other papers in the list (差押書, 嘱託, 参加差押書,
 * 交付要求書) are not printed here yet.
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
        String note = String.join("、", notices(d));
        if (d.kind() == DispositionKind.SEIZURE) {
            note += " / " + String.join("、", issue(d, today));
        }
        log.record(d.caseId(), d.kind() == DispositionKind.SEIZURE ? NegotiationAction.SEIZURE_EXECUTED
                : NegotiationAction.DELIVERY_DEMAND, d.label(), note, null);
    }

    /**
     * Issues the seizure's papers over the case's open installments, late charge to the seizure day; returns
     * "差押調書 文書ID 12" etc. for the log.
     */
    private List<String> issue(Disposition d, LocalDate seizedOn) {
        String addresseeNo = cases.addresseeOf(d.caseId());
        Addressee delinquent = notices.addressee(addresseeNo);
        List<NoticeLine> lines = notices.lines(bills.findOpenByCase(d.caseId()), seizedOn);
        String assetKind = d.assetKind().label();
        String debtor = d.assetKind().receivable() ? d.thirdPartyDebtor() : null;
        List<String> issued = new ArrayList<>();
        issued.add("差押調書 文書ID " + notices.issue(d.caseId(), addresseeNo, DocumentKind.SEIZURE_RECORD,
                DocumentKind.SEIZURE_RECORD.label() + "(" + assetKind + ")", seizedOn, NegotiationLog.SYSTEM,
                new SeizureRecord.Content(delinquent, d.caseId(), seizedOn, assetKind, d.assetDescription(), debtor,
                        d.estimatedValue(), staff.person(d.proposedBy()), lines)));
        if (d.assetKind().receivable()) {
            Addressee to = new Addressee(null, null, null, Require.notNull("thirdPartyDebtor", debtor));
            // seized up to the whole delinquent amount (本税・督促手数料・延滞金 to the seizure day, 滞納金額に満つるまで)
            long amount = lines.stream().mapToLong(NoticeLine::total).sum();
            issued.add("差押通知書 文書ID " + notices.issue(d.caseId(), addresseeNo, DocumentKind.SEIZURE_NOTICE,
                    DocumentKind.SEIZURE_NOTICE.label() + "(" + debtor + ")", seizedOn, NegotiationLog.SYSTEM,
                    new SeizureNotice.Content(to, delinquent, d.caseId(), seizedOn, seizedClaim(d), amount,
                            seizedOn.plusDays(practice.noticePaymentDays()), lines)));
        }
        return issued;
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

    /** The documents issued, each with its addressee and article, as the case file prints them. */
    static List<String> notices(Disposition d) {
        List<String> notices = new ArrayList<>();
        switch (d.kind()) {
            case SEIZURE -> {
                switch (d.assetKind()) {
                    case DEPOSIT, WAGE, INSURANCE -> {
                        notices.add("差押通知書 → 第三債務者 " + d.thirdPartyDebtor() + " (徴62)");
                        notices.add("差押調書謄本 → 滞納者 (徴54)");
                    }
                    case REAL_ESTATE -> {
                        notices.add("差押書 → 滞納者 (徴68①)");
                        notices.add("差押登記の嘱託 → 法務局 (徴68③)");
                        notices.add("差押調書謄本 → 滞納者 (徴54)");
                    }
                    case VEHICLE -> {
                        notices.add("差押書 → 滞納者 (徴71①)");
                        notices.add("差押登録の嘱託 → 運輸支局 (徴71③)");
                        notices.add("差押調書謄本 → 滞納者 (徴54)");
                    }
                    case MOVABLE -> notices.add("差押調書謄本 → 滞納者 (徴54、動産は占有により差押: 徴56)");
                }
            }
            case JOINDER_SEIZURE -> {
                notices.add("参加差押書 → 執行機関 " + d.executingAuthority() + " (徴86①)");
                notices.add("参加差押通知書 → 滞納者 (徴86②)");
                if (d.assetKind() == AssetKind.REAL_ESTATE) {
                    notices.add("参加差押登記の嘱託 → 法務局 (徴86③)");
                }
            }
            case DELIVERY_DEMAND -> {
                notices.add("交付要求書 → 執行機関 " + d.executingAuthority() + " (徴82①)");
                notices.add("交付要求通知書 → 滞納者 (徴82②)");
            }
        }
        return notices;
    }
}
