package jp.lg.collection.refund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.BillLateCharges;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.PaymentChannel;
import jp.lg.collection.delinquency.payment.CaseAllocation;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.refund.RefundRepository.AllocationLine;
import jp.lg.collection.refund.RefundRepository.Candidate;
import jp.lg.collection.refund.RefundRepository.Refund;
import jp.lg.collection.rules.AllocationResult;
import jp.lg.collection.rules.BillBalance;
import jp.lg.collection.rules.RefundAdditionResult;
import jp.lg.collection.rules.RefundAdditionRule;
import jp.lg.collection.rules.RefundAllocation;
import jp.lg.collection.rules.RefundAllocation.Part;
import jp.lg.collection.rules.RefundAllocation.Plan;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 過誤納金の充当 (地方税法17の2), made before anything is refunded: the taxpayer's open installments whose 納期限 has
 * come are paid from the 過誤納金 in the statutory order ({@link RefundAllocation}), each as of its 充当適状日 — the
 * later of the day the 過誤納金 arose and its 納期限 — so its late charge stops there (同条④).
 *
 * <p>The money is applied as a payment of channel {@code ALLOCATION} (充当) by {@link CaseAllocation}, the one
 * allocation of the product: to a case's installments as one allocation per case and 充当適状日 (the case's
 * negotiation log shows it; a case left with nothing to pay hears {@code Message_PaidInFull} and ends), to an
 * installment outside a case on its own. A 充当 is the city's act, not the taxpayer's acknowledgement of his debt, so
 * it sends no {@code Message_PaymentReceived} and renews no limitation period (民法152 needs the debtor's act).
 * The part 充当 bears its 還付加算金 to its 充当適状日 (法17の4① 括弧書), paid with the refund. A 充当通知書
 * ({@link AllocationNotice}) tells the taxpayer.
 */
@Service
public class RefundAllocations {

    /** The payment channel of a 充当 ({@link PaymentChannel#ALLOCATION}). */
    public static final String CHANNEL = PaymentChannel.ALLOCATION.name();

    /**
     * What the 充当 did.
     *
     * @param caseId the case the papers go with: the 過誤納金's own, else the first case it paid into; may be null
     */
    public record Applied(long allocated, long allocationAddition, long refundAmount, Long documentId, String caseId) {

        /** Whether anything is left to pay out (the rest, or the 還付加算金 of the part 充当). */
        public boolean refundDue() {
            return refundAmount + allocationAddition > 0;
        }
    }

    private final RefundRepository refunds;
    private final TaxBillRepository bills;
    private final BillLateCharges lateCharges;
    private final CaseAllocation caseAllocation;
    private final DelinquencyCaseRepository cases;
    private final RuntimeService runtime;
    private final NegotiationLog log;
    private final NoticeQueue notices;
    private final AllocationNotice paper;
    private final RefundAdditions additions;
    private final JdbcClient jdbc;

    public RefundAllocations(RefundRepository refunds, TaxBillRepository bills, BillLateCharges lateCharges,
            CaseAllocation caseAllocation, DelinquencyCaseRepository cases, RuntimeService runtime, NegotiationLog log,
            NoticeQueue notices, AllocationNotice paper, RefundAdditions additions, JdbcClient jdbc) {
        this.refunds = refunds;
        this.bills = bills;
        this.lateCharges = lateCharges;
        this.caseAllocation = caseAllocation;
        this.cases = cases;
        this.runtime = runtime;
        this.log = log;
        this.notices = notices;
        this.paper = paper;
        this.additions = additions;
        this.jdbc = jdbc;
    }

    /** What the 充当 would be today, without writing anything (the briefing, the API). */
    public Plan preview(Candidate c, long amount, LocalDate today) {
        return RefundAllocation.plan(amount, c.cause(), c.arisenOn(), today, debts(c, today, new LinkedHashMap<>()));
    }

    /** Makes the 充当 of the refund's 過誤納金 on {@code today}; a refund past this step is left as it is. */
    @Transactional
    public Applied apply(long refundId, LocalDate today, String by) {
        Refund refund = refunds.require(refundId);
        if (refund.status() != RefundStatus.ALLOCATING) {
            return new Applied(refund.allocated(), refund.allocationAddition(), refund.refundAmount(),
                    refund.allocationDocumentId(), refund.caseId());
        }
        Candidate c = refunds.candidate(refund.candidateId());
        Map<Long, TaxBill> open = new LinkedHashMap<>();
        Plan plan = RefundAllocation.plan(refund.overpayment(), c.cause(), c.arisenOn(), today, debts(c, today, open));

        List<AllocationLine> lines = new ArrayList<>();
        Map<String, LocalDate> paidIntoCases = new LinkedHashMap<>();
        int seq = 0;
        for (List<Part> run : runs(plan.parts(), open)) {
            TaxBill first = open.get(run.get(0).allocation().billId());
            LocalDate on = run.get(0).suitableOn();
            if (first.caseId() != null && "OPEN".equals(cases.statusOf(first.caseId()))) {
                String recordId = recordId(refundId, ++seq);
                long sum = run.stream().mapToLong(p -> p.allocation().total()).sum();
                requireNoSurplus(caseAllocation.allocate(first.caseId(), sum, on, CHANNEL, recordId, by), recordId);
                run.forEach(p -> lines.add(line(p, today, recordId)));
                paidIntoCases.put(first.caseId(), on);
            } else {
                for (Part p : run) {
                    String recordId = recordId(refundId, ++seq);
                    requireNoSurplus(caseAllocation.allocateToBill(bills.require(p.allocation().billId()),
                            p.allocation().total(), on, CHANNEL, recordId, by), recordId);
                    lines.add(line(p, today, recordId));
                }
            }
        }
        lines.forEach(l -> refunds.insertAllocationLine(refundId, l));
        paidIntoCases.forEach((caseId, on) -> {
            if (bills.settled(caseId)) {
                runtime.createMessageCorrelation("Message_PaidInFull").processInstanceBusinessKey(caseId)
                        .setVariable("partPaidOn", Today.startOf(on)).correlateAll();
            }
        });

        long allocationAddition = allocationAddition(c, plan, additions.rule());
        long allocated = plan.allocated();
        String paperCase = c.caseId() != null ? c.caseId()
                : paidIntoCases.isEmpty() ? null : paidIntoCases.keySet().iterator().next();
        Long documentId = null;
        if (allocated > 0) {
            documentId = notices.issue(paperCase, c.addresseeNo(), DocumentKind.REFUND_ALLOCATION_NOTICE,
                    DocumentKind.REFUND_ALLOCATION_NOTICE.label() + " (" + Refund.number(refundId) + ")", today, by,
                    new AllocationNotice.Content(notices.addressee(c.addresseeNo()), paperCase,
                            Refund.number(refundId), today, refund.overpayment(), c.cause(), c.paidOn(), today,
                            lines.stream().map(l -> noticeLine(l, open.get(l.billId()))).toList(), allocationAddition,
                            plan.refund()));
        }
        Applied applied = new Applied(allocated, allocationAddition, plan.refund(), documentId, paperCase);
        refunds.recordAllocation(refundId, paperCase, allocated, allocationAddition, today, plan.refund(), documentId,
                applied.refundDue() ? RefundStatus.AWAITING_ACCOUNT : RefundStatus.ALLOCATED);
        if (!applied.refundDue()) {
            refunds.setCandidateStatus(c.id(), "ALLOCATED");
        }
        if (paperCase != null) {
            log.record(paperCase, NegotiationAction.REFUND, "過誤納金 " + Yen.of(refund.overpayment()) + " ("
                    + Refund.number(refundId) + ") の充当 " + Yen.of(allocated) + " (地方税法17条の2)",
                    (allocated > 0 ? paper.kind().label() + " 文書ID " + documentId + " / " : "")
                            + "還付する額 " + Yen.of(plan.refund())
                            + (allocationAddition > 0 ? " / 充当分の還付加算金 " + Yen.of(allocationAddition) : ""), by);
        }
        return applied;
    }

    /**
     * The taxpayer's open installments due by {@code today}, each owed as of its 充当適状日; {@code open} receives
     * them by id.
     */
    private List<BillBalance> debts(Candidate c, LocalDate today, Map<Long, TaxBill> open) {
        List<BillBalance> debts = new ArrayList<>();
        for (long id : jdbc.sql("""
                SELECT id FROM tax_bill WHERE addressee_no = ? AND status = 'OPEN' AND due_date <= ?
                ORDER BY statutory_due_date, due_date, id
                """).params(c.addresseeNo(), today).query(Long.class).list()) {
            TaxBill b = bills.require(id);
            LocalDate on = RefundAllocation.suitableOn(c.arisenOn(), b.dueDate());
            open.put(id, b);
            debts.add(new BillBalance(b.id(), b.statutoryDueDate(), b.dueDate(), b.dunningFeeDue(),
                    Math.max(0, b.principalDue()), lateCharges.of(b, on).knownOwed()));
        }
        return debts;
    }

    /**
     * The parts in runs applied by one allocation: consecutive parts in one case with one 充当適状日 (a case's
     * allocation takes its installments oldest first, as the plan does); an installment outside a case alone.
     */
    private static List<List<Part>> runs(List<Part> parts, Map<Long, TaxBill> open) {
        List<List<Part>> runs = new ArrayList<>();
        List<Part> run = null;
        String runCase = null;
        for (Part p : parts) {
            String caseId = open.get(p.allocation().billId()).caseId();
            boolean joins = run != null && caseId != null && caseId.equals(runCase)
                    && run.get(0).suitableOn().equals(p.suitableOn());
            if (!joins) {
                run = new ArrayList<>();
                runs.add(run);
                runCase = caseId;
            }
            run.add(p);
        }
        return runs;
    }

    /** The 還付加算金 of the part 充当, each 充当適状日's sum counted to that day (法17の4①). */
    private static long allocationAddition(Candidate c, Plan plan, RefundAdditionRule rule) {
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        plan.parts().forEach(p -> byDay.merge(p.suitableOn(), p.allocation().total(), Long::sum));
        long total = 0;
        for (Map.Entry<LocalDate, Long> e : byDay.entrySet()) {
            RefundAdditionResult r = rule.compute(e.getValue(), c.overpayment(), e.getKey());
            if (r.pending()) {
                // the job fails and retries; an incident in Cockpit until an administrator adds the year
                throw new IllegalStateException(r.missingRateYears() + "年の還付加算金の割合が未登録です "
                        + "(POST /api/admin/late-charge-rates/{year}/refund-addition)");
            }
            total += r.addition();
        }
        return total;
    }

    private static void requireNoSurplus(AllocationResult result, String recordId) {
        if (result.surplus() != 0) {
            throw new IllegalStateException("充当 " + recordId + " の計算が合いません (残余 " + result.surplus() + "円)");
        }
    }

    /** "JT12-1": the 充当's record id (the payment rows' record_id, ≤ 30 characters). */
    static String recordId(long refundId, int seq) {
        return "JT" + refundId + "-" + seq;
    }

    private static AllocationLine line(Part p, LocalDate allocatedOn, String recordId) {
        return new AllocationLine(p.allocation().billId(), allocatedOn, p.suitableOn(), p.allocation().dunningFee(),
                p.allocation().principal(), p.allocation().lateCharge(), recordId);
    }

    private static AllocationNotice.Line noticeLine(AllocationLine l, TaxBill b) {
        return new AllocationNotice.Line(b.fiscalYear(), b.taxItem().label(), b.installmentNo(), b.noticeNo(),
                b.dueDate(), l.suitableOn(), l.fee(), l.principal(), l.lateCharge());
    }
}
