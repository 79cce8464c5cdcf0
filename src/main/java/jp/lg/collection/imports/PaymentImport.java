package jp.lg.collection.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.payment.PaymentReconciliation;
import jp.lg.collection.delinquency.payment.PaymentSlip;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * 納付済通知 from the designated bank (金融機関・コンビニ・ペイジー・口座振替): one line per payment slip
 * ({@link PaymentSlip}). A line only needs to be well formed to be accepted; matching it to an installment is
 * reconciliation's job ({@link PaymentReconciliation}), and an unmatched line is a result, not an error.
 */
@Component
public class PaymentImport implements ImportKind<PaymentSlip> {

    static final List<String> HEADER = List.of("収納レコード番号", "通知書番号", "期別", "賦課年度", "税目コード", "納付日",
            "金額", "収納チャネル");
    static final Set<String> CHANNELS = Set.of("BANK", "CVS", "MPN", "DIRECT_DEBIT");

    private final PaymentReconciliation reconciliation;

    public PaymentImport(PaymentReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Override
    public String kind() {
        return "PAYMENTS";
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public PaymentSlip parse(CSVRecord record, Problems problems) {
        Fields f = new Fields(record, HEADER, problems);
        String recordId = f.text("収納レコード番号", 30);
        String noticeNo = f.text("通知書番号", 20);
        int installment = f.number("期別", 1, 12);
        int fiscalYear = f.number("賦課年度", 2000, 2100);
        TaxItem item = f.taxItem("税目コード");
        LocalDate paidOn = f.date("納付日", true);
        long amount = f.yen("金額");
        if (!f.failed() && amount == 0) {
            f.problem("金額", "0円の納付はありません");
        }
        String channel = f.text("収納チャネル", 20);
        if (channel != null && !CHANNELS.contains(channel)) {
            f.problem("収納チャネル", "BANK・CVS・MPN・DIRECT_DEBIT のいずれかです (" + channel + ")");
        }
        if (f.failed()) {
            return null;
        }
        return new PaymentSlip(recordId, noticeNo, installment, fiscalYear, item, paidOn, amount, channel);
    }

    @Override
    public boolean write(PaymentSlip line, String by) {
        return reconciliation.reconcile(line, by) != PaymentReconciliation.Outcome.ALREADY_RECORDED;
    }

    @Override
    public int writeAll(List<PaymentSlip> lines, String by) {
        return (int) reconciliation.reconcileAll(lines, by).stream()
                .filter(o -> o != PaymentReconciliation.Outcome.ALREADY_RECORDED).count();
    }
}
