package jp.lg.collection.refund;

import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.refund.RefundRepository.Candidate;
import jp.lg.collection.refund.RefundRepository.Refund;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts a refund — one {@code Refund} process (bpmn/refund.bpmn, business key {@code RF-<id>}) — for each
 * 過誤納金 recorded in {@code refund_candidate} (by the allocation of payments and distributions, or by hand), every
 * 15 minutes ({@code collection.refund.start-cron}) and on request ({@code POST /api/refunds/starts}). Each start is
 * its own transaction: the refund row is unique per 過誤納金, so a 過誤納金 another node started at the same moment
 * is skipped, and one that fails does not hold back the others. The process stops at once before its first step
 * (asynchronous), so a start is cheap.
 */
@Component
public class RefundStarter {

    public static final String PROCESS_KEY = "Refund";
    private static final Logger LOG = LoggerFactory.getLogger(RefundStarter.class);
    private static final int BATCH = 500;

    private final RefundRepository refunds;
    private final TaxpayerRepository taxpayers;
    private final RuntimeService runtime;
    private final RefundProperties properties;
    private final TransactionTemplate own;

    public RefundStarter(RefundRepository refunds, TaxpayerRepository taxpayers, RuntimeService runtime,
            RefundProperties properties, PlatformTransactionManager transactions) {
        this.refunds = refunds;
        this.taxpayers = taxpayers;
        this.runtime = runtime;
        this.properties = properties;
        this.own = new TransactionTemplate(transactions);
    }

    /** Starts a refund for every 過誤納金 without one; returns the refund ids started. */
    public List<Long> startAll() {
        List<Long> started = new ArrayList<>();
        List<Long> candidates;
        do {
            candidates = refunds.candidatesWithoutRefund(BATCH);
            int before = started.size();
            for (long candidateId : candidates) {
                try {
                    Long id = own.execute(status -> start(candidateId));
                    if (id != null) {
                        started.add(id);
                    }
                } catch (DuplicateKeyException startedElsewhere) {
                    LOG.debug("refund of candidate {} started by another node", candidateId);
                } catch (RuntimeException e) {
                    LOG.warn("還付の開始に失敗しました (過誤納金 {}): {}", candidateId, e.toString());
                }
            }
            if (started.size() == before) {
                break; // nothing of this batch could be started: leave them for the next run
            }
        } while (candidates.size() == BATCH);
        return started;
    }

    /** Starts the refund of one 過誤納金 in a transaction of its own; null when it has one already. */
    public Long startOne(long candidateId) {
        return own.execute(status -> start(candidateId));
    }

    /** Starts the refund of one 過誤納金 in the caller's transaction; null when it has one already. */
    Long start(long candidateId) {
        if (refunds.findByCandidate(candidateId).isPresent()) {
            return null;
        }
        Candidate c = refunds.candidate(candidateId);
        long id = refunds.create(c);
        VariableMap variables = Variables.createVariables().putValue("refundId", id)
                .putValue("refundNo", Refund.number(id)).putValue("addresseeNo", c.addresseeNo())
                .putValue("taxpayerName", taxpayers.require(c.addresseeNo()).nameKanji());
        if (c.caseId() != null) {
            variables.putValue("caseId", c.caseId());
        }
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, Refund.number(id), variables).getId();
        refunds.linkProcess(id, instance);
        return id;
    }

    @Scheduled(cron = "${collection.refund.start-cron:0 */15 * * * *}", zone = "Asia/Tokyo")
    public void scheduled() {
        if (properties.starts()) {
            List<Long> started = startAll();
            if (!started.isEmpty()) {
                LOG.info("過誤納金 {} 件の還付を開始しました", started.size());
            }
        }
    }
}
