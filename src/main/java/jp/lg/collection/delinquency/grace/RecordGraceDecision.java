package jp.lg.collection.delinquency.grace;

import jp.lg.collection.system.CurrentUser;
import java.time.LocalDate;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.rules.GraceGround;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 猶予の記録: the manager's decision on an application for grace. A grant must stay within the statutory
 * longest period (1 year, 法15③ / 15の5②; extension is a new decision); a rejection needs its reason. A granted
 * 徴収猶予 needs its ground (法15①各号, ②): it decides whether the late charge of the period is exempted in full
 * or runs at the grace rate (法15の9, {@link GraceGround}).
 */
@Component("recordGraceDecision")
public class RecordGraceDecision implements JavaDelegate {

    private final GraceRepository graces;
    private final NegotiationLog log;

    public RecordGraceDecision(GraceRepository graces, NegotiationLog log) {
        this.graces = graces;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        GraceKind kind = TaskInputs.requireEnum(execution, "graceKind", GraceKind.class);
        boolean granted = TaskInputs.requireBoolean(execution, "graceGranted");
        LocalDate from = TaskInputs.requireDate(execution, "graceFrom");
        LocalDate to = TaskInputs.requireDate(execution, "graceTo");
        String reason = (String) execution.getVariable("graceReason");
        GraceGround ground = kind == GraceKind.COLLECTION && execution.getVariable("graceGround") != null
                ? TaskInputs.requireEnum(execution, "graceGround", GraceGround.class) : null;
        if (to.isBefore(from)) {
            throw new TaskInputException("graceTo", "猶予期間の終期が始期より前です");
        }
        if (granted && to.isAfter(kind.longestEnd(from))) {
            throw new TaskInputException("graceTo", kind.label() + "の期間は" + WarekiDate.format(kind.longestEnd(from))
                    + "までです (1年以内)");
        }
        if (granted && kind == GraceKind.COLLECTION && ground == null) {
            throw new TaskInputException("graceGround", "徴収猶予の事由を選んでください (延滞金の免除の範囲が決まります)");
        }
        if (!granted && (reason == null || reason.isBlank())) {
            throw new TaskInputException("graceReason", "不許可の理由を入力してください");
        }
        String by = CurrentUser.of(execution);
        graces.record(caseId, kind, ground, from, to, granted, reason, by, Today.date());
        log.record(caseId, NegotiationAction.GRACE, kind.label() + (ground == null ? "" : " (" + ground.label() + "、"
                + ground.article() + ")") + (granted ? " 許可" : " 不許可"),
                WarekiDate.format(from) + "〜" + WarekiDate.format(to) + (reason == null ? "" : " " + reason), by);
    }
}
