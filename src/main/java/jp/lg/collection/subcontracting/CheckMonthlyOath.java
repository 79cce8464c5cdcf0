package jp.lg.collection.subcontracting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import jp.lg.collection.system.Today;
import org.springframework.stereotype.Component;

/**
 * 宣誓書の受領確認: has the contractor submitted its signed oath (宣誓書) since the last due date? Kodaira has the subcontractor sign monthly that it kept the contract and the handling rules (毎月宣誓書に署名).
 * A missing one is counted in the register and reminded by the responsible collector.
 */
@Component("checkMonthlyOath")
public class CheckMonthlyOath implements JavaDelegate {

    private final SubcontractRegister register;

    public CheckMonthlyOath(SubcontractRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = Submissions.requestId(execution);
        boolean received = register.receivedSince(requestId, ReportKind.OATH, Today.date().minusMonths(1));
        if (!received) {
            register.countMissedReport(requestId);
        }
        execution.setVariable("reportReceived", received);
    }
}
