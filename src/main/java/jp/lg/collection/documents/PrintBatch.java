package jp.lg.collection.documents;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The print batch (印刷バッチ): renders the notices the cases issued into the print queue, outside the cases'
 * transactions, as a city's nightly print run does. {@value #BATCH_SIZE} notices per transaction: claimed with
 * {@code FOR UPDATE SKIP LOCKED} (so nodes sharing one database never render the same notice twice, and a
 * node that dies mid-batch leaves its notices to the next), rendered from their snapshots, stored. A notice
 * that cannot be rendered keeps its error and stays queued without holding up the others.
 * <p>
 * Runs every {@code collection.print-batch.delay} (default 10 s) after the previous run ended, while
 * {@code collection.print-batch.enabled} (default true); one run renders until the queue is empty or
 * {@value #RUN_SECONDS} s have passed, so the other scheduled jobs of the node get their turn.
 * {@code POST /api/print-batches} runs it on request.
 */
@Service
public class PrintBatch {

    static final int BATCH_SIZE = 20;
    static final int RUN_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(PrintBatch.class);

    /** One transaction's work. */
    record Batch(int claimed, int rendered, int failed) {
    }

    /**
     * What a run did.
     *
     * @param rendered PDFs made and stored
     * @param failed   notices that could not be rendered (kept queued with their error)
     * @param queued   notices still waiting (another node's, or more than this run could take)
     */
    public record Run(int rendered, int failed, long queued) {
    }

    private final DocumentRepository documents;
    private final NoticeSnapshots snapshots;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    public PrintBatch(DocumentRepository documents, NoticeSnapshots snapshots, PlatformTransactionManager transactions,
            @Value("${collection.print-batch.enabled:true}") boolean enabled) {
        this.documents = documents;
        this.snapshots = snapshots;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
    }

    @Scheduled(initialDelayString = "${collection.print-batch.delay:PT10S}",
            fixedDelayString = "${collection.print-batch.delay:PT10S}")
    public void scheduled() {
        if (!enabled) {
            return;
        }
        Run run = run(Integer.MAX_VALUE, Duration.ofSeconds(RUN_SECONDS));
        if (run.rendered() > 0 || run.failed() > 0) {
            LOG.info("印刷バッチ: {} 件作成、{} 件失敗、印刷待ち {} 件", run.rendered(), run.failed(), run.queued());
        }
    }

    /** Renders batch after batch until the queue is empty, {@code limit} notices are done or time is up. */
    public Run run(int limit, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        int rendered = 0;
        int failed = 0;
        while (rendered + failed < limit && System.nanoTime() < deadline) {
            int want = Math.min(BATCH_SIZE, limit - rendered - failed);
            Batch batch = batch(want);
            rendered += batch.rendered();
            failed += batch.failed();
            if (batch.claimed() < want) {
                break; // the queue is empty, or the rest is being rendered by another node
            }
        }
        return new Run(rendered, failed, documents.queuedCount());
    }

    /** Puts the notices whose rendering failed back into the queue (after the cause was fixed). */
    public int retryFailed() {
        return transaction.execute(status -> documents.retryFailed());
    }

    /** One transaction: claims up to {@code max} queued notices, renders and stores them. */
    Batch batch(int max) {
        return transaction.execute(status -> {
            int rendered = 0;
            int failed = 0;
            var claimed = documents.claimQueued(max);
            for (DocumentRepository.Queued q : claimed) {
                byte[] pdf;
                try {
                    pdf = snapshots.render(q.kind(), q.payload());
                } catch (RuntimeException e) {
                    // id and kind only: the message may quote the notice's content
                    LOG.warn("印刷バッチ: 文書 {} ({}) を作成できません ({})", q.id(), q.kind(), e.getClass().getSimpleName());
                    documents.markFailed(q.id(), e);
                    failed++;
                    continue;
                }
                if (documents.markRendered(q.id(), pdf)) {
                    rendered++;
                }
            }
            return new Batch(claimed.size(), rendered, failed);
        });
    }
}
