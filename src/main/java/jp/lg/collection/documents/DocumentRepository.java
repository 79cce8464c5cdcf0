package jp.lg.collection.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.lg.collection.system.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Issued documents, kept as the exact bytes sent (a notice is evidence: 督促 restarts the limitation period,
 * 法18の2, so the city must be able to show what it sent and when).
 */
@Repository
public class DocumentRepository {

    /** Far above any notice (tens of KB); keeps a runaway document out of the table. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final String META = """
            SELECT id, case_id, addressee_no, kind, title, created_on, created_at, created_by, content_type,
                   OCTET_LENGTH(content) AS size
            FROM document
            """;

    private final JdbcClient jdbc;

    public DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
                  content_type, content)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'application/pdf', ?)
                """)
                .params(caseId, addresseeNo, kind.name(), title == null ? kind.label() : title, createdOn,
                        Today.dateTime(), createdBy == null ? "system" : createdBy, pdf)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<StoredDocument> find(long id) {
        return jdbc.sql(META + "WHERE id = ?").param(id).query(DocumentRepository::map).optional();
    }

    public Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM document WHERE id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
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
                rs.getString("created_by"), rs.getString("content_type"), rs.getLong("size"));
    }
}
