package jp.lg.collection.delinquency.auction;

import jp.lg.collection.delinquency.GraceCalendar;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 猶予期間の確認 (公売): seized property is not sold while a 換価猶予 is in force (法15の5①, 15の6①) nor during a
 * 徴収猶予 (no enforcement, 法15の2の3①). Sets {@code saleStayedUntil} — the day after the grace's last day, when the
 * timer looks again — or null when the auction may be planned. Logged once per wait.
 */
@Component("checkGraceBeforeSale")
public class CheckGraceBeforeSale implements JavaDelegate {

    private final GraceCalendar graces;
    private final NegotiationLog log;

    public CheckGraceBeforeSale(GraceCalendar graces, NegotiationLog log) {
        this.graces = graces;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        execution.setVariable("saleStayedUntil", graces.saleStayedUntil(caseId, Today.date()).map(end -> {
            log.record(caseId, NegotiationAction.AUCTION, "公売の保留 (猶予期間中)", WarekiDate.format(end)
                    + "まで換価をしません (地方税法15条の2の3、15条の5、15条の6)", null);
            return Today.startOf(end.plusDays(1));
        }).orElse(null));
    }
}
