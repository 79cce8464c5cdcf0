package jp.lg.collection.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.lg.collection.system.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Issued documents, kept as the exact bytes sent (a notice is evidence: 督促 restarts the limitation period,
 * 法18の2, so the city must be able to show what it sent and when).
 * <p>
 * Notices are issued into the print queue ({@link #enqueue}: the content snapshot, no PDF yet) and rendered
 * by {@link PrintBatch}; {@link #content} renders a still queued one on demand and keeps the result, so a
 * reader always gets the PDF. Certificates, handed over at the counter, are stored rendered ({@link #store}).
 */
@Repository
public class DocumentRepository {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentRepository.class);

    /** Far above any notice (tens of KB); keeps a runaway document out of the table. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final String META = """
            SELECT id, case_id, addressee_no, kind, title, created_on, created_at, created_by, content_type,
                   OCTET_LENGTH(content) AS size, rendered_at, render_error IS NOT NULL AS render_failed
            FROM document
            """;

    /** A queued notice as the print batch claims it. */
    record Queued(long id, DocumentKind kind, String payload) {
    }

    private final JdbcClient jdbc;
    private final NoticeSnapshots snapshots;

    public DocumentRepository(JdbcClient jdbc, NoticeSnapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    /**
     * Files a document issued to a taxpayer who had no case with the case he has now (a 繰上徴収告知書 whose
     * installments opened one); a document kept with a case stays there.
     */
    public void attachToCase(long id, String caseId) {
        jdbc.sql("UPDATE document SET case_id = ? WHERE id = ? AND case_id IS NULL").params(caseId, id).update();
    }

    /** A document made on the spot (certificates at the counter): stored with its PDF, rendered now. */
    public long store(String caseId, String addresseeNo, DocumentKind kind, String title, LocalDate createdOn,
            String createdBy, byte[] pdf) {
        Require.notNull("addresseeNo", addresseeNo);
        Require.notNull("kind", kind);
        Require.notNull("content", pdf);
        if (pdf.length == 0 || pdf.length > MAX_BYTES) {
            throw new IllegalArgumentException("content: 文書の大きさが不正です (" + pdf.length + " bytes)");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO document (case_id, addressee_no, kind, title, created_on, created_at, created_by,
                  content_type, content, rendered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'application/pdf', ?, ?)
                """)
                .params(caseId, addresseeNo, kind.name(), title == null ? kind.label() : title, createdOn,
                        Today.dateTime(), createdBy == null ? "system" : createdBy, pdf, Today.dateTime())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Issues a notice into the print queue: its content snapshot ({@link NoticeSnapshots}) now, the PDF later
     * (print batch or first read). Returns the document id, which is final (logs and process variables name it).
     */
    public long enqueue(String caseId, String addresseeNo, DocumentKind kind, String title, LocalDate createdOn,
            String createdBy, String payload) {
        Require.notNull("addresseeNo", addresseeNo);
        Require.notNull("kind", kind);
        Require.notNull("payload", payload);
        if (payload.isEmpty() || payload.length() > MAX_BYTES) {
            throw new IllegalArgumentException("payload: 印刷内容の大きさが不正です (" + payload.length() + " 文字)");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO document (case_id, addressee_no, kind, title, created_on, created_at, created_by,
                  content_type, content, payload, rendered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'application/pdf', NULL, ?, NULL)
                """)
                .params(caseId, addresseeNo, kind.name(), title == null ? kind.label() : title, createdOn,
                        Today.dateTime(), createdBy == null ? "system" : createdBy, payload)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<StoredDocument> find(long id) {
        return jdbc.sql(META + "WHERE id = ?").param(id).query(DocumentRepository::map).optional();
    }

    /** The content snapshot of a notice (null for certificates and documents issued before the queue). */
    public Optional<String> payload(long id) {
        return jdbc.sql("SELECT payload FROM document WHERE id = ?").param(id)
                .query((rs, n) -> rs.getString(1)).optional();
    }

    /** The PDF; a queued notice is rendered now from its snapshot and kept, exactly as the print batch would. */
    public Optional<byte[]> content(long id) {
        record Row(byte[] content, DocumentKind kind, String payload) {
        }
        Optional<Row> row = jdbc.sql("SELECT content, kind, payload FROM document WHERE id = ?").param(id)
                .query((rs, n) -> new Row(rs.getBytes("content"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("payload"))).optional();
        if (row.isEmpty() || row.get().content() != null) {
            return row.map(Row::content);
        }
        return Optional.of(renderOnDemand(new Queued(id, row.get().kind(), row.get().payload())));
    }

    /**
     * Renders a queued notice for a reader and stores the PDF unless the print batch got there first (then its
     * PDF is the one kept and served). While a batch on another connection holds the row, PostgreSQL waits for
     * it; H2 gives up after its lock timeout and the reader gets this rendering, the batch's stays.
     */
    private byte[] renderOnDemand(Queued q) {
        byte[] pdf;
        try {
            pdf = snapshots.render(q.kind(), q.payload());
        } catch (RuntimeException e) {
            markFailed(q.id(), e);
            throw new IllegalStateException("文書 " + q.id() + " (" + q.kind().label() + ") を作成できません", e);
        }
        try {
            if (markRendered(q.id(), pdf)) {
                LOG.debug("document {} ({}) rendered on demand", q.id(), q.kind());
                return pdf;
            }
        } catch (TransientDataAccessException busy) {
            return pdf;
        }
        return jdbc.sql("SELECT content FROM document WHERE id = ?").param(q.id()).query((rs, n) -> rs.getBytes(1))
                .optional().filter(stored -> stored != null).orElse(pdf);
    }

    /**
     * Claims up to {@code max} queued notices for the caller's transaction: {@code FOR UPDATE SKIP LOCKED}, so
     * another node's batch running at the same time gets other rows, and a node that dies releases its rows
     * with its transaction. Notices whose rendering failed are left for {@link #retryFailed}. No ORDER BY: H2
     * locks every row it sorts, PostgreSQL reads the queue index in id order anyway.
     */
    List<Queued> claimQueued(int max) {
        return jdbc.sql("""
                SELECT id, kind, payload FROM document
                WHERE rendered_at IS NULL AND render_error IS NULL
                FETCH FIRST ? ROWS ONLY
                FOR UPDATE SKIP LOCKED
                """).param(max)
                .query((rs, n) -> new Queued(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("payload"))).list();
    }

    /** Stores the PDF of a queued notice; false when it was no longer queued. */
    boolean markRendered(long id, byte[] pdf) {
        if (pdf == null || pdf.length == 0 || pdf.length > MAX_BYTES) {
            throw new IllegalArgumentException("content: 文書の大きさが不正です (" + (pdf == null ? 0 : pdf.length)
                    + " bytes)");
        }
        return jdbc.sql("""
                UPDATE document SET content = ?, rendered_at = ?, render_error = NULL
                WHERE id = ? AND rendered_at IS NULL
                """).params(pdf, Today.dateTime(), id).update() == 1;
    }

    /** Records why a queued notice could not be rendered (the exception's class and message, cut to fit). */
    void markFailed(long id, RuntimeException e) {
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        jdbc.sql("UPDATE document SET render_error = ? WHERE id = ? AND rendered_at IS NULL")
                .params(reason.length() > 500 ? reason.substring(0, 500) : reason, id).update();
    }

    /** Puts the notices whose rendering failed back into the queue; returns how many. */
    int retryFailed() {
        return jdbc.sql("UPDATE document SET render_error = NULL WHERE rendered_at IS NULL AND render_error IS NOT NULL")
                .update();
    }

    /** Notices waiting for the print batch (not counting failed ones). */
    public long queuedCount() {
        return jdbc.sql("SELECT COUNT(*) FROM document WHERE rendered_at IS NULL AND render_error IS NULL")
                .query(Long.class).single();
    }

    /** Notices whose rendering failed, waiting for a retry. */
    public long failedCount() {
        return jdbc.sql("SELECT COUNT(*) FROM document WHERE rendered_at IS NULL AND render_error IS NOT NULL")
                .query(Long.class).single();
    }

    public List<StoredDocument> ofCase(String caseId) {
        return jdbc.sql(META + "WHERE case_id = ? ORDER BY created_at, id").param(caseId)
                .query(DocumentRepository::map).list();
    }

    public List<StoredDocument> ofAddressee(String addresseeNo) {
        return jdbc.sql(META + "WHERE addressee_no = ? ORDER BY created_at, id").param(addresseeNo)
                .query(DocumentRepository::map).list();
    }

    private static StoredDocument map(ResultSet rs, int row) throws SQLException {
        return new StoredDocument(rs.getLong("id"), rs.getString("case_id"), rs.getString("addressee_no"),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getObject("created_on", LocalDate.class), rs.getObject("created_at", LocalDateTime.class),
                rs.getString("created_by"), rs.getString("content_type"), rs.getLong("size"),
                rs.getObject("rendered_at", LocalDateTime.class), rs.getBoolean("render_failed"));
    }
}
