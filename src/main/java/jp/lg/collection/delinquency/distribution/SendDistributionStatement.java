package jp.lg.collection.delinquency.distribution;

import jp.lg.collection.documents.NoticeSheet;
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
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.rules.Allocation;
import jp.lg.collection.rules.DistributionSchedule;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 配当計算書の謄本の発送 (徴131): once the manager has approved the statement its copy is sent today, and the
 * payout day (交付期日) is the day on which 7 days have passed counting from this sending day — sent + 7
 * (徴132②, {@link DistributionSchedule#payoutDate}); the parties may object until then (徴133). A copy sent
 * later than 3 days after the money was received (徴131) is still sent and the lateness is logged.
 *
 * <p>The 配当計算書 itself (PDF with its 交付期日, one line per installment: what was owed on the day of receipt
 * and what it gets as approved, then the remainder for the taxpayer, 徴129③) is stored with the case; its
 * document id is in the log entry. Sets {@code payoutDate} (the timer).
 */
@Component("sendDistributionStatement")
public class SendDistributionStatement implements JavaDelegate {

    /** Enough to pay every balance: the preview of it is what each installment owes (債権額). */
    private static final long EVERYTHING = Long.MAX_VALUE / 4;

    private final DistributionRepository distributions;
    private final CaseAllocation allocation;
    private final NegotiationLog log;
    private final TaxBillRepository bills;
    private final DispositionRepository dispositions;
    private final DelinquencyCaseRepository cases;
    private final NoticeQueue notices;
    private final CityProperties city;

    public SendDistributionStatement(DistributionRepository distributions, CaseAllocation allocation,
            NegotiationLog log, TaxBillRepository bills, DispositionRepository dispositions,
            DelinquencyCaseRepository cases, NoticeQueue notices, CityProperties city) {
        this.distributions = distributions;
        this.allocation = allocation;
        this.log = log;
        this.bills = bills;
        this.dispositions = dispositions;
        this.cases = cases;
        this.notices = notices;
        this.city = city;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.requireLong(execution, "distributionId");
        DistributionRepository.Distribution d = distributions.requireApproved(id);
        LocalDate sentOn = Today.date();
        LocalDate payoutOn = DistributionSchedule.payoutDate(sentOn);
        distributions.markSent(id, sentOn, payoutOn);
        LocalDate deadline = DistributionSchedule.statementDeadline(d.receivedOn());
        String late = sentOn.isAfter(deadline) ? " (徴131の発送期限 " + WarekiDate.format(deadline) + " 後の発送)" : "";
        long documentId = statement(d, sentOn, payoutOn);
        log.record(d.caseId(), NegotiationAction.DISTRIBUTION, "配当計算書の謄本発送" + late, "交付期日 "
                + WarekiDate.format(payoutOn) + " (発送した日から起算して7日を経過した日: 徴132②) / 配当計算書 文書ID "
                + documentId, null);
        execution.setVariable("payoutDate", Today.startOf(payoutOn));
    }

    /** Prints and stores the 配当計算書 as approved: every installment it reaches in the order of allocation. */
    private long statement(DistributionRepository.Distribution d, LocalDate sentOn, LocalDate payoutOn) {
        Map<Long, Allocation> owed = allocation.preview(d.caseId(), EVERYTHING, d.receivedOn()).allocations().stream()
                .collect(Collectors.toMap(Allocation::billId, Function.identity()));
        String addresseeNo = cases.addresseeOf(d.caseId());
        Addressee to = notices.addressee(addresseeNo);
        List<DistributionStatement.Share> shares = new ArrayList<>();
        for (DistributionRepository.Line line : distributions.lines(d.id())) {
            Allocation due = owed.get(line.billId());
            shares.add(new DistributionStatement.Share(shares.size() + 1, city.name(),
                    bills.require(line.billId()).label(), due == null ? 0 : due.total(),
                    line.fee() + line.principal() + line.lateCharge()));
        }
        Disposition disposition = dispositions.require(d.dispositionId());
        String realized = disposition.assetKind().label() + " " + disposition.assetDescription();
        return notices.issue(d.caseId(), addresseeNo, DocumentKind.DISTRIBUTION_STATEMENT,
                DocumentKind.DISTRIBUTION_STATEMENT.label(), sentOn, NegotiationLog.SYSTEM,
                new DistributionStatement.Content(to, d.caseId(), sentOn, payoutOn, realized, d.amount(), shares,
                        NoticeSheet.enforcementArticleOf(distributions.lines(d.id()).stream()
                                .map(line -> bills.require(line.billId()).taxItem()).distinct().toList())));
    }
}
