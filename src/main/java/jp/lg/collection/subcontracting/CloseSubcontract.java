package jp.lg.collection.subcontracting;

import jp.lg.collection.system.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 再委託の終了登録: the erasure is certified, the city's supervision of this re-subcontract ends. A
 * re-subcontract that led to a breach case keeps that status in the register, which is what auditors look for.
 */
@Component("closeSubcontract")
public class CloseSubcontract implements JavaDelegate {

    private final SubcontractRegister register;

    public CloseSubcontract(SubcontractRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = Submissions.requestId(execution);
        if (register.require(requestId).status() != SubcontractRegister.Status.BREACH) {
            register.setStatus(requestId, SubcontractRegister.Status.COMPLETED, CurrentUser.orSystem(execution));
        }
    }
}
