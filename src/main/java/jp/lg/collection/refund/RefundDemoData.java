package jp.lg.collection.refund;

import java.time.LocalDate;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.payment.PaymentReconciliation;
import jp.lg.collection.delinquency.payment.PaymentSlip;
import jp.lg.collection.system.Startup;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo refund, so Tasklist shows 充当・還付 at once: 小林 直樹 (宛名番号 100000006) paid his 固定資産税 第1期 twice; his
 * 軽自動車税 is unpaid since its 納期限. The 過誤納金 pays it first and the rest waits for 「還付先の確認」 (collectors; his
 * 公金受取口座 is registered in the demo registry, so the consent route works), then 「還付の決裁」 (sato). The demo
 * registry is filled at every start (it is held in memory); the taxpayer and his payments once.
 */
@Component
@Profile("demo")
@Order(300) // after demo.DemoData (its users and cases)
public class RefundDemoData implements Startup.Step {

    static final String ADDRESSEE = "100000006";
    static final String MY_NUMBER = "246813579021";

    private final TaxpayerRepository taxpayers;
    private final TaxBillRepository bills;
    private final PaymentReconciliation reconciliation;
    private final RefundStarter starter;
    private final InMemoryPublicFundsAccountRegistry registry;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    public RefundDemoData(TaxpayerRepository taxpayers, TaxBillRepository bills, PaymentReconciliation reconciliation,
            RefundStarter starter, InMemoryPublicFundsAccountRegistry registry, TransactionTemplate transaction,
            JdbcClient jdbc) {
        this.taxpayers = taxpayers;
        this.bills = bills;
        this.reconciliation = reconciliation;
        this.starter = starter;
        this.registry = registry;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Override
    public void run() {
        registry.register(MY_NUMBER, new BankAccount("9900", "ゆうちょ銀行", "018", "〇一八店", AccountType.ORDINARY,
                "2468135", "コバヤシ ナオキ"));
        if (taxpayers.exists(ADDRESSEE)) {
            return;
        }
        LocalDate today = Today.date();
        transaction.executeWithoutResult(status -> {
            taxpayers.insert(new Taxpayer(ADDRESSEE, "H" + ADDRESSEE, "小林 直樹", "コバヤシ ナオキ",
                    LocalDate.of(1975, 9, 14), "1", null, "埼玉県熊谷市宮町一丁目3番地", null, null, null, "048-555-0606",
                    null, null, "01", "tanaka", "C", false, false), MY_NUMBER, "demo");
            LocalDate due = today.minusDays(40);
            int fiscalYear = due.getMonthValue() >= 4 ? due.getYear() : due.getYear() - 1;
            long paid = bills.insert(new TaxBill(0, ADDRESSEE, fiscalYear, fiscalYear, TaxItem.FIXED_ASSET, "F0090001", 1,
                    183_400, 0, 0, 0, 0, 0, due, due, null, null, "OPEN", null), "demo");
            bills.insert(new TaxBill(0, ADDRESSEE, fiscalYear, fiscalYear, TaxItem.LIGHT_VEHICLE, "K0009001", 1, 10_800,
                    0, 0, 0, 0, 0, today.minusDays(10), today.minusDays(10), null, null, "OPEN", null), "demo");
            TaxBill bill = bills.require(paid);
            reconciliation.reconcile(new PaymentSlip("DEMO-RF-1", bill.noticeNo(), 1, fiscalYear, bill.taxItem(),
                    due.minusDays(2), 183_400, "BANK"), "demo");
            reconciliation.reconcile(new PaymentSlip("DEMO-RF-2", bill.noticeNo(), 1, fiscalYear, bill.taxItem(),
                    today.minusDays(3), 183_400, "CVS"), "demo");
        });
        jdbc.sql("SELECT id FROM refund_candidate WHERE record_id = 'DEMO-RF-2'").query(Long.class).optional()
                .ifPresent(starter::startOne);
    }
}
