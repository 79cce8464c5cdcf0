package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.GraceInstallments;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 分割納付の履行確認: on the day after a part of the grace's 分割納付 fell due, and on the day after the grace ends,
 * what was paid since the grace began is held against what was due ({@link GraceInstallments#kept}). Sets
 * {@code graceStanding}:
 * <ul>
 *   <li>{@code ENDED}: the grace (with its extensions) is over — the case's phases resume by their own timers;</li>
 *   <li>{@code MISSED}: a part was not paid by its day — a ground to revoke the grace (法15の3①二), which the manager
 *       decides (there may be a compelling reason);</li>
 *   <li>{@code KEPT}: the plan is kept; {@code graceCheckAt} is the next look.</li>
 * </ul>
 */
@Component("checkGraceInstallments")
public class CheckGraceInstallments implements JavaDelegate {

    private final GraceRepository graces;
    private final GraceWatch watch;
    private final NegotiationLog log;

    public CheckGraceInstallments(GraceRepository graces, GraceWatch watch, NegotiationLog log) {
        this.graces = graces;
        this.watch = watch;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long graceId = ProcessVariables.requireLong(execution, "graceId");
        LocalDate today = Today.date();
        GraceWatch.Period p = watch.period(graceId);
        String caseId = p.first().caseId();
        long paid = graces.paidSince(caseId, p.startsOn());
        long due = GraceInstallments.dueBy(p.parts(), today.minusDays(1));
        if (today.isAfter(p.endsOn())) {
            log.record(caseId, NegotiationAction.GRACE, p.first().kind().label() + " 期間満了",
                    WarekiDate.format(p.endsOn()) + "まで。猶予期間中の納付 " + Yen.of(paid)
                            + (p.parts().isEmpty() ? "" : " (分割納付の計画 " + Yen.of(due) + ")"), null);
            execution.setVariable("graceStanding", "ENDED");
            return;
        }
        if (!GraceInstallments.kept(p.parts(), paid, today)) {
            log.record(caseId, NegotiationAction.GRACE, p.first().kind().label() + " 分割納付の不履行",
                    WarekiDate.format(today.minusDays(1)) + "までの納付予定 " + Yen.of(due) + " に対し納付 " + Yen.of(paid)
                            + " (取消の事由: 地方税法15条の3第1項第2号)", null);
            execution.setVariable("graceStanding", "MISSED");
            execution.setVariable("revocationGround", "INSTALLMENT_MISSED");
            return;
        }
        execution.setVariable("graceStanding", "KEPT");
        execution.setVariable("graceCheckAt", watch.nextCheck(p, today));
    }
}
