package jp.lg.collection.breach;

import jp.lg.collection.system.CurrentUser;
import java.time.LocalDate;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.rules.BreachFacts;
import jp.lg.collection.rules.BreachReportDeadlines;
import jp.lg.collection.rules.BreachReportability;
import jp.lg.collection.rules.Reportability;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 報告対象の判定: the privacy officer's triage answers go through {@link BreachReportability} (個情法68①・規則43,
 * 番号法29の4①・同法規則2, including a use or provision of My Number data for an unlawful purpose or against the
 * Act). When reportable, the 速報 and 確報 deadlines run from the day of awareness ({@link BreachReportDeadlines}:
 * 3 days by default; the 確報 on the 30th day, or the 60th for an unlawful purpose, the day of awareness counted
 * as day 1 and a closed day moved to the next open one — both configurable, {@code collection.breach.*}, as
 * the counting is not confirmed against the statute) and each report task escalates to a manager at the start
 * of the day before its deadline — escalation after the deadline would be too late to keep it.
 */
@Component("assessBreachReportability")
public class AssessBreachReportability implements JavaDelegate {

    private final BreachRegister register;
    private final boolean awarenessDayCounted;
    private final boolean closedDaysMoveTheDeadline;

    public AssessBreachReportability(BreachRegister register,
            @Value("${collection.breach.final-report-counts-awareness-day:true}") boolean awarenessDayCounted,
            @Value("${collection.breach.final-report-moves-past-closed-days:true}") boolean closedDaysMoveTheDeadline) {
        this.register = register;
        this.awarenessDayCounted = awarenessDayCounted;
        this.closedDaysMoveTheDeadline = closedDaysMoveTheDeadline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String breachId = BreachInputs.breachId(execution);
        String containment = TaskInputs.requireText(execution, "containment");
        String facts = TaskInputs.requireText(execution, "facts");
        BreachFacts answers = new BreachFacts(TaskInputs.flag(execution, "involvesMyNumber"),
                BreachInputs.wholeNumber(execution, "affectedPersons", 0, 100_000_000),
                TaskInputs.flag(execution, "sensitiveData"), TaskInputs.flag(execution, "financialDamageRisk"),
                TaskInputs.flag(execution, "unlawfulPurposeSuspected"), TaskInputs.flag(execution, "viewableByUnspecifiedPersons"),
                TaskInputs.flag(execution, "stronglyEncrypted"), TaskInputs.flag(execution, "unlawfulUseOrProvision"),
                TaskInputs.flag(execution, "usedOrProvidedContraryToAct"));
        Reportability result = BreachReportability.assess(answers);
        LocalDate awareOn = register.require(breachId).awareOn();
        LocalDate preliminaryDue = null;
        LocalDate finalDue = null;
        if (result.reportable()) {
            int days = execution.getVariable("preliminaryDays") == null
                    ? BreachReportDeadlines.DEFAULT_PRELIMINARY_DAYS
                    : BreachInputs.wholeNumber(execution, "preliminaryDays", 1, BreachReportDeadlines.MAX_PRELIMINARY_DAYS);
            preliminaryDue = BreachReportDeadlines.preliminaryReportDue(awareOn, days);
            finalDue = BreachReportDeadlines.finalReportDue(awareOn, BreachReportability.longFinalReportPeriod(answers),
                    awarenessDayCounted, closedDaysMoveTheDeadline
                            ? day -> BreachReportDeadlines.closed(day, register::officeHoliday) : day -> false);
            execution.setVariable("preliminaryDueAt", Today.startOf(preliminaryDue));
            execution.setVariable("preliminaryEscalateAt", Today.startOf(preliminaryDue.minusDays(1)));
            execution.setVariable("finalDueAt", Today.startOf(finalDue));
            execution.setVariable("finalEscalateAt", Today.startOf(finalDue.minusDays(1)));
            execution.setVariable("preliminaryDue", WarekiDate.format(preliminaryDue));
            execution.setVariable("finalDue", WarekiDate.format(finalDue));
        }
        register.recordTriage(breachId, containment, facts, TaskInputs.optionalText(execution, "dataItems"), answers, result,
                preliminaryDue, finalDue, CurrentUser.orSystem(execution));
        execution.setVariable("reportable", result.reportable());
        execution.setVariable("reportabilityGrounds", String.join("\n", result.grounds()));
    }
}
