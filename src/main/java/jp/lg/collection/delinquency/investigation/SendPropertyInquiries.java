package jp.lg.collection.delinquency.investigation;

import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 調査照会の発送 (徴141: the collector's power to inquire): one property_inquiry per target line, each logged.
 * Asynchronous with retries, as every outgoing step is; a failed attempt rolls back all its rows, so a retry
 * never sends twice. Sets {@code inquiryIds}, a java.util.ArrayList of Long the answer task iterates over.
 */
@Component("sendPropertyInquiries")
public class SendPropertyInquiries implements JavaDelegate {

    private final PropertyInquiryRepository inquiries;
    private final NegotiationLog log;

    public SendPropertyInquiries(PropertyInquiryRepository inquiries, NegotiationLog log) {
        this.inquiries = inquiries;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        List<InquiryTargets.Target> targets = InquiryTargets.parse(execution.getVariable("targetKinds"),
                execution.getVariable("targetNames"));
        ArrayList<Long> ids = new ArrayList<>();
        for (InquiryTargets.Target target : targets) {
            ids.add(inquiries.insert(caseId, target.kind(), target.name(), Today.date()));
            log.record(caseId, NegotiationAction.PROPERTY_INQUIRY, target.kind().label(), target.name(), null);
        }
        execution.setVariable("inquiryIds", ids);
        execution.setVariable("foundAssetCount", inquiries.countAssets(caseId));
    }
}
