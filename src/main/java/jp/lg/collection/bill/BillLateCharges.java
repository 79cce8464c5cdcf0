package jp.lg.collection.bill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.rules.GraceGround;
import jp.lg.collection.rules.LateChargeResult;
import jp.lg.collection.rules.LateChargeRule;
import jp.lg.collection.rules.LateChargeSegment;
import jp.lg.collection.rules.PartialPayment;
import jp.lg.collection.rules.ReducedPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one late-charge computation of an installment: notices, the case view, the counter's quote, 配当 and the
 * allocation of payments all ask here, so the same facts give the same figure everywhere.
 *
 * <p>The facts: the principal and due date, the payments applied to the principal ({@code payment} rows, each
 * lowering the base from the day after it; 法326②), the 猶予 and 執行停止 of the installment's case with their
 * reductions (法15の9: {@code grace} with its ground, {@code suspension}), and the yearly rates
 * ({@link LateChargeRates}). {@link LateChargeRule#onDecliningBalance} computes one charge for the installment,
 * rounded once (法20の4の2). Once the principal is paid in full the charge is fixed on the installment
 * ({@code tax_bill.late_charge}, with its reductions recorded by {@link #recordReductions}) and read from there.
 */
@Component
public class BillLateCharges {

    /** An end for a suspension still in force: it reduces every day up to the day asked. */
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    /**
     * An installment's late charge on a day.
     *
     * @param bill    the installment as read
     * @param asOf    the day asked (a notice's date, a payment's day, today)
     * @param running the charge not yet fixed on the installment (while principal is unpaid, or pending): computed
     *                on the declining balance to {@code asOf}; none once fixed
     * @param periods the reduced periods it was computed with, each with its {@link ReducedPeriod#source()}
     */
    public record BillLateCharge(TaxBill bill, LocalDate asOf, LateChargeResult running, List<ReducedPeriod> periods) {

        /** The running charge cannot be computed yet: a year's rate is not loaded. */
        public boolean pending() {
            return running.pending();
        }

        /** Yen owed on {@link #asOf}: the assessed charge unpaid plus the running one; null while pending. */
        public Long owed() {
            return pending() ? null : knownOwed();
        }

        /** {@link #owed()} as far as it is known: without the running charge while that is pending. */
        public long knownOwed() {
            return Math.max(0, bill.lateCharge() + running.lateCharge() - bill.lateChargePaid());
        }
    }

    private final JdbcClient jdbc;
    private final LateChargeRates rates;

    public BillLateCharges(JdbcClient jdbc, LateChargeRates rates) {
        this.jdbc = jdbc;
        this.rates = rates;
    }

    /** The rule over the loaded rates, for a quote on bare figures. */
    public LateChargeRule rule() {
        return new LateChargeRule(rates.table());
    }

    public BillLateCharge of(TaxBill bill, LocalDate asOf) {
        boolean fixed = bill.principalDue() <= 0 && !bill.lateChargePending();
        if (fixed || bill.principal() <= 0 || !asOf.isAfter(bill.dueDate())) {
            return new BillLateCharge(bill, asOf, LateChargeResult.none(), List.of());
        }
        List<ReducedPeriod> periods = reducedPeriods(bill.caseId());
        LateChargeResult running = rule().onDecliningBalance(bill.principal(), bill.dueDate(),
                principalPayments(bill), periods, asOf);
        return new BillLateCharge(bill, asOf, running, periods);
    }

    /** Yen owed on {@code asOf}; null when a year's rate is not loaded (printed as pending). */
    public Long owedOn(TaxBill bill, LocalDate asOf) {
        return of(bill, asOf).owed();
    }

    /**
     * 延滞金減免情報: records the reductions of a charge being fixed on its installment, replacing any recorded for
     * it before (a pending charge computed again).
     */
    public void recordReductions(BillLateCharge charge, LocalDate on, String by) {
        long billId = charge.bill().id();
        jdbc.sql("DELETE FROM late_charge_reduction WHERE bill_id = ?").param(billId).update();
        for (LateChargeSegment line : charge.running().exemptions()) {
            ReducedPeriod period = charge.periods().stream().filter(p -> p.source().equals(line.source()))
                    .findFirst().orElseThrow();
            String[] source = period.source().split(":");
            jdbc.sql("""
                    INSERT INTO late_charge_reduction (bill_id, case_id, source, source_id, kind, period_from,
                      period_to, days, base, rate_percent, amount, recorded_on, recorded_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(billId, charge.bill().caseId(), source[0], Long.parseLong(source[1]),
                    period.kind().name(), line.from(), line.to(), line.days(), line.base(), line.ratePercent(),
                    line.amount(), on, by).update();
        }
    }

    /** The payment rows' principal parts; a part paid without a row counts as paid on the due date (never overstates). */
    private List<PartialPayment> principalPayments(TaxBill bill) {
        if (bill.principalPaid() <= 0) {
            return List.of();
        }
        List<PartialPayment> rows = jdbc.sql("""
                SELECT paid_on, allocated_principal FROM payment WHERE bill_id = ? AND allocated_principal > 0
                """).param(bill.id())
                .query((rs, n) -> new PartialPayment(rs.getObject(1, LocalDate.class), rs.getLong(2))).list();
        long recorded = rows.stream().mapToLong(PartialPayment::amount).sum();
        if (recorded > bill.principalPaid()) {
            return List.of(new PartialPayment(bill.dueDate(), bill.principalPaid()));
        }
        List<PartialPayment> payments = new ArrayList<>(rows);
        if (recorded < bill.principalPaid()) {
            payments.add(new PartialPayment(bill.dueDate(), bill.principalPaid() - recorded));
        }
        return payments;
    }

    /** The 猶予 and 執行停止 of the case, as the periods that reduce the late charge (法15の9). */
    private List<ReducedPeriod> reducedPeriods(String caseId) {
        if (caseId == null) {
            return List.of();
        }
        List<ReducedPeriod> periods = new ArrayList<>(jdbc.sql("""
                SELECT id, kind, ground, starts_on, ends_on FROM grace WHERE case_id = ? AND status = 'GRANTED'
                """).param(caseId).query((rs, n) -> new ReducedPeriod(rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), graceReduction(rs.getString("kind"),
                                rs.getString("ground")), "GRACE:" + rs.getLong("id"))).list());
        jdbc.sql("""
                SELECT id, status, started_on, ended_on FROM suspension WHERE case_id = ? AND started_on IS NOT NULL
                """).param(caseId).query((rs, n) -> {
                    LocalDate started = rs.getObject("started_on", LocalDate.class);
                    LocalDate ended = rs.getObject("ended_on", LocalDate.class);
                    // revoked (法15の8) on the day enforcement resumes: the suspension covered the days before it
                    LocalDate last = ended == null ? OPEN_END
                            : "REVOKED".equals(rs.getString("status")) ? ended.minusDays(1) : ended;
                    return last.isBefore(started) ? null
                            : new ReducedPeriod(started, last, ReducedPeriod.Kind.SUSPENSION,
                                    "SUSPENSION:" + rs.getLong("id"));
                }).list().stream().filter(p -> p != null).forEach(periods::add);
        return periods;
    }

    /** 換価猶予 always runs at the grace rate; a 徴収猶予 as its ground says (a row without one: the grace rate). */
    private static ReducedPeriod.Kind graceReduction(String kind, String ground) {
        if (!"COLLECTION".equals(kind) || ground == null) {
            return ReducedPeriod.Kind.GRACE;
        }
        return GraceGround.valueOf(ground).reduction();
    }
}
