package jp.lg.collection.subcontracting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import jp.lg.collection.system.Today;
import org.springframework.stereotype.Component;

/**
 * 週報の受領確認: has the contractor submitted its work report (作業報告書) since the last due date? Kodaira requires it weekly of the subcontractor (週報として再委託先より作業報告書の提出を義務付け), part of the city's supervision under 番号法11.
 * A missing one is counted in the register and reminded by the responsible collector.
 */
@Component("checkWeeklyReport")
public class CheckWeeklyReport implements JavaDelegate {

    private final SubcontractRegister register;

    public CheckWeeklyReport(SubcontractRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = Submissions.requestId(execution);
        boolean received = register.receivedSince(requestId, ReportKind.WEEKLY, Today.date().minusDays(7));
        if (!received) {
            register.countMissedReport(requestId);
        }
        execution.setVariable("reportReceived", received);
    }
}
