package jp.lg.collection.delinquency.distribution;

import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.payment.CaseAllocation;
import jp.lg.collection.rules.AllocationResult;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 配当の実施 on the payout day (徴132②): the proceeds are applied to the bills in the statutory order
 * ({@link CaseAllocation}, channel DISTRIBUTION, record {@code DIST-<id>}, so a retried job cannot apply them
 * twice), the statement's lines become what was applied, the 残余金 is a refund candidate for the taxpayer
 * (徴129③). The disposition keeps its status (COLLECTED / REALIZED: what happened to the asset); the
 * distribution row says the money is distributed. Sets {@code caseSettled} = nothing is left to pay.
 */
@Component("executeDistribution")
public class ExecuteDistribution implements JavaDelegate {

    private final DistributionRepository distributions;
    private final CaseAllocation allocation;
    private final TaxBillRepository bills;

    public ExecuteDistribution(DistributionRepository distributions, CaseAllocation allocation,
            TaxBillRepository bills) {
        this.distributions = distributions;
        this.allocation = allocation;
        this.bills = bills;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("distributionId")).longValue();
        DistributionRepository.Distribution d = distributions.require(id);
        if (!"APPROVED".equals(d.status())) {
            throw new IllegalStateException("distributionId: 配当 " + id + " は確認済みではありません (" + d.status() + ")");
        }
        AllocationResult result = allocation.allocate(d.caseId(), d.amount(), d.receivedOn(),
                CaseAllocation.DISTRIBUTION, "DIST-" + id, NegotiationLog.SYSTEM);
        distributions.replaceLines(id, result.allocations());
        distributions.markDistributed(id, Today.date(), result.surplus());
        execution.setVariable("distributionSurplus", result.surplus());
        execution.setVariable("caseSettled", bills.balanceOfCase(d.caseId()) == 0);
    }
}
