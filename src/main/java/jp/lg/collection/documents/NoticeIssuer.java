package jp.lg.collection.documents;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.springframework.stereotype.Service;

/**
 * Issues a case's notices (督促状, 催告書, 差押調書, 差押通知書, 執行停止通知書, 配当計算書, 公売公告, 不納欠損処分決議書)
 * from its bills and stores each with the case; the delegates gather the facts, call this and write the
 * returned document id into the negotiation log. Amounts owed are the installments' unpaid principal and fee
 * with the late charge to the notice's date ({@link LateCharges}).
 * <p>
 * Issuing records what was issued, not the PDF: each notice is stored as its content snapshot
 * ({@link NoticeSnapshots}, taken here inside the case's transaction) and queued for the print batch
 * ({@link PrintBatch}), which renders it outside the case; reading it first renders it on demand. Rendering
 * was 80–85 % of the CPU of a dunning job (docs/print-batch.md).
 */
@Service
public class NoticeIssuer {

    /** 催告書: the designated payment deadline is 10 days after issue (practice; the city may change it). */
    public static final int REMINDER_DAYS = 10;

    /**
     * 債権差押通知書: the 履行期限 is 7 days after the seizure (practice; a deposit is due on demand, a wage on each
     * payday — the city may change it).
     */
    public static final int SEIZURE_NOTICE_DAYS = 7;

    /**
     * A seizure as its documents print it.
     *
     * @param assetKind        e.g. 預金
     * @param thirdPartyDebtor 第三債務者 of a claim, else null
     * @param official         the 徴税吏員 who executes it
     */
    public record Seizure(String caseId, String addresseeNo, LocalDate seizedOn, String assetKind,
            String assetDescription, String thirdPartyDebtor, long estimatedValue, String official) {
    }

    private final NoticeSnapshots snapshots;
    private final CityProperties city;
    private final DocumentRepository documents;
    private final TaxpayerRepository taxpayers;
    private final LateCharges lateCharges;

    public NoticeIssuer(NoticeSnapshots snapshots, CityProperties city, DocumentRepository documents,
            TaxpayerRepository taxpayers, LateCharges lateCharges) {
        this.snapshots = snapshots;
        this.city = city;
        this.documents = documents;
        this.taxpayers = taxpayers;
        this.lateCharges = lateCharges;
    }

    /** Stores the notice's snapshot in the print queue; returns the document id. */
    private long issue(String caseId, String addresseeNo, DocumentKind kind, String title, LocalDate issuedOn,
            String by, Record notice) {
        return documents.enqueue(caseId, addresseeNo, kind, title, issuedOn, by, snapshots.take(kind, notice));
    }

    /** One 督促状 listing the installments dunned on {@code issuedOn}; returns the document id. */
    public long dunningNotice(String caseId, String addresseeNo, List<TaxBill> dunned, LocalDate issuedOn,
            String by) {
        Addressee to = Addressee.of(taxpayers.require(addresseeNo));
        return issue(caseId, addresseeNo, DocumentKind.DUNNING_NOTICE, DocumentKind.DUNNING_NOTICE.label(), issuedOn,
                by, new PdfNotices.Dunning(to, caseId, issuedOn, lines(dunned, issuedOn)));
    }

    /** The {@code round}-th 催告書 over the open installments; returns the document id. */
    public long reminderLetter(String caseId, String addresseeNo, List<TaxBill> open, int round, LocalDate issuedOn,
            String by) {
        Addressee to = Addressee.of(taxpayers.require(addresseeNo));
        return issue(caseId, addresseeNo, DocumentKind.REMINDER_LETTER,
                DocumentKind.REMINDER_LETTER.label() + "(第" + round + "回)", issuedOn, by,
                new PdfNotices.Reminder(to, caseId, issuedOn, round, issuedOn.plusDays(REMINDER_DAYS),
                        lines(open, issuedOn)));
    }

    /** 差押調書 (徴54) over the case's open installments, late charge to the seizure day; returns the document id. */
    public long seizureRecord(Seizure s, List<TaxBill> open, String by) {
        Addressee to = Addressee.of(taxpayers.require(s.addresseeNo()));
        return issue(s.caseId(), s.addresseeNo(), DocumentKind.SEIZURE_RECORD,
                DocumentKind.SEIZURE_RECORD.label() + "(" + s.assetKind() + ")", s.seizedOn(), by,
                new PdfNotices.SeizureRecord(to, s.caseId(), s.seizedOn(), s.assetKind(), s.assetDescription(),
                        s.thirdPartyDebtor(), s.estimatedValue(), s.official(), lines(open, s.seizedOn())));
    }

    /**
     * 債権差押通知書 (徴62) to the third-party debtor: the claim is seized up to the whole delinquent amount
     * (本税・督促手数料・延滞金 to the seizure day, 滞納金額に満つるまで); stored with the delinquent's case.
     *
     * @param seizedClaim the claim as the notice names it
     */
    public long seizureNotice(Seizure s, String seizedClaim, List<TaxBill> open, String by) {
        Addressee delinquent = Addressee.of(taxpayers.require(s.addresseeNo()));
        Addressee debtor = new Addressee(null, null, null, Require.notNull("thirdPartyDebtor", s.thirdPartyDebtor()));
        List<NoticeLine> lines = lines(open, s.seizedOn());
        long amount = lines.stream().mapToLong(NoticeLine::total).sum();
        return issue(s.caseId(), s.addresseeNo(), DocumentKind.SEIZURE_NOTICE,
                DocumentKind.SEIZURE_NOTICE.label() + "(" + s.thirdPartyDebtor() + ")", s.seizedOn(), by,
                new PdfNotices.SeizureNotice(debtor, delinquent, s.caseId(), s.seizedOn(), seizedClaim, amount,
                        s.seizedOn().plusDays(SEIZURE_NOTICE_DAYS), lines));
    }

    /** 執行停止通知書 (法15の7②) with its ground by item number of ①; returns the document id. */
    public long suspensionNotice(String caseId, String addresseeNo, List<TaxBill> open, LocalDate suspendedOn,
            int groundItem, boolean immediateExtinction, String by) {
        Addressee to = Addressee.of(taxpayers.require(addresseeNo));
        return issue(caseId, addresseeNo, DocumentKind.SUSPENSION_NOTICE, DocumentKind.SUSPENSION_NOTICE.label(),
                suspendedOn, by, new PdfNotices.SuspensionNotice(to, caseId, suspendedOn, suspendedOn,
                        PdfNotices.SuspensionNotice.groundOfItem(groundItem), immediateExtinction,
                        lines(open, suspendedOn)));
    }

    /** One installment's part of a 配当計算書: what was owed on it on the day of receipt and what it gets. */
    public record InstallmentShare(TaxBill bill, long owed, long distributed) {
    }

    /**
     * 配当計算書 (徴131): the city's claims one line per installment in the order of allocation, the remainder to
     * the delinquent taxpayer (徴129③); a copy goes to the taxpayer, so it is stored with the case.
     */
    public long distributionStatement(String caseId, String addresseeNo, LocalDate preparedOn, LocalDate deliveryDate,
            String realizedProperty, long proceeds, List<InstallmentShare> shares, String by) {
        Addressee to = Addressee.of(taxpayers.require(addresseeNo));
        List<PdfNotices.Share> lines = new java.util.ArrayList<>();
        for (InstallmentShare share : shares) {
            lines.add(new PdfNotices.Share(lines.size() + 1, city.name(), share.bill().label(),
                    share.owed(), share.distributed()));
        }
        return issue(caseId, addresseeNo, DocumentKind.DISTRIBUTION_STATEMENT,
                DocumentKind.DISTRIBUTION_STATEMENT.label(), preparedOn, by, new PdfNotices.DistributionStatement(
                        to, caseId, preparedOn, deliveryDate, realizedProperty, proceeds, lines));
    }

    /** 公売公告 (徴95), kept with the case whose property is sold; returns the document id. */
    public long auctionNotice(String addresseeNo, PdfNotices.AuctionNotice notice, String by) {
        return issue(notice.caseId(), addresseeNo, DocumentKind.AUCTION_NOTICE,
                DocumentKind.AUCTION_NOTICE.label() + "(第" + notice.round() + "回)", notice.publishedOn(), by, notice);
    }

    /** One extinguished installment for the 不納欠損処分決議書. */
    public record WrittenOff(TaxBill bill, LocalDate extinguishedOn, String reason, String article, long principal,
            long lateCharge, long fee) {
    }

    /** 不納欠損処分決議書 over the installments booked today; returns the document id. */
    public long writeOffResolution(String caseId, String addresseeNo, LocalDate resolvedOn, String approvedBy,
            List<WrittenOff> rows, String by) {
        Addressee delinquent = Addressee.of(taxpayers.require(addresseeNo));
        List<PdfNotices.WriteOffLine> lines = rows.stream().map(r -> new PdfNotices.WriteOffLine(
                new NoticeLine(r.bill().fiscalYear(), r.bill().taxItem().label(), r.bill().installmentNo(),
                        r.bill().noticeNo(), r.bill().dueDate(), r.principal(), r.fee(), r.lateCharge()),
                r.extinguishedOn(), r.reason(), r.article(), r.lateCharge())).toList();
        return issue(caseId, addresseeNo, DocumentKind.WRITE_OFF_RESOLUTION,
                DocumentKind.WRITE_OFF_RESOLUTION.label(), resolvedOn, by,
                new PdfNotices.WriteOffResolution(delinquent, caseId, resolvedOn, approvedBy, lines));
    }

    /** The bills as notice lines with the late charge to {@code asOf}. */
    public List<NoticeLine> lines(List<TaxBill> bills, LocalDate asOf) {
        return bills.stream().map(b -> NoticeLine.of(b, lateCharges.owedOn(b, asOf))).toList();
    }
}
