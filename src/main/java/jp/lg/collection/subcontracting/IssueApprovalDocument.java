package jp.lg.collection.subcontracting;

import java.time.LocalDate;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 承認書の作成: the written permission (番号法10①) is stored with the register row as the PDF sent to the
 * contractor ({@link ApprovalLetter}, GET /api/subcontracts/{id}/approval-document.pdf) and as HTML for the browser
 * (GET /api/subcontracts/{id}/approval-document). It is not a taxpayer's document, so it stays out of
 * {@code document} and the case views. Runs after the manager's transaction (asyncBefore), so a failure
 * retries and shows as an incident instead of undoing the decision.
 */
@Component("issueApprovalDocument")
public class IssueApprovalDocument implements JavaDelegate {

    private final SubcontractRegister register;
    private final ApprovalLetter letter;
    private final ApprovalDocument page;
    private final CityProperties city;

    public IssueApprovalDocument(SubcontractRegister register, ApprovalLetter letter, ApprovalDocument page,
            CityProperties city) {
        this.register = register;
        this.letter = letter;
        this.page = page;
        this.city = city;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = Submissions.requestId(execution);
        SubcontractRegister.Entry r = register.require(requestId);
        LocalDate today = Today.date();
        register.storeApprovalDocument(requestId, page.render(r, today, city.name()));
        register.storeApprovalPdf(requestId, letter.render(new ApprovalLetter.Content(
                r.requestId(), today, r.requestedOn(), r.contractor(), r.subcontractor(), r.work(), r.dataItems(),
                r.recordCount(), r.includesMyNumber(), r.workLocation(), r.securityMeasures(), r.periodFrom(),
                r.periodTo(), r.conditions())));
    }
}
