package jp.lg.collection.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 納税証明書 (地方税法20の10: the city issues, on request, a certificate of the matters set by cabinet order —
 * tax assessed, paid and unpaid, and whether there is delinquency; the 施行令 article: verify). Each issued certificate is stored, so the
 * counter can show later what it certified and to whom.
 */
@Service
public class TaxCertificates {

    /** What the controller sends back: the PDF and its download name. */
    public record Issued(long documentId, String fileName, byte[] pdf) {
    }

    private final TaxpayerRepository taxpayers;
    private final TaxBillRepository bills;
    private final DelinquencyCaseRepository cases;
    private final DocumentRepository documents;
    private final CertificateSheet sheet;
    private final JdbcClient jdbc;

    public TaxCertificates(TaxpayerRepository taxpayers, TaxBillRepository bills, DelinquencyCaseRepository cases,
            DocumentRepository documents, CertificateSheet sheet, JdbcClient jdbc) {
        this.taxpayers = taxpayers;
        this.bills = bills;
        this.cases = cases;
        this.documents = documents;
        this.sheet = sheet;
        this.jdbc = jdbc;
    }

    @Transactional
    public Issued issue(String addresseeNo, Integer fiscalYear, CertificateKind kind, String purpose, String by) {
        Taxpayer taxpayer = taxpayers.require(addresseeNo);
        LocalDate today = Today.date();
        List<TaxBill> all = billsOf(addresseeNo);
        byte[] pdf;
        if (kind == CertificateKind.NO_DELINQUENCY) {
            refuseIfDelinquent(all, today);
            pdf = sheet.render(Addressee.of(taxpayer), today, null, null, purpose);
        } else {
            if (fiscalYear == null || fiscalYear < 2000 || fiscalYear > 2100) {
                throw new IllegalArgumentException("fiscalYear: 納税額等の証明には年度(賦課年度、2000〜2100、例 2026)が必要です");
            }
            List<CertificateSheet.Row> rows = perTaxItem(all, fiscalYear);
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("fiscalYear: " + NoticeLine.fiscalYearLabel(fiscalYear)
                        + "の課税はありません (宛名番号 " + addresseeNo + ")");
            }
            pdf = sheet.render(Addressee.of(taxpayer), today, fiscalYear, rows, purpose);
        }
        String title = DocumentKind.TAX_CERTIFICATE.label()
                + (kind == CertificateKind.NO_DELINQUENCY ? "(滞納がないこと)" : "(" + NoticeLine.fiscalYearLabel(fiscalYear) + ")");
        long id = documents.store(cases.findOpenCaseOf(addresseeNo).orElse(null), addresseeNo,
                DocumentKind.TAX_CERTIFICATE, title, today, by, pdf);
        return new Issued(id, documents.find(id).orElseThrow().fileName(), pdf);
    }

    /**
     * 滞納がないことの証明 cannot be given while an installment is past its due date and unpaid (principal,
     * dunning fee or an assessed late charge): the reason names each such installment, for the counter clerk to
     * read out.
     */
    void refuseIfDelinquent(List<TaxBill> all, LocalDate today) {
        List<String> unpaid = new ArrayList<>();
        for (TaxBill b : all) {
            long unpaidAmount = b.balanceExcludingLateCharge() + b.assessedLateChargeDue();
            if ("OPEN".equals(b.status()) && b.dueDate().isBefore(today) && unpaidAmount > 0) {
                unpaid.add(b.label() + "(納期限 " + WarekiDate.format(b.dueDate()) + "、未納額 "
                        + Yen.of(unpaidAmount) + ")");
            }
        }
        if (!unpaid.isEmpty()) {
            throw new IllegalArgumentException("kind: 納期限を過ぎた未納の税があるため、滞納がないことの証明は発行できません。"
                    + "未納の期別: " + String.join("、", unpaid));
        }
    }

    /** Assessed (本税), paid and still unpaid per tax item of one fiscal year, in the order of TaxItem. */
    static List<CertificateSheet.Row> perTaxItem(List<TaxBill> all, int fiscalYear) {
        Map<TaxItem, long[]> sums = new EnumMap<>(TaxItem.class);
        for (TaxBill b : all) {
            if (b.fiscalYear() != fiscalYear) {
                continue;
            }
            long[] s = sums.computeIfAbsent(b.taxItem(), k -> new long[3]);
            s[0] += b.principal();
            s[1] += b.principalPaid();
            // written-off or extinguished tax (不納欠損, 法15の7④⑤, 18) is no longer owed
            s[2] += "OPEN".equals(b.status()) ? b.principalDue() : 0;
        }
        List<CertificateSheet.Row> rows = new ArrayList<>();
        sums.forEach((item, s) -> rows.add(new CertificateSheet.Row(item.label(), s[0], s[1], s[2])));
        return rows;
    }

    private List<TaxBill> billsOf(String addresseeNo) {
        return jdbc.sql("SELECT id FROM tax_bill WHERE addressee_no = ? ORDER BY fiscal_year, due_date, id")
                .param(addresseeNo).query(Long.class).list().stream().map(bills::require).toList();
    }
}
