package jp.lg.collection.delinquency.distribution;

import java.time.LocalDate;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.payment.CaseAllocation;
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
 * ({@link CaseAllocation#preview}, nothing written to the bills) and the statement is dated today. It has no
 * payout day yet: that runs from the day its copy is sent after the manager's review (徴132②,
 * {@link SendDistributionStatement}), not from today.
 *
 * <p>The money counts as collected on the day it was received (徴116② for a sale, 67③ for a collected
 * receivable), so late charges are computed to {@code collectedOn} when the seizure phase hands it over,
 * else to the statement date. Sets {@code distributionId}, {@code distributionAmount},
 * {@code distributionSurplus} and {@code statementSummary} (shown on the review form).
 */
@Component("prepareDistributionStatement")
public class PrepareDistributionStatement implements JavaDelegate {

    private final DistributionRepository distributions;
    private final CaseAllocation allocation;
    private final NegotiationLog log;

    public PrepareDistributionStatement(DistributionRepository distributions, CaseAllocation allocation,
            NegotiationLog log) {
        this.distributions = distributions;
        this.allocation = allocation;
        this.log = log;
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
        AllocationResult preview = allocation.preview(caseId, proceeds.collectedAmount(), receivedOn);
        long id = distributions.insert(caseId, dispositionId, proceeds.collectedAmount(), receivedOn, today,
                preview.surplus(), NegotiationLog.SYSTEM);
        distributions.replaceLines(id, preview.allocations());

        long fees = preview.allocations().stream().mapToLong(a -> a.dunningFee()).sum();
        long principal = preview.allocations().stream().mapToLong(a -> a.principal()).sum();
        long lateCharge = preview.allocations().stream().mapToLong(a -> a.lateCharge()).sum();
        String summary = "配当額 " + Yen.of(proceeds.collectedAmount()) + ": 督促手数料 " + Yen.of(fees) + " / 本税 "
                + Yen.of(principal) + " / 延滞金 " + Yen.of(lateCharge) + " / 残余金 " + Yen.of(preview.surplus())
                + "。謄本の発送期限 " + WarekiDate.format(DistributionSchedule.statementDeadline(receivedOn))
                + " (徴131)、交付期日は発送した日から起算して7日を経過した日 (徴132②)";
        log.record(caseId, NegotiationAction.DISTRIBUTION, "配当計算書作成", summary, null);

        execution.setVariable("distributionId", id);
        execution.setVariable("distributionAmount", proceeds.collectedAmount());
        execution.setVariable("distributionSurplus", preview.surplus());
        execution.setVariable("statementSummary", summary);
    }
}
