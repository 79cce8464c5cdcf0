package jp.lg.collection.subcontracting;

import jp.lg.collection.system.CurrentUser;
import java.math.BigDecimal;
import jp.lg.collection.breach.BreachIntake;
import jp.lg.collection.breach.BreachReport;
import jp.lg.collection.forms.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 漏えい等事案として報告: re-entrusting without the city's permission breaks 番号法10① and hands My Number data
 * to someone the city never vetted — Kumagaya's 8,170 records (6,312 with My Number data). It is handled as a
 * leak: a breach case linked to this re-subcontract opens at once, aware from the inspection day.
 */
@Component("reportUnapprovedSubcontract")
public class ReportUnapprovedSubcontract implements JavaDelegate {

    private final SubcontractRegister register;
    private final BreachIntake breaches;

    public ReportUnapprovedSubcontract(SubcontractRegister register, BreachIntake breaches) {
        this.register = register;
        this.breaches = breaches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = Submissions.requestId(execution);
        SubcontractRegister.Entry subcontract = register.require(requestId);
        Object persons = execution.getVariable("unapprovedPersons");
        int affected = persons == null || persons.toString().isBlank() ? subcontract.recordCount()
                : new BigDecimal(persons.toString()).intValue();
        boolean myNumber = execution.hasVariable("unapprovedMyNumber") ? TaskInputs.flag(execution, "unapprovedMyNumber")
                : subcontract.includesMyNumber();
        String breachId = breaches.report(new BreachReport(
                "実地検査で無許可の再委託を発見 (再委託 " + requestId + "、" + subcontract.subcontractor() + "): "
                        + TaskInputs.requireText(execution, "findings"),
                subcontract.dataItems(), affected, myNumber, "実地検査", subcontract.contractor(), requestId,
                Submissions.pastDate(execution, "inspectedOn")), CurrentUser.orSystem(execution));
        register.setStatus(requestId, SubcontractRegister.Status.BREACH, CurrentUser.orSystem(execution));
        execution.setVariable("breachId", breachId);
    }
}
