package jp.lg.collection.delinquency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.documents.LateCharges;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.Briefing;
import jp.lg.collection.forms.JapaneseDateInput;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import jp.lg.collection.system.Today;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.StaffNames;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The facts of a case every decision starts from, for the {@link Briefing} of a task form: the taxpayer, the
 * open installments with what is owed on them today (late charge to today, {@link LateCharges}), the latest
 * entries of the negotiation log, and people by name rather than user id. As a task listener on create
 * ({@code ${caseBriefing}}) it briefs a task with just these — 「電話催告・納付交渉」 (what the taxpayer owes
 * today is what he asks on the telephone), 「不納欠損の決裁」; the approvals that need more have listeners of
 * their own that start from here.
 */
@Component("caseBriefing")
public class CaseBriefing implements TaskListener {

    private static final int LOG_CHARS = 44;

    private final DelinquencyCaseRepository cases;
    private final TaxpayerRepository taxpayers;
    private final TaxBillRepository bills;
    private final LateCharges lateCharges;
    private final NegotiationLog log;
    private final StaffNames staff;
    private final GraceCalendar graces;

    public CaseBriefing(DelinquencyCaseRepository cases, TaxpayerRepository taxpayers, TaxBillRepository bills,
            LateCharges lateCharges, NegotiationLog log, StaffNames staff, GraceCalendar graces) {
        this.cases = cases;
        this.taxpayers = taxpayers;
        this.bills = bills;
        this.lateCharges = lateCharges;
        this.log = log;
        this.staff = staff;
        this.graces = graces;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = (String) task.getVariable("caseId");
        recentLog(caseId, 6, taxpayerAndOwed(caseId, Today.date(), new Briefing())).putOn(task);
    }

    /** What is owed on the case's open installments on a day. */
    public record Owed(long principal, long fee, long lateCharge, boolean lateChargePending,
            List<List<String>> rows) {

        public long total() {
            return principal + fee + lateCharge;
        }
    }

    public Owed owed(String caseId, LocalDate asOf) {
        long principal = 0;
        long fee = 0;
        long lateCharge = 0;
        boolean pending = false;
        List<List<String>> rows = new ArrayList<>();
        for (TaxBill bill : bills.findOpenByCase(caseId)) {
            Long charge = lateCharges.owedOn(bill, asOf);
            long due = bill.principalDue() + bill.dunningFeeDue() + (charge == null ? 0 : charge);
            rows.add(List.of(bill.label(), WarekiDate.format(bill.dueDate()),
                    bill.dunningIssuedOn() == null ? "未発付" : WarekiDate.format(bill.dunningIssuedOn()),
                    Yen.of(bill.principalDue()), Yen.of(bill.dunningFeeDue()), charge == null ? "計算中" : Yen.of(charge),
                    Yen.of(due)));
            principal += bill.principalDue();
            fee += bill.dunningFeeDue();
            lateCharge += charge == null ? 0 : charge;
            pending |= charge == null;
        }
        return new Owed(principal, fee, lateCharge, pending, rows);
    }

    /** 滞納者 and 滞納額 (today, with the late charge), one row per open installment and the total. */
    public Briefing taxpayerAndOwed(String caseId, LocalDate today, Briefing b) {
        Taxpayer t = taxpayers.require(cases.addresseeOf(caseId));
        b.heading("滞納者");
        b.item("氏名", t.nameKanji() + " (" + t.nameKana() + ")　宛名番号 " + t.addresseeNo() + "　案件番号 " + caseId);
        b.item("住所", t.noticeAddress());
        b.item("電話", t.phone1() == null ? null : t.phone1() + (t.phone2() == null ? "" : " / " + t.phone2()));
        b.item("勤務先", t.workplaceName());
        // a grace changes what may be done today: say so before the amounts (法15の2の3①, 15の5①, 15の6①)
        graces.collectionGraceUntil(caseId, today).ifPresentOrElse(end -> b.strong("猶予",
                "徴収猶予中 (" + WarekiDate.format(end) + "まで): 督促・催告・滞納処分はしません"),
                () -> graces.saleStayedUntil(caseId, today).ifPresent(end -> b.strong("猶予",
                        "換価猶予中 (" + WarekiDate.format(end) + "まで): 差押財産の公売はしません")));
        Owed owed = owed(caseId, today);
        b.heading("滞納額 (" + WarekiDate.format(today) + "現在・延滞金を含む)");
        List<List<String>> rows = new ArrayList<>(owed.rows());
        rows.add(List.of("**合計**", "", "", Yen.of(owed.principal()), Yen.of(owed.fee()),
                Yen.of(owed.lateCharge()) + (owed.lateChargePending() ? "+" : ""), "**" + Yen.of(owed.total()) + "**"));
        b.table(List.of("期別", "納期限", "督促状発付", "本税", "督促手数料", "延滞金", "計"),
                List.of(false, false, false, true, true, true, true), rows);
        return b;
    }

    /** The latest {@code count} entries of the negotiation log, newest first. */
    public Briefing recentLog(String caseId, int count, Briefing b) {
        List<NegotiationLog.Entry> entries = log.of(caseId);
        if (entries.isEmpty()) {
            return b;
        }
        b.heading("直近の交渉経過");
        List<List<String>> rows = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && rows.size() < count; i--) {
            NegotiationLog.Entry e = entries.get(i);
            rows.add(List.of(WarekiDate.format(e.occurredAt().toLocalDate()), e.action().label(),
                    shortened(orEmpty(e.result()) + (e.note() == null ? "" : " — " + e.note())), person(e.collector())));
        }
        b.table(List.of("日付", "経過", "内容", "担当"), List.of(), rows);
        return b;
    }

    /** "田中 一郎" for a user id, "システム" for steps nobody took ({@link StaffNames#person}). */
    public String person(String userId) {
        return staff.person(userId == null ? CurrentUser.SYSTEM : userId);
    }

    /** "令和8年12月20日 (2026/12/20)". */
    public static String date(LocalDate day) {
        return day == null ? null : JapaneseDateInput.describe(day);
    }

    /** A log entry as one line of the table; the case view has it whole. */
    private static String shortened(String text) {
        return text.length() <= LOG_CHARS ? text : text.substring(0, LOG_CHARS - 1) + "…";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
