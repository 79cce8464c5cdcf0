package jp.lg.collection.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.lg.collection.system.DatabaseOutage;
import jp.lg.collection.system.RunInterrupted;
import jp.lg.collection.system.RunLeases;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a CSV file all-or-nothing: the first pass checks every line and names each bad one by line and
 * field (nothing is written if any is bad: REJECTED); the second writes every line in one transaction. A file
 * that cannot be read as CSV (an unterminated quote), that conflicts with itself or with stored data (a My Number
 * twice) or that the database refuses ends FAILED, with the line named — never a run left RUNNING. The file is
 * spooled to disk and read as a stream, so a 100,000-line file never sits in memory; progress is committed
 * every {@value #PROGRESS_EVERY} lines for whoever watches {@code GET /api/imports/{id}}. The same file
 * (same bytes) twice returns the first run and changes nothing — unless that run FAILED or was interrupted: then
 * it is run again. A run holds a lease ({@link RunLeases}) renewed by a heartbeat while it works: a run whose node
 * was killed (or lost its database) shows INTERRUPTED once the lease has expired, and the same file sent again
 * takes it over under a new token; the old run, if it still lives, cannot commit (its DONE is fenced by the token).
 * No field may be longer than {@value #MAX_FIELD_LENGTH} characters. Charset: UTF-8 (with or without BOM) or
 * Windows-31J (Shift_JIS as Japanese systems write it), detected unless given.
 */
@Service
public class CsvImporter {

    static final int PROGRESS_EVERY = 1000;
    /** Lines handed to {@link ImportKind#writeAll} at a time (a kind may read and write them in batches). */
    static final int WRITE_CHUNK = 500;
    static final int MAX_ERRORS_KEPT = 1000;
    /** Longer than any column a file fills (住所 200, 通知書番号 20): a longer field is a broken file. */
    static final int MAX_FIELD_LENGTH = 1000;
    static final String FAILED = "FAILED";
    /** A RUNNING run whose lease expired (never stored: derived when read). */
    static final String INTERRUPTED = "INTERRUPTED";
    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    /** Where commons-csv says a broken record starts (an unterminated quote) or where it stopped reading. */
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("\\(startline (\\d+)\\)|at line: (\\d+)");
    private static final Logger LOG = LoggerFactory.getLogger(CsvImporter.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final RunLeases leases;
    /** The token of each run this node is working on: progress and DONE are written only while it is the run's. */
    private final Map<Long, String> tokens = new ConcurrentHashMap<>();

    public CsvImporter(JdbcClient jdbc, PlatformTransactionManager transactions, RunLeases leases) {
        this.jdbc = jdbc;
        this.leases = leases;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <R> ImportRun run(ImportKind<R> kind, InputStream upload, String fileName, String charsetName,
            String by) throws IOException {
        return run(kind.kind(), upload, fileName, spool -> {
            Charset charset = charsetName == null || charsetName.isBlank() ? detect(spool) : charset(charsetName);
            return new Prepared(charset.name(), new Passes() {
                @Override
                public Checked check(Path file, long id) throws IOException {
                    return CsvImporter.this.check(kind, file, charset, id);
                }

                @Override
                public void write(Path file, long id, int lines, String runBy) {
                    CsvImporter.this.write(kind, file, charset, id, lines, runBy);
                }
            });
        }, by);
    }

    /**
     * The two passes over a spooled file of one kind: {@link #check} reads every line and stores its problems
     * (nothing written); {@link #write}, inside the run's one transaction, writes every line — called only when the
     * check found nothing. The run itself (spool, checksum, the same file twice, FAILED and its retry, progress) is
     * the importer's, whatever the file's layout.
     */
    interface Passes {
        Checked check(Path spool, long id) throws IOException;

        void write(Path spool, long id, int lines, String by);
    }

    /** What a kind makes of a spooled file before its passes: the charset recorded with the run, and the passes. */
    record Prepared(String charsetName, Passes passes) {
    }

    /** Chooses the charset and the passes once the file is spooled (a CSV file's charset is detected from it). */
    interface Preparation {
        Prepared prepare(Path spool) throws IOException;
    }

    /**
     * A run of one file of {@code kind}: spooled and hashed; the same bytes again return the first run (unless it
     * FAILED or was interrupted: then it runs again under its id); checked; written all-or-nothing; FAILED with the
     * line named when the database refuses it.
     */
    ImportRun run(String kind, InputStream upload, String fileName, Preparation preparation, String by)
            throws IOException {
        Path spool = Files.createTempFile("import-", ".dat");
        try {
            String checksum = spool(upload, spool);
            Optional<ImportRun> earlier = find(kind, checksum);
            if (earlier.isPresent() && !FAILED.equals(earlier.get().status())
                    && !INTERRUPTED.equals(earlier.get().status())) {
                return earlier.get();
            }
            Prepared prepared = preparation.prepare(spool);
            String token = RunLeases.newToken();
            Optional<Long> started = earlier.isPresent()
                    ? separate.execute(tx -> restart(earlier.get().id(), fileName, prepared.charsetName(), by, token))
                    : separate.execute(tx -> start(kind, fileName, checksum, prepared.charsetName(), by, token));
            if (started.isEmpty()) {
                return find(kind, checksum).orElseThrow(); // the same bytes sent twice at once: the other run
            }
            long id = started.get();
            if (earlier.isPresent() && INTERRUPTED.equals(earlier.get().status())) {
                LOG.warn("取込 {} ({}) は中断されていました (ノード {}): 再実行します", id, kind, earlier.get().node());
            }
            int[] lines = {0};
            tokens.put(id, token);
            try (var heartbeat = leases.beat("import " + id, () -> renew(id, token))) {
                Checked checked = prepared.passes().check(spool, id);
                lines[0] = checked.lines();
                if (checked.errors() > 0) {
                    finish(id, token, checked.failed() ? FAILED : "REJECTED", checked.lines(), checked.errors());
                    return require(id);
                }
                transaction.executeWithoutResult(tx -> prepared.passes().write(spool, id, checked.lines(), by));
            } catch (RuntimeException | IOException e) {
                if (e instanceof LeaseLost) {
                    LOG.warn("取込 {} ({}) は他のノードに引き継がれました: このノードは何も書き込みません", id, kind);
                    return require(id);
                }
                LOG.warn("取込 {} ({}) を中断しました", id, kind, e);
                failed(id, token, e, lines[0]);
            } finally {
                tokens.remove(id);
            }
            return require(id);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /**
     * Marks the run FAILED with the reason, nothing having been written. When the database itself is away
     * (restarted), waits for it a little; if it does not come back the call answers 503 and the run, left RUNNING,
     * shows INTERRUPTED once its lease has expired — either way the same file sent again runs it again.
     */
    private void failed(long id, String token, Exception e, int lines) {
        int line = e instanceof WriteFailed w ? w.firstLine : 0;
        String message = DatabaseOutage.is(e)
                ? "データベースとの接続が切れたため取込を完了できませんでした。何も書き込まれていません。ファイルを変えずに再送すると再実行します"
                : e instanceof WriteFailed w
                ? w.firstLine + "〜" + w.lastLine + "行目をデータベースに書き込めませんでした ("
                        + w.getCause().getClass().getSimpleName() + ")。ファイルを変えずに再送すると再実行します"
                : "取込を完了できませんでした (" + e.getClass().getSimpleName() + ")。ファイルを変えずに再送すると再実行します";
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                separate.executeWithoutResult(tx -> {
                    if (jdbc.sql("SELECT COUNT(*) FROM import_run WHERE id = ? AND run_token = ?").params(id, token)
                            .query(Integer.class).single() == 0) {
                        return; // another node took the run over: its report stands
                    }
                    jdbc.sql("DELETE FROM import_error WHERE run_id = ?").param(id).update();
                    error(id, line, "line", message, new int[1]);
                });
                finish(id, token, FAILED, lines, 1);
                return;
            } catch (RuntimeException notMarked) {
                if (!DatabaseOutage.is(notMarked) || System.nanoTime() > deadline) {
                    throw new RunInterrupted("取込 " + id + ": " + message + " (リース期限 " + leases.lease().toSeconds()
                            + " 秒の後)", notMarked);
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new RunInterrupted("取込 " + id + ": " + message, notMarked);
                }
            }
        }
    }

    public Optional<ImportRun> find(long id) {
        return jdbc.sql("SELECT * FROM import_run WHERE id = ?").param(id).query(this::map).optional();
    }

    public List<String[]> errors(long id) {
        return jdbc.sql("SELECT line_no, field, message FROM import_error WHERE run_id = ? ORDER BY line_no, field")
                .param(id).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    }

    private Optional<ImportRun> find(String kind, String checksum) {
        return jdbc.sql("SELECT * FROM import_run WHERE kind = ? AND checksum = ?").params(kind, checksum)
                .query(this::map).optional();
    }

    private ImportRun require(long id) {
        return find(id).orElseThrow();
    }

    /** A new run, or empty when the same file is being imported by another request at this moment. */
    private Optional<Long> start(String kind, String fileName, String checksum, String charset, String by,
            String token) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO import_run (kind, file_name, checksum, charset, status, started_at, run_by, node_id,
                      run_token, lease_until, heartbeat_at, attempts)
                    VALUES (?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?, ?, ?, 1)
                    """).params(kind, fileName, checksum, charset, leases.now(), by, leases.nodeId(), token,
                    leases.expiry(), leases.now()).update(keys, "id");
        } catch (DuplicateKeyException sameFileAtOnce) {
            return Optional.empty();
        }
        return Optional.of(keys.getKey().longValue());
    }

    /**
     * A FAILED or interrupted (RUNNING, lease expired) run of the same bytes runs again under its id, with a new
     * token (empty if another request restarted it first).
     */
    private Optional<Long> restart(long id, String fileName, String charset, String by, String token) {
        int restarted = jdbc.sql("""
                UPDATE import_run SET status = 'RUNNING', file_name = ?, charset = ?, lines_total = 0, lines_done = 0,
                  records_written = 0, records_unchanged = 0, error_count = 0, started_at = ?, finished_at = NULL,
                  run_by = ?, node_id = ?, run_token = ?, lease_until = ?, heartbeat_at = ?, attempts = attempts + 1
                WHERE id = ? AND (status = 'FAILED' OR status = 'RUNNING' AND (lease_until IS NULL OR lease_until < ?))
                """).params(fileName, charset, leases.now(), by, leases.nodeId(), token, leases.expiry(),
                leases.now(), id, leases.now()).update();
        if (restarted == 0) {
            return Optional.empty();
        }
        jdbc.sql("DELETE FROM import_error WHERE run_id = ?").param(id).update();
        return Optional.of(id);
    }

    /** The heartbeat: false when the token is gone (another node took the run over). */
    private boolean renew(long id, String token) {
        return separate.execute(tx -> jdbc.sql("""
                UPDATE import_run SET lease_until = ?, heartbeat_at = ? WHERE id = ? AND run_token = ?
                  AND status = 'RUNNING'
                """).params(leases.expiry(), leases.now(), id, token).update()) == 1;
    }

    /** A run that wrote nothing (REJECTED, FAILED) ends with 0 lines done, whatever its transaction had reached. */
    private void finish(long id, String token, String status, int lines, int errors) {
        separate.executeWithoutResult(tx -> jdbc.sql("""
                UPDATE import_run SET status = ?, lines_total = ?, lines_done = 0, records_written = 0,
                  records_unchanged = 0, error_count = ?, finished_at = ?, lease_until = NULL
                WHERE id = ? AND run_token = ?
                """).params(status, lines, errors, leases.now(), id, token).update());
    }

    /** The run's token is gone: another node took it over after its lease expired; this one must not commit. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(long id) {
            super("import " + id + ": lease taken over by another node");
        }
    }

    /** What pass 1 found: lines read, errors stored, and whether any of them fails the run rather than rejects it. */
    record Checked(int lines, int errors, boolean failed) {
    }

    /** Pass 1. Errors are stored (the first {@value #MAX_ERRORS_KEPT}). */
    private <R> Checked check(ImportKind<R> kind, Path spool, Charset charset, long id) throws IOException {
        int lines = 0;
        int[] errors = {0};
        int[] conflicts = {0};
        ImportKind.Conflicts<R> conflictCheck = kind.conflicts();
        try (CSVParser parser = open(spool, charset)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header = next(records, id, 1, errors);
            if (header == null) {
                boolean unreadable = errors[0] > 0;
                if (!unreadable) {
                    error(id, 1, "header", "空のファイルです", errors);
                }
                return new Checked(0, errors[0], unreadable);
            }
            List<String> actual = header.toList().stream().map(String::strip).toList();
            if (!actual.equals(kind.header())) {
                error(id, 1, "header", "見出し行が違います。期待: " + String.join(",", kind.header()), errors);
                return new Checked(0, errors[0], false);
            }
            while (true) {
                int before = errors[0];
                CSVRecord record = next(records, id, lines + 2, errors);
                if (record == null) {
                    return new Checked(lines, errors[0], errors[0] > before || conflicts[0] > 0);
                }
                lines++;
                int lineNo = (int) record.getRecordNumber();
                if (record.size() != kind.header().size()) {
                    error(id, lineNo, "line", "項目数が " + record.size() + " です (" + kind.header().size() + " 項目)",
                            errors);
                    continue;
                }
                if (oversized(record, kind.header(), id, lineNo, errors)) {
                    continue;
                }
                R row = kind.parse(record, (field, message) -> error(id, lineNo, field, message, errors));
                if (row != null) {
                    conflictCheck.check(row, lineNo, (field, message) -> {
                        conflicts[0]++;
                        error(id, lineNo, field, message, errors);
                    });
                }
            }
        }
    }

    /**
     * The next record, or null at the end — also after a file that is not CSV (an unterminated quote runs to the
     * end of the file), which is stored as an error of the line where the broken record starts.
     */
    private CSVRecord next(Iterator<CSVRecord> records, long id, int lineNo, int[] errors) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException malformed) {
            String reason = String.valueOf(malformed.getMessage());
            Matcher at = LINE_IN_MESSAGE.matcher(reason);
            int line = at.find() ? Integer.parseInt(at.group(1) != null ? at.group(1) : at.group(2)) : lineNo;
            error(id, line, "line", reason.contains("EOF reached")
                    ? "CSVとして読めません: 引用符（\"）が閉じられていないため、この行からファイルの終わりまでが1つの項目になります"
                    : "CSVとして読めません: 引用符（\"）の後に区切り文字（,）か改行がありません", errors);
            return null;
        }
    }

    /** A field longer than {@value #MAX_FIELD_LENGTH} characters is an error of that field, named by its header. */
    private boolean oversized(CSVRecord record, List<String> header, long id, int lineNo, int[] errors) {
        boolean found = false;
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).length() > MAX_FIELD_LENGTH) {
                error(id, lineNo, header.get(i), MAX_FIELD_LENGTH + "文字を超えています (" + record.get(i).length()
                        + "文字)", errors);
                found = true;
            }
        }
        return found;
    }

    /** Pass 2, inside one transaction: nothing is half-written if the database refuses a row. */
    private <R> void write(ImportKind<R> kind, Path spool, Charset charset, long id, int total, String by) {
        int done = 0;
        int written = 0;
        int unchanged = 0;
        try (CSVParser parser = open(spool, charset)) {
            Iterator<CSVRecord> records = parser.iterator();
            records.next();
            List<R> chunk = new ArrayList<>(WRITE_CHUNK);
            int firstLine = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                firstLine = chunk.isEmpty() ? (int) record.getRecordNumber() : firstLine;
                chunk.add(kind.parse(record, (field, message) -> {
                    throw new IllegalStateException(field + ": " + message);
                }));
                if (chunk.size() == WRITE_CHUNK || !records.hasNext()) {
                    int w;
                    try {
                        w = kind.writeAll(chunk, by);
                    } catch (RuntimeException refused) {
                        throw new WriteFailed(firstLine, (int) record.getRecordNumber(), refused);
                    }
                    written += w;
                    unchanged += chunk.size() - w;
                    int before = done;
                    done += chunk.size();
                    chunk.clear();
                    if (done / PROGRESS_EVERY > before / PROGRESS_EVERY) {
                        progress(id, total, done);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("取込ファイルを再読込できません", e);
        }
        done(id, total, done, written, unchanged);
    }

    /** Progress, committed apart from the run's transaction for whoever watches the run; it renews the lease. */
    void progress(long id, int total, int done) {
        separate.executeWithoutResult(tx -> jdbc.sql("""
                UPDATE import_run SET lines_total = ?, lines_done = ?, lease_until = ?, heartbeat_at = ?
                WHERE id = ? AND run_token = ?
                """).params(total, done, leases.expiry(), leases.now(), id, tokens.get(id)).update());
    }

    /**
     * The end of the write pass, inside its transaction: the run is DONE with its counts, at the end of the writes
     * by the clock (CURRENT_TIMESTAMP would be the transaction's start); fenced by the token: a run whose lease was
     * taken over rolls back whole.
     */
    void done(long id, int total, int done, int written, int unchanged) {
        if (jdbc.sql("""
                UPDATE import_run SET status = 'DONE', lines_total = ?, lines_done = ?, records_written = ?,
                  records_unchanged = ?, finished_at = ?, lease_until = NULL WHERE id = ? AND run_token = ?
                """).params(total, done, written, unchanged, leases.now(), id, tokens.get(id)).update() == 0) {
            throw new LeaseLost(id);
        }
    }

    /** The database refused a chunk of the file (lines {@code firstLine}–{@code lastLine}); all is rolled back. */
    static final class WriteFailed extends RuntimeException {
        final int firstLine;
        final int lastLine;

        WriteFailed(int firstLine, int lastLine, RuntimeException cause) {
            super(cause);
            this.firstLine = firstLine;
            this.lastLine = lastLine;
        }
    }

    void error(long id, int lineNo, String field, String message, int[] count) {
        if (count[0]++ < MAX_ERRORS_KEPT) {
            jdbc.sql("INSERT INTO import_error (run_id, line_no, field, message) VALUES (?, ?, ?, ?)")
                    .params(id, lineNo, field, message.length() > 500 ? message.substring(0, 500) : message).update();
        }
    }

    private static CSVParser open(Path spool, Charset charset) throws IOException {
        InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(spool)).get();
        Reader reader = new java.io.InputStreamReader(in, charset);
        return CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
    }

    private static String spool(InputStream upload, Path spool) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(upload, sha)) {
                Files.copy(in, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** UTF-8 when the bytes decode as UTF-8 (a BOM settles it at once), else Windows-31J. */
    static Charset detect(Path spool) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(spool)) {
            byte[] chunk = new byte[64 * 1024];
            ByteBuffer pending = ByteBuffer.allocate(chunk.length + 8);
            CharBuffer out = CharBuffer.allocate(chunk.length * 2);
            int read;
            while ((read = in.read(chunk)) > 0) {
                pending.put(chunk, 0, read).flip();
                var result = decoder.decode(pending, out, false);
                if (result.isError()) {
                    return WINDOWS_31J;
                }
                pending.compact();
                out.clear();
            }
            pending.flip();
            if (decoder.decode(pending, out, true).isError()) {
                return WINDOWS_31J;
            }
        } catch (CharacterCodingException e) {
            return WINDOWS_31J;
        }
        return StandardCharsets.UTF_8;
    }

    private static Charset charset(String name) {
        return switch (name.toUpperCase().replace("_", "-")) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "SHIFT-JIS", "SJIS", "WINDOWS-31J", "MS932", "CP932" -> WINDOWS_31J;
            default -> throw new IllegalArgumentException("charset: UTF-8 か Windows-31J (Shift_JIS) を指定してください");
        };
    }

    private ImportRun map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String status = rs.getString("status");
        LocalDateTime lease = rs.getObject("lease_until", LocalDateTime.class);
        boolean interrupted = "RUNNING".equals(status) && (lease == null || lease.isBefore(leases.now()));
        return new ImportRun(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
                rs.getString("checksum"), rs.getString("charset"), interrupted ? INTERRUPTED : status,
                rs.getInt("lines_total"), interrupted ? 0 : rs.getInt("lines_done"), rs.getInt("records_written"),
                rs.getInt("records_unchanged"), rs.getInt("error_count"), rs.getObject("started_at", LocalDateTime.class),
                rs.getObject("finished_at", LocalDateTime.class), rs.getString("run_by"), rs.getString("node_id"),
                rs.getInt("attempts"), interrupted ? null : lease);
    }
}
