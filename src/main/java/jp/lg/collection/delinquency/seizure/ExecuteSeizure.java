package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.delinquency.AssetKind;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
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
 */
@Component("executeSeizure")
public class ExecuteSeizure implements JavaDelegate {

    private final DispositionRepository dispositions;
    private final NegotiationLog log;

    public ExecuteSeizure(DispositionRepository dispositions, NegotiationLog log) {
        this.dispositions = dispositions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("dispositionId")).longValue();
        Disposition d = dispositions.require(id);
        dispositions.execute(id, Today.date());
        log.record(d.caseId(), d.kind() == DispositionKind.SEIZURE ? NegotiationAction.SEIZURE_EXECUTED
                : NegotiationAction.DELIVERY_DEMAND, d.label(), String.join("、", notices(d)), null);
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
