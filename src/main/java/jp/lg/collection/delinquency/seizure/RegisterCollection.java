package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.system.CurrentUser;
import java.time.LocalDate;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 取立・配当受領の登録: money collected from the third-party debtor (取立, 徴67) or received as a distribution
 * from the executing authority (参加差押・交付要求). Only recorded here; applying it to the bills is the
 * 配当・充当 phase's work (徴129 ff.), which then marks the disposition distributed.
 */
@Component("registerCollection")
public class RegisterCollection implements JavaDelegate {

    private final DispositionRepository dispositions;
    private final NegotiationLog log;

    public RegisterCollection(DispositionRepository dispositions, NegotiationLog log) {
        this.dispositions = dispositions;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "dispositionId");
        Disposition d = dispositions.require(id);
        long amount = TaskInputs.requireYen(execution, "collectedAmount", 1);
        LocalDate on = TaskInputs.requireDate(execution, "collectedOn");
        if (on.isAfter(Today.date())) {
            throw new TaskInputException("collectedOn", "受領日に将来の日付は入力できません");
        }
        if (d.executedOn() != null && on.isBefore(d.executedOn())) {
            throw new TaskInputException("collectedOn", "受領日は執行日 (" + WarekiDate.format(d.executedOn()) + ") 以降の日付です");
        }
        dispositions.collect(id, amount, on);
        boolean ownSeizure = d.kind() == DispositionKind.SEIZURE;
        log.record(d.caseId(), ownSeizure ? NegotiationAction.SEIZURE_EXECUTED : NegotiationAction.DELIVERY_DEMAND,
                d.label() + (ownSeizure ? " 取立" : " 配当受領"),
                Yen.of(amount) + " (" + WarekiDate.format(on) + "受領)", CurrentUser.of(execution));
    }
}
