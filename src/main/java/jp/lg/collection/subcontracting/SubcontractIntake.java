package jp.lg.collection.subcontracting;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a contractor's written request and starts its SubcontractApproval (business key = request id). */
@Service
public class SubcontractIntake {

    private final SubcontractRegister register;
    private final RuntimeService runtime;

    public SubcontractIntake(SubcontractRegister register, RuntimeService runtime) {
        this.register = register;
        this.runtime = runtime;
    }

    @Transactional
    public String register(SubcontractRequest request, String registeredBy) {
        String requestId = register.register(request, registeredBy);
        // keys and what Tasklist shows; the request itself stays in the register
        Map<String, Object> variables = new HashMap<>();
        variables.put("requestId", requestId);
        variables.put("responsibleCollector", request.responsibleCollector());
        variables.put("contractor", request.contractor());
        variables.put("subcontractor", request.subcontractor());
        variables.put("work", request.work());
        variables.put("recordCount", request.recordCount());
        variables.put("myNumberLabel", request.includesMyNumber() ? "含む" : "含まない");
        variables.put("workLocation", request.workLocation());
        runtime.startProcessInstanceByKey("SubcontractApproval", requestId, variables);
        return requestId;
    }
}
