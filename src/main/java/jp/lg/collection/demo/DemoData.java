package jp.lg.collection.demo;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.OverdueSweep;
import jp.lg.collection.system.Roles;
import jp.lg.collection.system.Startup;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo users of every role and five delinquent taxpayers, then tonight's sweep, so that Tasklist has work
 * the moment the application is up. Loaded once: an existing database is left as it is. Dates are relative
 * to today; three taxpayers were dunned weeks ago by the "previous system", so their cases are already at
 * the phone reminder and may go on to seizure.
 */
@Component
@Profile("demo")
@Order(200) // before security.DistrictGrants makes the district groups of collector_district
public class DemoData implements Startup.Step {

    /**
     * Demo users: id, family name, given name, group. The password is collection.demo.password. The family name goes
     * into the engine's {@code firstName}: Camunda prints "firstName lastName" (Tasklist's header, Admin's user
     * list), and staff read 「田中 一郎」, 姓 名 (docs/architecture.md, "Names").
     */
    static final List<String[]> USERS = List.of(
            new String[] {"tanaka", "田中", "一郎", Roles.COLLECTORS},
            new String[] {"suzuki", "鈴木", "花子", Roles.COLLECTORS},
            new String[] {"sato", "佐藤", "次郎", Roles.MANAGERS},
            new String[] {"yamada", "山田", "設計", Roles.DESIGNERS},
            new String[] {"kobayashi", "小林", "監査", Roles.AUDITORS},
            new String[] {"kimura", "木村", "出力", Roles.EXPORTERS},
            new String[] {"kato", "加藤", "照会", Roles.INQUIRERS});

    /** 担当地区: tanaka works district 01, suzuki 01 and 02 (the 小平市 taxpayer 100000005 is in 02). */
    static final List<String[]> DISTRICTS = List.of(new String[] {"tanaka", "01"}, new String[] {"suzuki", "01"},
            new String[] {"suzuki", "02"});

    private final IdentityService identityService;
    private final TaxpayerRepository taxpayers;
    private final TaxBillRepository bills;
    private final OverdueSweep sweep;
    private final TransactionTemplate transaction;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final String password;
    private final String adminId;

    public DemoData(IdentityService identityService, TaxpayerRepository taxpayers, TaxBillRepository bills,
            OverdueSweep sweep, TransactionTemplate transaction, org.springframework.jdbc.core.simple.JdbcClient jdbc,
            @Value("${collection.demo.password}") String password,
            @Value("${camunda.bpm.admin-user.id:admin}") String adminId) {
        this.identityService = identityService;
        this.taxpayers = taxpayers;
        this.bills = bills;
        this.sweep = sweep;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.password = password;
        this.adminId = adminId;
    }

    @Override
    public void run() {
        for (String[] u : USERS) {
            User existing = identityService.createUserQuery().userId(u[0]).singleResult();
            if (existing != null && u[2].equals(existing.getFirstName()) && u[1].equals(existing.getLastName())) {
                // a demo database of an earlier release kept the given name first: Admin showed 「一郎 田中」
                existing.setFirstName(u[1]);
                existing.setLastName(u[2]);
                identityService.saveUser(existing);
            }
            if (existing == null) {
                User user = identityService.newUser(u[0]);
                user.setFirstName(u[1]);
                user.setLastName(u[2]);
                user.setEmail(u[0] + "@city.example.lg.jp");
                user.setPassword(password);
                identityService.saveUser(user);
                identityService.createMembership(u[0], u[3]);
            }
        }
        if (identityService.createUserQuery().userId(adminId).memberOfGroup(Roles.ADMINS).count() == 0
                && identityService.createUserQuery().userId(adminId).count() > 0) {
            identityService.createMembership(adminId, Roles.ADMINS);
        }
        for (String[] d : DISTRICTS) {
            if (jdbc.sql("SELECT COUNT(*) FROM collector_district WHERE user_id = ? AND district_code = ?")
                    .params(d[0], d[1]).query(Long.class).single() == 0) {
                jdbc.sql("INSERT INTO collector_district (user_id, district_code) VALUES (?, ?)").params(d[0], d[1])
                        .update();
            }
        }
        if (!taxpayers.exists("100000001")) {
            transaction.executeWithoutResult(status -> loadCases());
            // after the commit: the sweep works in transactions of its own, on its own threads
            sweep.sweep(Today.date(), "demo");
        }
    }

    private void loadCases() {
        LocalDate today = Today.date();
        taxpayer("100000001", "山本 太郎", "ヤマモト タロウ", LocalDate.of(1978, 4, 12), "1",
                "埼玉県熊谷市宮町二丁目47番地1", "090-1234-5678", "tanaka", "123456789018");
        bill("100000001", TaxItem.RESIDENT, "R0012001", 1, 58_000, today.minusDays(150), true);
        bill("100000001", TaxItem.RESIDENT, "R0012001", 2, 57_000, today.minusDays(90), true);

        taxpayer("100000002", "高橋 美咲", "タカハシ ミサキ", LocalDate.of(1985, 11, 3), "2",
                "埼玉県熊谷市筑波三丁目195番地 コーポ筑波203", "048-555-0102", "tanaka", null);
        bill("100000002", TaxItem.FIXED_ASSET, "F0034501", 2, 124_300, today.minusDays(60), true);

        taxpayer("100000003", "伊藤 健一", "イトウ ケンイチ", LocalDate.of(1992, 7, 21), "1",
                "東京都小平市小川町二丁目1333番地", "080-2222-3333", "tanaka", null);
        bill("100000003", TaxItem.LIGHT_VEHICLE, "K0005678", 1, 10_800, today.minusDays(25), false);

        taxpayer("100000004", "株式会社 渡辺商事", "カブシキガイシャ ワタナベショウジ", null, "9",
                "埼玉県熊谷市本町一丁目5番地", "048-555-0404", "tanaka", null);
        bill("100000004", TaxItem.FIXED_ASSET, "F0077001", 1, 486_200, today.minusDays(200), true);
        bill("100000004", TaxItem.FIXED_ASSET, "F0077001", 2, 486_200, today.minusDays(140), true);

        taxpayer("100000005", "中村 さくら", "ナカムラ サクラ", LocalDate.of(1969, 2, 28), "2",
                "東京都小平市花小金井南町一丁目8番12号", "042-555-0505", "suzuki", "987654321093", "02");
        bill("100000005", TaxItem.HEALTH_INSURANCE, "N0101010", 3, 32_500, today.minusDays(40), true);

    }

    private void taxpayer(String no, String kanji, String kana, LocalDate birth, String sex, String address,
            String phone, String collector, String myNumber) {
        taxpayer(no, kanji, kana, birth, sex, address, phone, collector, myNumber, "01");
    }

    private void taxpayer(String no, String kanji, String kana, LocalDate birth, String sex, String address,
            String phone, String collector, String myNumber, String district) {
        taxpayers.insert(new Taxpayer(no, "H" + no, kanji, kana, birth, sex, null, address, null, null, null, phone,
                null, null, district, collector, "B", false, false), myNumber, "demo");
    }

    private void bill(String addresseeNo, TaxItem item, String noticeNo, int installment, long principal,
            LocalDate due, boolean dunnedBefore) {
        int fiscalYear = due.getMonthValue() >= 4 ? due.getYear() : due.getYear() - 1;
        bills.insert(new TaxBill(0, addresseeNo, fiscalYear, fiscalYear, item, noticeNo, installment, principal,
                dunnedBefore ? 100 : 0, 0, 0, 0, 0, due, due, dunnedBefore ? due.plusDays(18) : null, null, "OPEN",
                null), "demo");
    }
}
