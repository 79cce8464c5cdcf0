package jp.lg.collection.delinquency.investigation;

import java.util.List;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 回答期限切れ: after the 30-day answer period (a practice interval, in the model) the open answer tasks are
 * cancelled; the inquiries still without an answer are marked TIMED_OUT and logged, so the file shows which
 * institutions never replied. Answers already registered stay as they are.
 */
@Component("markInquiriesTimedOut")
public class MarkInquiriesTimedOut implements JavaDelegate {

    private final PropertyInquiryRepository inquiries;
    private final NegotiationLog log;

    public MarkInquiriesTimedOut(PropertyInquiryRepository inquiries, NegotiationLog log) {
        this.inquiries = inquiries;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        @SuppressWarnings("unchecked")
        List<? extends Number> ids = (List<? extends Number>) execution.getVariable("inquiryIds");
        for (Number id : ids) {
            if (inquiries.timeOut(id.longValue())) {
                log.record(caseId, NegotiationAction.INQUIRY_ANSWER,
                        inquiries.require(id.longValue()).label() + ": 回答期限切れ", null, null);
            }
        }
        execution.setVariable("foundAssetCount", inquiries.countAssets(caseId));
    }
}
