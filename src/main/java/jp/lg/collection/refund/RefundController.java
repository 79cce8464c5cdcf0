package jp.lg.collection.refund;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.refund.RefundRepository.AllocationLine;
import jp.lg.collection.refund.RefundRepository.Candidate;
import jp.lg.collection.refund.RefundRepository.Refund;
import jp.lg.collection.refund.RefundRepository.Review;
import jp.lg.collection.rules.Overpayment;
import jp.lg.collection.rules.OverpaymentCause;
import jp.lg.collection.rules.RefundAdditionResult;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Refunds over the API (docs/api.md): the list and one refund with its 充当明細 and decisions (managers, auditors);
 * a 過誤納金 registered by hand — a 過納 after an assessment was reduced, which no payment file shows — and the
 * start of the refunds of new 過誤納金 without waiting for the schedule (managers); the 還付加算金 quote for the
 * counter. The decisions themselves are made in Tasklist (bpmn/refund.bpmn).
 */
@RestController
public class RefundController {

    /** The channel of a 過誤納金 registered by hand: no money came in with it (the daily ledger leaves it out). */
    static final String MANUAL = "MANUAL";

    /** A refund as listed: amounts, where it stands, the account masked. */
    public record RefundView(long id, String number, String addresseeNo, String caseId, String status,
            String statusLabel, long overpayment, long allocated, long refundAmount, long addition,
            long allocationAddition, long payout, LocalDate decidedOn, LocalDate paidOn, String payee) {

        static RefundView of(Refund r) {
            return new RefundView(r.id(), r.number(), r.addresseeNo(), r.caseId(), r.status().name(),
                    r.status().label(), r.overpayment(), r.allocated(), r.refundAmount(), r.addition(),
                    r.allocationAddition(), r.payout(), r.decidedOn(), r.paidOn(),
                    r.account() == null ? null : r.payeeKind().label() + " " + r.account().label());
        }
    }

    /** One refund with where its money came from, what it paid and every decision. */
    public record RefundDetail(RefundView refund, String cause, String article, String recordId, String channel,
            LocalDate paidOn, LocalDate arisenOn, LocalDate additionFrom, List<AllocationLine> allocations,
            List<Review> reviews, String withdrawReason) {
    }

    private final RefundRepository refunds;
    private final RefundStarter starter;
    private final RefundAdditions additions;
    private final TaxpayerRepository taxpayers;
    private final DelinquencyCaseRepository cases;

    public RefundController(RefundRepository refunds, RefundStarter starter, RefundAdditions additions,
            TaxpayerRepository taxpayers, DelinquencyCaseRepository cases) {
        this.refunds = refunds;
        this.starter = starter;
        this.additions = additions;
        this.taxpayers = taxpayers;
        this.cases = cases;
    }

    @GetMapping("/api/refunds")
    public List<RefundView> list(@RequestParam(name = "status", required = false) RefundStatus status,
            @RequestParam(name = "addresseeNo", required = false) String addresseeNo) {
        return refunds.list(status, addresseeNo == null || addresseeNo.isBlank() ? null : addresseeNo.strip(), 500)
                .stream().map(RefundView::of).toList();
    }

    @GetMapping("/api/refunds/{id}")
    public RefundDetail one(@PathVariable("id") long id) {
        Refund r = refunds.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "還付 " + id + " はありません"));
        Candidate c = refunds.candidate(r.candidateId());
        return new RefundDetail(RefundView.of(r), c.cause().label(), c.cause().article(), c.recordId(), c.channel(),
                c.paidOn(), c.arisenOn(), r.additionFrom(), refunds.allocations(id), refunds.reviews(id),
                r.withdrawReason());
    }

    /**
     * Registers a 過誤納金 that no payment file shows (a 過納 after a reduced assessment, 更正の請求, …) and starts its
     * refund at once; returns the refund.
     */
    @PostMapping("/api/refunds")
    @Transactional
    public RefundView register(@RequestParam("addresseeNo") String addresseeNo, @RequestParam("amount") long amount,
            @RequestParam("cause") OverpaymentCause cause,
            @RequestParam("paidOn") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            @RequestParam("arisenOn") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arisenOn,
            @RequestParam(name = "taxDueDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate taxDueDate,
            @RequestParam(name = "claimedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate claimedOn,
            @RequestParam(name = "causeDecidedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate causeDecidedOn,
            @RequestParam(name = "billId", required = false) Long billId,
            @RequestParam(name = "note", required = false) String note, Principal user) {
        if (!taxpayers.exists(addresseeNo)) {
            throw new IllegalArgumentException("addresseeNo: 宛名番号 " + addresseeNo + " はありません");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("amount: 過誤納金の額は1円以上の整数(円)です");
        }
        if (cause == OverpaymentCause.RESIDUE) {
            throw new IllegalArgumentException("cause: 配当の残余金は配当の手続で記録されます");
        }
        LocalDate today = Today.date();
        if (paidOn.isAfter(today) || arisenOn.isAfter(today)) {
            throw new IllegalArgumentException((paidOn.isAfter(today) ? "paidOn" : "arisenOn")
                    + ": 未来の日付は指定できません");
        }
        if (arisenOn.isBefore(paidOn)) {
            throw new IllegalArgumentException("arisenOn: 過誤納の発生日は納付日より前にはなりません");
        }
        if (note != null && note.length() > 1000) {
            throw new IllegalArgumentException("note: 備考は1000字以内です");
        }
        Overpayment facts = facts(cause, paidOn, taxDueDate, claimedOn, causeDecidedOn);
        String recordId = "KG-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        long candidateId = refunds.insertCandidate(cases.findOpenCaseOf(addresseeNo).orElse(null), addresseeNo,
                recordId, MANUAL, amount, arisenOn, facts, billId, note, user.getName());
        return RefundView.of(refunds.require(starter.start(candidateId)));
    }

    /** Starts the refunds of the 過誤納金 recorded since the last run; returns them. */
    @PostMapping("/api/refunds/starts")
    public List<RefundView> start() {
        return starter.startAll().stream().map(refunds::require).map(RefundView::of).toList();
    }

    /** What the 還付加算金 would be on a 過誤納金 refunded on {@code decidedOn} (today when not given). */
    @GetMapping("/api/refund-addition")
    public RefundAdditionResult quote(@RequestParam("amount") long amount, @RequestParam("cause") OverpaymentCause cause,
            @RequestParam("paidOn") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            @RequestParam(name = "taxDueDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate taxDueDate,
            @RequestParam(name = "claimedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate claimedOn,
            @RequestParam(name = "causeDecidedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate causeDecidedOn,
            @RequestParam(name = "decidedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount: 過誤納金の額は1円以上の整数(円)です");
        }
        LocalDate end = decidedOn == null ? Today.date() : decidedOn;
        if (end.isBefore(paidOn)) {
            throw new IllegalArgumentException("decidedOn: 支出決定日 (" + end + ") が納付日 (" + paidOn + ") より前です");
        }
        return additions.rule().compute(amount, facts(cause, paidOn, taxDueDate, claimedOn, causeDecidedOn), end);
    }

    /** The facts the cause's item of 法17の4① counts from, each missing one named. */
    private static Overpayment facts(OverpaymentCause cause, LocalDate paidOn, LocalDate taxDueDate,
            LocalDate claimedOn, LocalDate causeDecidedOn) {
        if (cause == OverpaymentCause.CORRECTION_REQUEST && claimedOn == null) {
            throw new IllegalArgumentException("claimedOn: 更正の請求の日を指定してください (地方税法17条の4第1項第2号)");
        }
        if ((cause == OverpaymentCause.CORRECTION_REQUEST || cause == OverpaymentCause.INCOME_TAX_CORRECTION)
                && causeDecidedOn == null) {
            throw new IllegalArgumentException("causeDecidedOn: " + (cause == OverpaymentCause.CORRECTION_REQUEST
                    ? "更正の日" : "所得税の更正・申告の通知の日") + "を指定してください (" + cause.article() + ")");
        }
        return new Overpayment(cause, paidOn, taxDueDate, claimedOn, causeDecidedOn);
    }
}
