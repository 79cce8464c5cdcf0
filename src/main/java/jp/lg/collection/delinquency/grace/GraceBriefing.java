package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import jp.lg.collection.delinquency.CaseBriefing;
import jp.lg.collection.forms.Briefing;
import jp.lg.collection.forms.JapaneseDateInput;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What 「猶予の決裁」 shows: the application (kind and period as applied for), the taxpayer, what is owed today
 * — the amount the grace would cover — and the negotiation log.
 */
@Component("graceBriefing")
public class GraceBriefing implements TaskListener {

    private final CaseBriefing cases;

    public GraceBriefing(CaseBriefing cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = (String) task.getVariable("caseId");
        Briefing b = new Briefing();
        b.heading("申請の内容");
        Object kind = task.getVariable("graceKind");
        b.strong("猶予の種類", kind == null ? null : GraceKind.valueOf(kind.toString()).label());
        b.strong("申請の期間", period(task.getVariable("graceFrom"), task.getVariable("graceTo")));
        cases.taxpayerAndOwed(caseId, Today.date(), b);
        cases.recentLog(caseId, 6, b).putOn(task);
    }

    private static String period(Object from, Object to) {
        try {
            return from == null || to == null ? null : JapaneseDateInput.describe(LocalDate.parse(from.toString()))
                    + " 〜 " + JapaneseDateInput.describe(LocalDate.parse(to.toString()));
        } catch (RuntimeException e) {
            return from + " 〜 " + to;
        }
    }
}
