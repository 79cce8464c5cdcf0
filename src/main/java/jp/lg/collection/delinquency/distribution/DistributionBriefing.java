package jp.lg.collection.delinquency.distribution;

import jp.lg.collection.system.ProcessVariables;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.CaseBriefing;
import jp.lg.collection.delinquency.seizure.Disposition;
import jp.lg.collection.delinquency.seizure.DispositionRepository;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.Briefing;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What 「配当計算書の確認」 shows: the disposition and the money it brought, the statement line by line (fee,
 * principal, late charge per installment, oldest first), the surplus, the taxpayer and what is owed today.
 */
@Component("distributionBriefing")
public class DistributionBriefing implements TaskListener {

    private final CaseBriefing cases;
    private final DistributionRepository distributions;
    private final DispositionRepository dispositions;
    private final TaxBillRepository bills;

    public DistributionBriefing(CaseBriefing cases, DistributionRepository distributions,
            DispositionRepository dispositions, TaxBillRepository bills) {
        this.cases = cases;
        this.distributions = distributions;
        this.dispositions = dispositions;
        this.bills = bills;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = (String) task.getVariable("caseId");
        DistributionRepository.Distribution d = distributions.require(ProcessVariables.requireLong(task, "distributionId"));
        Disposition source = dispositions.require(d.dispositionId());
        Briefing b = new Briefing();
        b.heading("配当する金銭");
        b.item("処分", source.label());
        b.strong("受領額", Yen.of(d.amount()) + " (" + WarekiDate.format(d.receivedOn()) + "受領)");
        // the 交付期日 is fixed when the approved statement is sent: sent + 7 (徴132②)
        b.strong("交付期日", d.payoutOn() != null ? WarekiDate.format(d.payoutOn())
                : "承認後の謄本発送の日から起算して7日を経過した日 (徴132②)");
        List<List<String>> rows = new ArrayList<>();
        for (DistributionRepository.Line l : distributions.lines(d.id())) {
            rows.add(List.of(bills.require(l.billId()).label(), Yen.of(l.fee()), Yen.of(l.principal()),
                    Yen.of(l.lateCharge()), Yen.of(l.fee() + l.principal() + l.lateCharge())));
        }
        rows.add(List.of("**残余金 (滞納者へ)**", "", "", "", "**" + Yen.of(d.surplus()) + "**"));
        b.heading("配当計算書");
        b.table(List.of("期別", "督促手数料", "本税", "延滞金", "配当額"), List.of(false, true, true, true, true), rows);
        cases.taxpayerAndOwed(caseId, Today.date(), b);
        cases.recentLog(caseId, 6, b).putOn(task);
    }
}
