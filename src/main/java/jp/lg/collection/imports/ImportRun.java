package jp.lg.collection.imports;

import java.time.LocalDateTime;

/**
 * What became of one file: progress while it runs, counts and the error total when it is done.
 *
 * <p>{@code status}: RUNNING, DONE, REJECTED (bad lines, nothing written), FAILED (the database refused it or the
 * run was interrupted; nothing written — resend the same file to run it again), or INTERRUPTED: RUNNING in the
 * table, but its node stopped renewing the lease ({@code leaseUntil} passed) — the node was killed or lost its
 * database; nothing of it is written and the same file sent again runs it again. {@code linesDone}: lines handed
 * to the database in the run's one transaction (committed together at the end), 0 for a run that wrote nothing.
 * {@code finishedAt}: when the run really ended (the commit of its writes). {@code attempts}: runs of this file.
 */
public record ImportRun(long id, String kind, String fileName, String checksum, String charset, String status,
        int linesTotal, int linesDone, int recordsWritten, int recordsUnchanged, int errorCount,
        LocalDateTime startedAt, LocalDateTime finishedAt, String runBy, String node, int attempts,
        LocalDateTime leaseUntil) {
}
