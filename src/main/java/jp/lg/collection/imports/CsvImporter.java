package jp.lg.collection.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a CSV file all-or-nothing: the first pass checks every line and names each bad one by line and
 * field (nothing is written if any is bad); the second writes every line in one transaction. The file is
 * spooled to disk and read as a stream, so a 100,000-line file never sits in memory; progress is committed
 * every {@value #PROGRESS_EVERY} lines for whoever watches {@code GET /api/imports/{id}}. The same file
 * (same bytes) twice returns the first run and changes nothing. Charset: UTF-8 (with or without BOM) or
 * Windows-31J (Shift_JIS as Japanese systems write it), detected unless given.
 */
@Service
public class CsvImporter {

    static final int PROGRESS_EVERY = 1000;
    /** Lines handed to {@link ImportKind#writeAll} at a time (a kind may read and write them in batches). */
    static final int WRITE_CHUNK = 500;
    static final int MAX_ERRORS_KEPT = 1000;
    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;

    public CsvImporter(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <R> ImportRun run(ImportKind<R> kind, InputStream upload, String fileName, String charsetName,
            String by) throws IOException {
        Path spool = Files.createTempFile("import-", ".csv");
        try {
            String checksum = spool(upload, spool);
            Optional<ImportRun> earlier = find(kind.kind(), checksum);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Charset charset = charsetName == null || charsetName.isBlank() ? detect(spool) : charset(charsetName);
            long id = separate.execute(tx -> start(kind.kind(), fileName, checksum, charset, by));
            int[] checked = check(kind, spool, charset, id);
            if (checked[1] > 0) {
                separate.executeWithoutResult(tx -> jdbc.sql("""
                        UPDATE import_run SET status = 'REJECTED', lines_total = ?, error_count = ?,
                          finished_at = CURRENT_TIMESTAMP WHERE id = ?
                        """).params(checked[0], checked[1], id).update());
                return require(id);
            }
            transaction.executeWithoutResult(tx -> write(kind, spool, charset, id, checked[0], by));
            return require(id);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    public Optional<ImportRun> find(long id) {
        return jdbc.sql("SELECT * FROM import_run WHERE id = ?").param(id).query(CsvImporter::map).optional();
    }

    public List<String[]> errors(long id) {
        return jdbc.sql("SELECT line_no, field, message FROM import_error WHERE run_id = ? ORDER BY line_no, field")
                .param(id).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    }

    private Optional<ImportRun> find(String kind, String checksum) {
        return jdbc.sql("SELECT * FROM import_run WHERE kind = ? AND checksum = ?").params(kind, checksum)
                .query(CsvImporter::map).optional();
    }

    private ImportRun require(long id) {
        return find(id).orElseThrow();
    }

    private long start(String kind, String fileName, String checksum, Charset charset, String by) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO import_run (kind, file_name, checksum, charset, status, started_at, run_by)
                VALUES (?, ?, ?, ?, 'RUNNING', CURRENT_TIMESTAMP, ?)
                """).params(kind, fileName, checksum, charset.name(), by).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Pass 1: returns {lines, errors}. Errors are stored (the first {@value #MAX_ERRORS_KEPT}). */
    private <R> int[] check(ImportKind<R> kind, Path spool, Charset charset, long id) throws IOException {
        int lines = 0;
        int[] errors = {0};
        try (CSVParser parser = open(spool, charset)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                error(id, 1, "header", "空のファイルです", errors);
                return new int[] {0, errors[0]};
            }
            CSVRecord header = records.next();
            List<String> actual = header.toList().stream().map(String::strip).toList();
            if (!actual.equals(kind.header())) {
                error(id, 1, "header", "見出し行が違います。期待: " + String.join(",", kind.header()), errors);
                return new int[] {0, errors[0]};
            }
            while (records.hasNext()) {
                CSVRecord record;
                try {
                    record = records.next();
                } catch (RuntimeException malformed) {
                    error(id, lines + 2, "line", "CSVとして読めません: " + malformed.getMessage(), errors);
                    break;
                }
                lines++;
                int lineNo = (int) record.getRecordNumber();
                if (record.size() != kind.header().size()) {
                    error(id, lineNo, "line", "項目数が " + record.size() + " です (" + kind.header().size() + " 項目)",
                            errors);
                    continue;
                }
                kind.parse(record, (field, message) -> error(id, lineNo, field, message, errors));
            }
        }
        return new int[] {lines, errors[0]};
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
            while (records.hasNext()) {
                chunk.add(kind.parse(records.next(), (field, message) -> {
                    throw new IllegalStateException(field + ": " + message);
                }));
                if (chunk.size() == WRITE_CHUNK || !records.hasNext()) {
                    int w = kind.writeAll(chunk, by);
                    written += w;
                    unchanged += chunk.size() - w;
                    int before = done;
                    done += chunk.size();
                    chunk.clear();
                    if (done / PROGRESS_EVERY > before / PROGRESS_EVERY) {
                        int progress = done;
                        separate.executeWithoutResult(tx -> jdbc.sql(
                                "UPDATE import_run SET lines_total = ?, lines_done = ? WHERE id = ?")
                                .params(total, progress, id).update());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("取込ファイルを再読込できません", e);
        }
        jdbc.sql("""
                UPDATE import_run SET status = 'DONE', lines_total = ?, lines_done = ?, records_written = ?,
                  records_unchanged = ?, finished_at = CURRENT_TIMESTAMP WHERE id = ?
                """).params(total, done, written, unchanged, id).update();
    }

    private void error(long id, int lineNo, String field, String message, int[] count) {
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

    private static ImportRun map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ImportRun(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
                rs.getString("checksum"), rs.getString("charset"), rs.getString("status"), rs.getInt("lines_total"),
                rs.getInt("lines_done"), rs.getInt("records_written"), rs.getInt("records_unchanged"),
                rs.getInt("error_count"), rs.getObject("started_at", java.time.LocalDateTime.class),
                rs.getObject("finished_at", java.time.LocalDateTime.class), rs.getString("run_by"));
    }
}
