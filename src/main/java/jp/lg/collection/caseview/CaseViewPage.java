package jp.lg.collection.caseview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.lg.collection.bill.BillStatus;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.CaseStatus;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.LateCharges;
import jp.lg.collection.documents.StoredDocument;
import jp.lg.collection.system.StaffNames;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.MyNumberCipher;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import jp.lg.collection.worklist.CaseRanks;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The case view: one taxpayer on one screen, what a collector needs on the phone — who, what is owed (with the
 * late charge to today), what was paid, what was said and done, what is pledged or seized, what is waiting in
 * Tasklist or, when no one has a task, what the case waits for, and which papers went out. This gathers the
 * page's facts; {@code templates/caseview/case.html} prints them with the shared stylesheet (no external
 * resources, so it works on a closed 庁内 network). People appear by name, codes by their enums' labels. The
 * My Number is never read here: only whether one is registered.
 */
@Component
public class CaseViewPage {

    /** One installment with what is paid and open, and its late charge to today (null: no rate registered). */
    public record BillLine(TaxBill bill, BillStatus status, long paid, long open, Long lateCharge) {
    }

    /** The bills' footer; {@code pending}: a late charge could not be computed, so the sum is a lower bound. */
    public record Totals(int count, long principal, long fee, long paid, long balance, long lateCharge,
            boolean pending) {

        /** 本日完納の場合の納付額. */
        public long payableToday() {
            return balance + lateCharge;
        }
    }

    /** An open task with its assignee's and candidate groups' names. */
    public record TaskLine(String id, String name, String assignee, String candidates, Date created, Date due) {
    }

    /** The whole page. Log entries and documents newest first: what happened last matters on the phone. */
    public record CaseView(CaseViewRepository.CaseRow row, Taxpayer taxpayer, String myNumber, String district,
            LocalDate today, String viewer, List<BillLine> bills, Totals totals,
            List<CaseViewRepository.PaymentRow> payments, List<NegotiationLog.Entry> log,
            List<CaseViewRepository.DispositionRow> dispositions, List<CaseViewRepository.PlanRow> plans,
            List<TaskLine> tasks, List<CaseWaits.Wait> waits, List<StoredDocument> documents, Rank rank) {

        public CaseStatus status() {
            return row.status();
        }

        /** 「処理中」 and no one has a task: the page says what the case waits for instead. */
        public boolean waiting() {
            return row.status() == CaseStatus.OPEN && tasks.isEmpty();
        }
    }

    /**
     * The case's rank today (ランク, worklist.CaseRanks): the rank and score, the imported rank when there is one, what
     * the score is made of, and the day of limitation when it is near; null for a closed case.
     */
    public record Rank(String rank, int score, String importedRank, String factors, LocalDate limitationOn,
            boolean limitationNear) {
    }

    /** Names of people for one page, each looked up once. */
    public static final class People {

        private final StaffNames staff;
        private final Map<String, String> names = new HashMap<>();

        People(StaffNames staff) {
            this.staff = staff;
        }

        /** 「田中 一郎」 for tanaka, 「システム」 for the system. */
        public String of(String userId) {
            return userId == null ? "" : names.computeIfAbsent(userId, staff::person);
        }
    }

    private final CaseViewRepository cases;
    private final TaxpayerRepository taxpayers;
    private final TaxBillRepository bills;
    private final NegotiationLog log;
    private final DocumentRepository documents;
    private final LateCharges lateCharges;
    private final TaskService taskService;
    private final CaseWaits waits;
    private final StaffNames staff;
    private final CaseRanks ranks;

    public CaseViewPage(CaseViewRepository cases, TaxpayerRepository taxpayers, TaxBillRepository bills,
            NegotiationLog log, DocumentRepository documents, LateCharges lateCharges, TaskService taskService,
            CaseWaits waits, StaffNames staff, CaseRanks ranks) {
        this.cases = cases;
        this.taxpayers = taxpayers;
        this.bills = bills;
        this.log = log;
        this.documents = documents;
        this.lateCharges = lateCharges;
        this.taskService = taskService;
        this.waits = waits;
        this.staff = staff;
        this.ranks = ranks;
    }

    /** The template's model ({@code c}: the case, {@code f}: formats, {@code people}: names), or empty. */
    public Optional<Map<String, Object>> model(String caseId, String viewerId) {
        return cases.findCase(caseId).map(c -> {
            People people = new People(staff);
            Taxpayer t = taxpayers.require(c.addresseeNo());
            LocalDate today = Today.date();
            List<BillLine> lines = billLines(bills.findByCase(c.caseId()), today);
            List<TaskLine> open = tasks(c.caseId(), people);
            CaseView view = new CaseView(c, t, MyNumberCipher.mask(t.myNumberRegistered()), district(t.districtCode()),
                    today, people.of(viewerId), lines, totals(lines), cases.payments(c.caseId()),
                    newestFirst(log.of(c.caseId())), cases.dispositions(c.caseId()), cases.plans(c.caseId()), open,
                    c.status() == CaseStatus.OPEN && open.isEmpty() ? waits.of(c.caseId()) : List.of(),
                    newestFirst(documents.ofCase(c.caseId())), c.status() == CaseStatus.OPEN ? rank(c.caseId(), today)
                            : null);
            return Map.of("c", view, "f", PageFormat.INSTANCE, "people", people);
        });
    }

    private List<BillLine> billLines(List<TaxBill> list, LocalDate today) {
        List<BillLine> lines = new ArrayList<>();
        for (TaxBill b : list) {
            BillStatus status = BillStatus.valueOf(b.status());
            boolean open = status == BillStatus.OPEN;
            lines.add(new BillLine(b, status, b.principalPaid() + b.dunningFeePaid() + b.lateChargePaid(),
                    open ? b.balanceExcludingLateCharge() : 0, open ? lateCharges.owedOn(b, today) : Long.valueOf(0)));
        }
        return lines;
    }

    private static Totals totals(List<BillLine> lines) {
        long principal = 0;
        long fee = 0;
        long paid = 0;
        long balance = 0;
        long lateCharge = 0;
        boolean pending = false;
        for (BillLine l : lines) {
            principal += l.bill().principal();
            fee += l.bill().dunningFee();
            paid += l.paid();
            balance += l.open();
            lateCharge += l.lateCharge() == null ? 0 : l.lateCharge();
            pending |= l.lateCharge() == null;
        }
        return new Totals(lines.size(), principal, fee, paid, balance, lateCharge, pending);
    }

    /**
     * Open tasks of the case and of its phases: the call activities pass the business key on, so one query by
     * business key finds the tasks of the called processes too.
     */
    private List<TaskLine> tasks(String caseId, People people) {
        List<TaskLine> lines = new ArrayList<>();
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(caseId).active()
                .orderByTaskCreateTime().asc().list()) {
            String candidates = String.join(", ", taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                    .map(l -> staff.group(l.getGroupId())).toList());
            lines.add(new TaskLine(task.getId(), task.getName(),
                    task.getAssignee() == null ? "(未割当)" : people.of(task.getAssignee()), candidates,
                    task.getCreateTime(), task.getDueDate()));
        }
        return lines;
    }

    private Rank rank(String caseId, LocalDate today) {
        CaseRanks.Ranked r = ranks.compute(List.of(caseId), today).get(caseId);
        return new Rank(r.result().rank(), r.result().score(), r.result().importedRank(),
                CaseRanks.explain(r.result()), r.facts().limitationOn(), r.limitationNear());
    }

    private String district(String code) {
        String name = staff.district(code);
        return name.equals(code) ? name : name + " (" + code + ")";
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> list = new ArrayList<>(oldestFirst);
        Collections.reverse(list);
        return list;
    }
}
