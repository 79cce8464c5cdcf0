package jp.lg.collection.imports;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * 期別明細 from the assessment systems (課税): one line per installment. An installment already on file
 * (same year, tax, notice number and installment) is left as it is; the taxpayer must be known.
 */
@Component
public class BillImport implements ImportKind<TaxBill> {

    static final List<String> HEADER = List.of("宛名番号", "賦課年度", "調定年度", "税目コード", "通知書番号", "期別", "本税",
            "納期限", "法定納期限");

    private final TaxpayerRepository taxpayers;
    private final TaxBillRepository bills;

    public BillImport(TaxpayerRepository taxpayers, TaxBillRepository bills) {
        this.taxpayers = taxpayers;
        this.bills = bills;
    }

    @Override
    public String kind() {
        return "BILLS";
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public TaxBill parse(CSVRecord record, Problems problems) {
        Fields f = new Fields(record, HEADER, problems);
        String addresseeNo = f.digits("宛名番号", 1, 15);
        if (addresseeNo != null && !f.failed() && !taxpayers.exists(addresseeNo)) {
            f.problem("宛名番号", "納税義務者 " + addresseeNo + " が登録されていません(先に宛名を取り込んでください)");
        }
        int fiscalYear = f.number("賦課年度", 2000, 2100);
        int levyYear = f.number("調定年度", 2000, 2100);
        TaxItem item = f.taxItem("税目コード");
        String noticeNo = f.text("通知書番号", 20);
        int installment = f.number("期別", 1, 12);
        long principal = f.yen("本税");
        LocalDate due = f.date("納期限", true);
        LocalDate statutory = f.date("法定納期限", true);
        if (due != null && statutory != null && statutory.isAfter(due)) {
            f.problem("法定納期限", "法定納期限が納期限より後です");
        }
        if (f.failed()) {
            return null;
        }
        return new TaxBill(0, addresseeNo, fiscalYear, levyYear, item, noticeNo, installment, principal, 0, 0, 0, 0,
                0, due, statutory, null, null, "OPEN", null);
    }

    @Override
    public boolean write(TaxBill bill, String by) {
        if (bills.findByInstallment(bill.fiscalYear(), bill.taxItem(), bill.noticeNo(), bill.installmentNo())
                .isPresent()) {
            return false;
        }
        bills.insert(bill, by);
        return true;
    }
}
