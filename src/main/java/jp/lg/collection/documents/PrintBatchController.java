package jp.lg.collection.documents;

import java.time.Duration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/print-batches}: the print batch on request (e.g. before the print contractor's pick-up). */
@RestController
public class PrintBatchController {

    /** At some 50–100 ms of CPU per notice, a few minutes' work; a caller wanting more asks again. */
    static final int MAX_LIMIT = 2000;

    private final PrintBatch batch;

    public PrintBatchController(PrintBatch batch) {
        this.batch = batch;
    }

    /**
     * Renders up to {@code limit} queued notices (default and maximum {@value #MAX_LIMIT}) and answers how many
     * were rendered, how many failed and how many still wait; {@code retryFailed=true} first puts the notices
     * whose rendering failed back into the queue.
     */
    @PostMapping("/api/print-batches")
    public PrintBatch.Run run(@RequestParam(name = "limit", defaultValue = "" + MAX_LIMIT) int limit,
            @RequestParam(name = "retryFailed", defaultValue = "false") boolean retryFailed) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: 1〜" + MAX_LIMIT + " 件で指定してください (" + limit + ")");
        }
        if (retryFailed) {
            batch.retryFailed();
        }
        return batch.run(limit, Duration.ofMinutes(10));
    }
}
