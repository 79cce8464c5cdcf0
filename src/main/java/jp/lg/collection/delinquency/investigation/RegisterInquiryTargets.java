package jp.lg.collection.delinquency.investigation;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 照会先の確認: checks the collector's choice of targets in the completing transaction, so a bad entry is shown
 * on the form and the task stays open. The sending step after it is asynchronous (it is the I/O step) and
 * would otherwise only fail as a job, where no collector sees it.
 */
@Component("registerInquiryTargets")
public class RegisterInquiryTargets implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        List<InquiryTargets.Target> targets = InquiryTargets.parse(execution.getVariable(InquiryTargets.CHOSEN),
                execution.getVariable(InquiryTargets.OTHERS));
        execution.setVariable("inquiryTargetCount", targets.size());
    }
}
