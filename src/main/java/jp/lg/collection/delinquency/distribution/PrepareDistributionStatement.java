package jp.lg.collection.delinquency.distribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.payment.CaseAllocation;
import jp.lg.collection.delinquency.seizure.Disposition;
import jp.lg.collection.delinquency.seizure.DispositionRepository;
import jp.lg.collection.documents.NoticeIssuer;
import jp.lg.collection.rules.Allocation;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.rules.AllocationResult;
import jp.lg.collection.rules.DistributionSchedule;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 配当計算書の作成 (徴131): the disposition's collected money is allocated on paper to the case's bills
 * ({@link CaseAllocation#preview}, nothing written to the bills) and the statement is dated today; the payout
 * day is the day on which 7 days have passed counting from sending, the sending day being day 1 (徴132②).
 *
 * <p>The money counts as collected on the day it was received (徴116② for a sale, 67③ for a collected
 * receivable), so late charges are computed to {@code collectedOn} when the seizure phase hands it over,
 * else to the statement date. A statement later than 3 days after receipt (徴131) is still made and the
 * lateness is logged. Sets {@code distributionId}, {@code distributionAmount}, {@code distributionSurplus},
 * {@code payoutDate} (timer) and {@code statementSummary} (shown on the review form).
 *
 * <p>The 配当計算書 itself (PDF, one line per installment: what was owed on the day of receipt and what it
 * gets, then the remainder for the taxpayer, 徴129③) is stored with the case; its document id is in the log
 * entry. A corrected statement is printed again.
 */
@Component("prepareDistributionStatement")
public class PrepareDistributionStatement implements JavaDelegate {

    /** Enough to pay every balance: the preview of it is what each installment owes (債権額). */
    private static final long EVERYTHING = Long.MAX_VALUE / 4;

    private final DistributionRepository distributions;
    private final CaseAllocation allocation;
    private final NegotiationLog log;
    private final TaxBillRepository bills;
    private final DispositionRepository dispositions;
    private final DelinquencyCaseRepository cases;
    private final NoticeIssuer issuer;

    public PrepareDistributionStatement(DistributionRepository distributions, CaseAllocation allocation,
            NegotiationLog log, TaxBillRepository bills, DispositionRepository dispositions,
            DelinquencyCaseRepository cases, NoticeIssuer issuer) {
        this.distributions = distributions;
        this.allocation = allocation;
        this.log = log;
        this.bills = bills;
        this.dispositions = dispositions;
        this.cases = cases;
        this.issuer = issuer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = TaskInputs.requireText(execution, "caseId");
        long dispositionId = Long.parseLong(TaskInputs.requireText(execution, "dispositionId"));
        DistributionRepository.Proceeds proceeds = distributions.proceeds(dispositionId)
                .orElseThrow(() -> new IllegalArgumentException("dispositionId: 処分 " + dispositionId + " はありません"));
        if (!proceeds.caseId().equals(caseId)) {
            throw new IllegalArgumentException("dispositionId: 処分 " + dispositionId + " は案件 " + caseId + " のものではありません");
        }
        if (!("COLLECTED".equals(proceeds.status()) || "REALIZED".equals(proceeds.status()))
                || proceeds.collectedAmount() <= 0) {
            throw new IllegalStateException("dispositionId: 処分 " + dispositionId + " に配当できる金銭がありません (状態 "
                    + proceeds.status() + ", 受領額 " + proceeds.collectedAmount() + "円)");
        }
        if (distributions.hasLiveDistribution(dispositionId)) {
            throw new IllegalStateException("dispositionId: 処分 " + dispositionId + " の配当計算書は作成済みです");
        }

        LocalDate today = Today.date();
        LocalDate receivedOn = execution.getVariable("collectedOn") == null ? today
                : TaskInputs.requireDate(execution, "collectedOn");
        LocalDate payoutOn = DistributionSchedule.payoutDate(today);
        AllocationResult preview = allocation.preview(caseId, proceeds.collectedAmount(), receivedOn);
        long id = distributions.insert(caseId, dispositionId, proceeds.collectedAmount(), receivedOn, today, payoutOn,
                preview.surplus(), NegotiationLog.SYSTEM);
        distributions.replaceLines(id, preview.allocations());

        long fees = preview.allocations().stream().mapToLong(a -> a.dunningFee()).sum();
        long principal = preview.allocations().stream().mapToLong(a -> a.principal()).sum();
        long lateCharge = preview.allocations().stream().mapToLong(a -> a.lateCharge()).sum();
        String summary = "配当額 " + Yen.of(proceeds.collectedAmount()) + ": 督促手数料 " + Yen.of(fees) + " / 本税 "
                + Yen.of(principal) + " / 延滞金 " + Yen.of(lateCharge) + " / 残余金 " + Yen.of(preview.surplus())
                + "。交付期日 " + WarekiDate.format(payoutOn);
        String late = today.isAfter(DistributionSchedule.statementDeadline(receivedOn))
                ? " (徴131の発送期限 " + WarekiDate.format(DistributionSchedule.statementDeadline(receivedOn)) + " 後の作成)"
                : "";
        long documentId = statement(caseId, dispositionId, proceeds.collectedAmount(), receivedOn, today, payoutOn,
                preview);
        log.record(caseId, NegotiationAction.DISTRIBUTION, "配当計算書作成" + late,
                summary + " / 配当計算書 文書ID " + documentId, null);

        execution.setVariable("distributionId", id);
        execution.setVariable("distributionAmount", proceeds.collectedAmount());
        execution.setVariable("distributionSurplus", preview.surplus());
        execution.setVariable("statementSummary", summary);
        execution.setVariable("payoutDate", Today.startOf(payoutOn));
    }

    /** Prints and stores the 配当計算書: every open installment in the order of allocation. */
    private long statement(String caseId, long dispositionId, long amount, LocalDate receivedOn, LocalDate today,
            LocalDate payoutOn, AllocationResult preview) {
        Map<Long, Allocation> owed = allocation.preview(caseId, EVERYTHING, receivedOn).allocations().stream()
                .collect(Collectors.toMap(Allocation::billId, Function.identity()));
        List<NoticeIssuer.InstallmentShare> shares = new ArrayList<>();
        for (Allocation a : preview.allocations()) {
            shares.add(new NoticeIssuer.InstallmentShare(bills.require(a.billId()), owed.get(a.billId()).total(),
                    a.total()));
        }
        Disposition d = dispositions.require(dispositionId);
        return issuer.distributionStatement(caseId, cases.addresseeOf(caseId), today, payoutOn,
                d.assetKind().label() + " " + d.assetDescription(), amount, shares, NegotiationLog.SYSTEM);
    }
}
