package jp.lg.collection.documents;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.springframework.stereotype.Service;

/**
 * Where a procedure issues its notices (督促状, 催告書, 差押調書, …): the delegate gathers the facts, builds its
 * paper's content (the {@link Notice}'s record) with the addressee and the installments owed from here, and
 * issues it; the returned document id goes into the negotiation log. Amounts owed are the installments' unpaid
 * principal and fee with the late charge to the notice's date ({@link LateCharges}).
 * <p>
 * Issuing records what was issued, not the PDF: the content is stored as its snapshot ({@link NoticeSnapshots},
 * taken here inside the case's transaction) and queued for the print batch ({@link PrintBatch}), which renders
 * it outside the case; reading it first renders it on demand. Rendering was 80–85 % of the CPU of a dunning job
 * (docs/print-batch.md).
 */
@Service
public class NoticeQueue {

    private final NoticeSnapshots snapshots;
    private final DocumentRepository documents;
    private final TaxpayerRepository taxpayers;
    private final LateCharges lateCharges;

    public NoticeQueue(NoticeSnapshots snapshots, DocumentRepository documents, TaxpayerRepository taxpayers,
            LateCharges lateCharges) {
        this.snapshots = snapshots;
        this.documents = documents;
        this.taxpayers = taxpayers;
        this.lateCharges = lateCharges;
    }

    /**
     * Stores the notice's snapshot in the print queue, kept with the case and the taxpayer; returns the
     * document id.
     *
     * @param title   as the case's documents list it, e.g. 催告書(第2回)
     * @param content the record of the {@link Notice} of {@code kind}
     */
    public long issue(String caseId, String addresseeNo, DocumentKind kind, String title, LocalDate issuedOn,
            String by, Record content) {
        return documents.enqueue(caseId, addresseeNo, kind, title, issuedOn, by, snapshots.take(kind, content));
    }

    /** The taxpayer as the envelope's window shows them. */
    public Addressee addressee(String addresseeNo) {
        return Addressee.of(taxpayers.require(addresseeNo));
    }

    /** The bills as notice lines with the late charge to {@code asOf}. */
    public List<NoticeLine> lines(List<TaxBill> bills, LocalDate asOf) {
        return bills.stream().map(b -> NoticeLine.of(b, lateCharges.owedOn(b, asOf))).toList();
    }
}
