package jp.lg.collection.delinquency.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 調査照会の発送 (徴141: the collector's power to inquire): one property_inquiry per chosen target, each with its
 * 照会書 ({@link InquiryLetter}, stored with the case) and logged. Asynchronous with retries, as every outgoing
 * step is; a failed attempt rolls back all its rows, so a retry never sends twice. Sets {@code inquiryIds}, a
 * java.util.ArrayList of Long the answer task iterates over.
 */
@Component("sendPropertyInquiries")
public class SendPropertyInquiries implements JavaDelegate {

    /** The answer period printed on the 照会書: the model's timer on the answer task (P30D). */
    static final int ANSWER_DAYS = 30;

    private final PropertyInquiryRepository inquiries;
    private final NegotiationLog log;
    private final TaxpayerRepository taxpayers;
    private final DocumentRepository documents;
    private final InquiryLetter letter;
    private final CityProperties city;

    public SendPropertyInquiries(PropertyInquiryRepository inquiries, NegotiationLog log, TaxpayerRepository taxpayers,
            DocumentRepository documents, InquiryLetter letter, CityProperties city) {
        this.inquiries = inquiries;
        this.log = log;
        this.taxpayers = taxpayers;
        this.documents = documents;
        this.letter = letter;
        this.city = city;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        String addresseeNo = (String) execution.getVariable("addresseeNo");
        List<InquiryTargets.Target> targets = InquiryTargets.parse(execution.getVariable(InquiryTargets.CHOSEN),
                execution.getVariable(InquiryTargets.OTHERS));
        Taxpayer taxpayer = taxpayers.require(addresseeNo);
        LocalDate today = Today.date();
        ArrayList<Long> ids = new ArrayList<>();
        for (InquiryTargets.Target target : targets) {
            long id = inquiries.insert(caseId, target.kind(), target.name(), today);
            ids.add(id);
            byte[] pdf = letter.render(new InquiryLetter.Content(id, caseId, today, today.plusDays(ANSWER_DAYS),
                    target.kind(), target.name(), addresseeNo, taxpayer.nameKanji(), taxpayer.nameKana(),
                    taxpayer.birthDate(), taxpayer.noticeAddress()), city);
            long document = documents.store(caseId, addresseeNo, letter.kind(), InquiryLetter.title(target.name()), today,
                    NegotiationLog.SYSTEM, pdf);
            log.record(caseId, NegotiationAction.PROPERTY_INQUIRY, target.kind().label() + " (照会書 文書番号 " + document
                    + ")", target.name(), null);
        }
        execution.setVariable("inquiryIds", ids);
        execution.setVariable("foundAssetCount", inquiries.countAssets(caseId));
    }
}
