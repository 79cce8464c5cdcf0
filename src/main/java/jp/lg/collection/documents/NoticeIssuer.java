package jp.lg.collection.documents;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.springframework.stereotype.Service;

/**
 * Renders a case's 督促状 / 催告書 from its bills and stores it with the case; the delegates call this and
 * write the returned document id into the negotiation log.
 */
@Service
public class NoticeIssuer {

    /** 催告書: the designated payment deadline is 10 days after issue (practice; the city may change it). */
    public static final int REMINDER_DAYS = 10;

    private final PdfNotices notices;
    private final DocumentRepository documents;
    private final TaxpayerRepository taxpayers;
    private final LateCharges lateCharges;

    public NoticeIssuer(PdfNotices notices, DocumentRepository documents, TaxpayerRepository taxpayers,
            LateCharges lateCharges) {
        this.notices = notices;
        this.documents = documents;
        this.taxpayers = taxpayers;
        this.lateCharges = lateCharges;
    }

    /** One 督促状 listing the installments dunned on {@code issuedOn}; returns the document id. */
    public long dunningNotice(String caseId, String addresseeNo, List<TaxBill> dunned, LocalDate issuedOn,
            String by) {
        Addressee to = Addressee.of(taxpayers.require(addresseeNo));
        byte[] pdf = notices.dunning(new PdfNotices.Dunning(to, caseId, issuedOn, lines(dunned, issuedOn)));
        return documents.store(caseId, addresseeNo, DocumentKind.DUNNING_NOTICE, DocumentKind.DUNNING_NOTICE.label(),
                issuedOn, by, pdf);
    }

    /** The {@code round}-th 催告書 over the open installments; returns the document id. */
    public long reminderLetter(String caseId, String addresseeNo, List<TaxBill> open, int round, LocalDate issuedOn,
            String by) {
        Addressee to = Addressee.of(taxpayers.require(addresseeNo));
        byte[] pdf = notices.reminder(new PdfNotices.Reminder(to, caseId, issuedOn, round,
                issuedOn.plusDays(REMINDER_DAYS), lines(open, issuedOn)));
        return documents.store(caseId, addresseeNo, DocumentKind.REMINDER_LETTER,
                DocumentKind.REMINDER_LETTER.label() + "(第" + round + "回)", issuedOn, by, pdf);
    }

    /** The bills as notice lines with the late charge to {@code asOf}. */
    public List<NoticeLine> lines(List<TaxBill> bills, LocalDate asOf) {
        return bills.stream().map(b -> NoticeLine.of(b, lateCharges.owedOn(b, asOf))).toList();
    }
}
