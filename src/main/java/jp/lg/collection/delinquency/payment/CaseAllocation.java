package jp.lg.collection.delinquency.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.BillLateCharges;
import jp.lg.collection.bill.BillLateCharges.BillLateCharge;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.PaymentChannel;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.Allocation;
import jp.lg.collection.rules.AllocationOrder;
import jp.lg.collection.rules.AllocationResult;
import jp.lg.collection.rules.BillBalance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 収納金・配当金の充当: applies money received for a case to its open bills. Shared by 配当 (proceeds of a
 * seizure or an auction) and by payments.
 *
 * <p>Order ({@link AllocationOrder}): a payment made with the slip of one installment pays that installment
 * first (the slip designates it); money without a designation, and what a slip pays beyond its installment, goes
 * to the bills oldest first — by 法定納期限, then 納期限, then bill id, the oldest debt being the nearest to
 * extinction by limitation (法18①); within a bill the 督促手数料 first (fees are collected before the tax,
 * municipal ordinance), then the 本税, then the 延滞金 — paying the principal first stops the late charge from
 * running (本税優先). Which of these rest on an article and which on practice: {@link AllocationOrder}. What is left is the surplus, a 還付・充当 candidate (法17, 17の2; 残余金 of a
 * distribution goes to the taxpayer, 徴129③), recorded in {@code refund_candidate}.
 *
 * <p>Late charge: one per installment, on the declining balance, rounded once (法326②, 法20の4の2;
 * statutory-rules.md §2), with the 猶予・執行停止 reductions of 法15の9 — {@link BillLateCharges}, the same
 * computation notices, quotes and the case view use. Each open bill's balance carries its late charge to
 * {@code receivedOn}; as the allocation takes the principal first, the late charge is paid only once the principal
 * is, and it is assessed ({@code tax_bill.late_charge}, reductions recorded as 延滞金減免情報) by the payment that
 * pays the principal in full; a part payment assesses nothing, its day lowers the base of the one charge.
 * When a year's rate is not loaded the payment is still recorded: principal and fee are allocated, the late
 * charge is marked pending ({@code late_charge_pending}, the installment stays open) and {@link PendingLateCharges}
 * fixes it once the rate is added.
 */
@Service
public class CaseAllocation {

    /** The channel of proceeds distributed under 徴129–133; any other channel is an ordinary payment. */
    public static final String DISTRIBUTION = "DISTRIBUTION";

    private final TaxBillRepository bills;
    private final DelinquencyCaseRepository cases;
    private final NegotiationLog log;
    private final JdbcClient jdbc;
    private final BillLateCharges lateCharges;

    public CaseAllocation(TaxBillRepository bills, DelinquencyCaseRepository cases, NegotiationLog log,
            JdbcClient jdbc, BillLateCharges lateCharges) {
        this.bills = bills;
        this.cases = cases;
        this.log = log;
        this.jdbc = jdbc;
        this.lateCharges = lateCharges;
    }

    /** What {@link #allocate} would do, without writing anything: the 配当計算書 preview. */
    public AllocationResult preview(String caseId, long amount, LocalDate receivedOn) {
        return AllocationOrder.allocate(amount, balances(bills.findOpenByCase(caseId), receivedOn).values().stream()
                .map(Balance::balance).toList());
    }

    /**
     * Applies {@code amount} received on {@code receivedOn} to the case's open bills in the statutory order.
     *
     * @param channel  BANK / CVS / MPN / DIRECT_DEBIT / COUNTER / DISTRIBUTION
     * @param recordId the bank record (or {@code DIST-<distribution id>}); payment rows are
     *                 {@code recordId-billId}, so the same record cannot be applied twice
     * @param by       the user or system applying it
     */
    @Transactional
    public AllocationResult allocate(String caseId, long amount, LocalDate receivedOn, String channel,
            String recordId, String by) {
        return apply(bills.findOpenByCase(caseId), caseId, cases.addresseeOf(caseId), amount, receivedOn, channel,
                recordId, by, true, null, null);
    }

    /**
     * {@link #allocate} for a caller that has just found, in this transaction, that the record was never applied.
     *
     * @param designatedBillId the installment the payment's slip was printed for, paid first
     *                         ({@link AllocationOrder#allocate(long, List, long)}); null for money without a slip
     */
    @Transactional
    public AllocationResult allocateUnapplied(String caseId, long amount, LocalDate receivedOn, String channel,
            String recordId, String by, Long designatedBillId) {
        return apply(bills.findOpenByCase(caseId), caseId, cases.addresseeOf(caseId), amount, receivedOn, channel,
                recordId, by, false, null, designatedBillId);
    }

    /**
     * Money assigned to a taxpayer who has no open case (a payment from the unmatched list): applied to the
     * taxpayer's open installments in the statutory order; what they do not need — all of it when none is open —
     * becomes a refund/allocation candidate of the taxpayer.
     */
    @Transactional
    public AllocationResult allocateToTaxpayer(String addresseeNo, long amount, LocalDate receivedOn, String channel,
            String recordId, String by) {
        return apply(bills.findOpenByAddressee(addresseeNo), null, addresseeNo, amount, receivedOn, channel, recordId,
                by, true, null, null);
    }

    /**
     * A payment for one installment that no delinquency case holds (paid late but before the sweep, or
     * already paid): applied to it alone in the same order; what it does not need (all of it, when the
     * installment is no longer open) becomes a refund/allocation candidate.
     */
    @Transactional
    public AllocationResult allocateToBill(TaxBill bill, long amount, LocalDate receivedOn, String channel,
            String recordId, String by) {
        List<TaxBill> open = "OPEN".equals(bill.status()) ? List.of(bill) : List.of();
        return apply(open, null, bill.addresseeNo(), amount, receivedOn, channel, recordId, by, true, null, bill.id());
    }

    /**
     * {@link #allocateToBill} for a payment file, whose caller has already found that {@code recordId} was
     * never applied (for a whole chunk in one query): the rows go into {@code batch}, written at its flush, or
     * at once when it is null.
     */
    public AllocationResult allocateToBill(TaxBill bill, long amount, LocalDate receivedOn, String channel,
            String recordId, String by, PaymentBatch batch) {
        List<TaxBill> open = "OPEN".equals(bill.status()) ? List.of(bill) : List.of();
        return apply(open, null, bill.addresseeNo(), amount, receivedOn, channel, recordId, by, false, batch,
                bill.id());
    }

    private static final String INSERT_PAYMENT = """
            INSERT INTO payment (bank_record_id, record_id, addressee_no, bill_id, paid_on, amount, channel,
              allocated_fee, allocated_principal, allocated_late_charge, surplus, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
            """;
    private static final String INSERT_REFUND_CANDIDATE = """
            INSERT INTO refund_candidate (case_id, addressee_no, record_id, channel, amount, arisen_on,
              recorded_by, bill_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /**
     * Money set aside to be refunded to a taxpayer (a payment from the unmatched list that is not the taxpayer's
     * tax): a refund/allocation candidate of the whole amount, which 還付 applies to the taxpayer's other unpaid
     * taxes first (法17の2) before it refunds the rest (法17).
     */
    @Transactional
    public void recordRefundCandidate(String addresseeNo, String recordId, String channel, long amount,
            LocalDate arisenOn, String by) {
        if (applied(recordId)) {
            throw new IllegalArgumentException("recordId: 収納記録 " + recordId + " は充当済みです");
        }
        jdbc.sql(INSERT_REFUND_CANDIDATE).params(null, addresseeNo, recordId, channel, amount, arisenOn, by, null)
                .update();
    }

    /** The record as the log names it: the distribution's number for a 配当 ({@code DIST-<id>}), else the bank's. */
    private static String recordLabel(String recordId) {
        return recordId.startsWith("DIST-") ? "配当番号 " + recordId.substring(5) : "収納記録 " + recordId;
    }

    /** A row at once, or held back in the batch. */
    private void write(PaymentBatch batch, String sql, Object... args) {
        if (batch == null) {
            jdbc.sql(sql).params(args).update();
        } else {
            batch.add(sql, args);
        }
    }

    private AllocationResult apply(List<TaxBill> open, String caseId, String addresseeNo, long amount,
            LocalDate receivedOn, String channel, String recordId, String by, boolean checkRecord, PaymentBatch batch,
            Long slipBillId) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount: 充当する金額は1円以上です (" + amount + ")");
        }
        if (recordId == null || recordId.isBlank()) {
            throw new IllegalArgumentException("recordId: 収納記録の番号が必要です");
        }
        if (checkRecord && applied(recordId)) {
            throw new IllegalArgumentException("recordId: 収納記録 " + recordId + " は充当済みです");
        }
        Map<Long, Balance> balances = balances(open, receivedOn);
        List<BillBalance> owed = balances.values().stream().map(Balance::balance).toList();
        // the slip's installment is paid first; what is left over is that installment's 過誤納金 (its tax in the
        // ledger and on the refund)
        AllocationResult result = slipBillId == null ? AllocationOrder.allocate(amount, owed)
                : AllocationOrder.allocate(amount, owed, slipBillId);
        List<String> lines = new ArrayList<>();
        for (Allocation a : result.allocations()) {
            if (a.total() == 0) {
                continue;
            }
            Balance b = balances.get(a.billId());
            TaxBill bill = b.lateCharge().bill();
            // the payment that pays the principal in full (or meets a principal paid with its charge pending) fixes
            // the installment's one late charge — or leaves it pending while a year's rate is missing
            boolean fixes = a.principal() == bill.principalDue() && (a.principal() > 0 || bill.lateChargePending());
            boolean pending = fixes ? b.lateCharge().pending() : bill.lateChargePending();
            long assessed = fixes && !pending ? b.lateCharge().running().lateCharge() : 0;
            if (fixes && !pending) {
                lateCharges.recordReductions(b.lateCharge(), receivedOn, by);
            }
            write(batch, TaxBillRepository.APPLY_PAYMENT, TaxBillRepository.applyPaymentArgs(a.billId(),
                    a.dunningFee(), a.principal(), a.lateCharge(), assessed, pending, receivedOn, by));
            write(batch, INSERT_PAYMENT, recordId + "-" + a.billId(), recordId, addresseeNo, a.billId(), receivedOn,
                    a.total(), channel, a.dunningFee(), a.principal(), a.lateCharge(), by);
            lines.add(bill.label() + ": 手数料 " + Yen.of(a.dunningFee()) + " / 本税 " + Yen.of(a.principal())
                    + " / 延滞金 " + Yen.of(a.lateCharge()) + (pending ? " (延滞金は"
                            + PendingLateCharges.years(b.lateCharge().running()) + "の割合が未登録のため計算保留)" : ""));
        }
        if (result.surplus() > 0) {
            write(batch, INSERT_REFUND_CANDIDATE, caseId, addresseeNo, recordId, channel, result.surplus(), receivedOn,
                    by, slipBillId);
            lines.add("残余 " + Yen.of(result.surplus()) + " (還付・充当の候補)");
        }
        if (caseId != null) {
            NegotiationAction action = DISTRIBUTION.equals(channel) ? NegotiationAction.DISTRIBUTION
                    : NegotiationAction.PAYMENT;
            log.record(caseId, action, Yen.of(amount) + "を充当 (" + PaymentChannel.labelOf(channel) + " "
                    + recordLabel(recordId) + ")", String.join("\n", lines), by);
        }
        return result;
    }

    /** Whether a payment record has been applied already (to bills, or wholly to a refund candidate). */
    public boolean applied(String recordId) {
        // one round trip: a payment file asks this for every line
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM payment WHERE record_id = ?)
                     + (SELECT COUNT(*) FROM refund_candidate WHERE record_id = ?)
                """).params(recordId, recordId).query(Long.class).single() > 0;
    }

    private Map<Long, Balance> balances(List<TaxBill> open, LocalDate receivedOn) {
        Map<Long, Balance> byId = new LinkedHashMap<>();
        for (TaxBill bill : open) {
            BillLateCharge lateCharge = lateCharges.of(bill, receivedOn);
            byId.put(bill.id(), new Balance(lateCharge, new BillBalance(bill.id(), bill.statutoryDueDate(),
                    bill.dueDate(), bill.dunningFeeDue(), Math.max(0, bill.principalDue()), lateCharge.knownOwed())));
        }
        return byId;
    }

    private record Balance(BillLateCharge lateCharge, BillBalance balance) {
    }
}
