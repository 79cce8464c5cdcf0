package jp.lg.collection.imports;

import java.time.LocalDateTime;

/** What became of one file: progress while it runs, counts and the error total when it is done. */
public record ImportRun(long id, String kind, String fileName, String checksum, String charset, String status,
        int linesTotal, int linesDone, int recordsWritten, int recordsUnchanged, int errorCount,
        LocalDateTime startedAt, LocalDateTime finishedAt, String runBy) {
}
