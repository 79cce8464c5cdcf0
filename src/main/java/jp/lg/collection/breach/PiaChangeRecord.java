package jp.lg.collection.breach;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.lg.collection.system.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 特定個人情報保護評価書 別添2「変更箇所」: date, item, before, after, 提出時期 (事前/事後) and its reason — the
 * table both seeds end with. Kept as rows so the next revision (like Kumagaya's of 令和7年5月30日, which
 * added its 重大事故) is printed from the system rather than reconstructed from memory.
 */
@Repository
public class PiaChangeRecord {

    /** 事前: changes that must be re-evaluated before they take effect; 事後: reported after the fact. */
    public static final String AFTER_THE_FACT = "事後";

    public record Entry(long id, LocalDate changedOn, String item, String before, String after, String timing,
            String reason, String breachId, String recordedBy, LocalDateTime recordedAt) {
    }

    private final JdbcClient jdbc;

    public PiaChangeRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(LocalDate changedOn, String item, String before, String after, String timing, String reason,
            String breachId, String by) {
        jdbc.sql("""
                INSERT INTO pia_change (changed_on, item, before_text, after_text, timing, reason, breach_id,
                  recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?)
                """).params(changedOn, item, before, after, timing, reason, breachId, by, Today.dateTime()).update();
    }

    /** What the item says now: the latest change's "after", if the item was ever changed here. */
    public Optional<String> currentText(String item) {
        return jdbc.sql("SELECT after_text FROM pia_change WHERE item = ? ORDER BY id DESC").param(item)
                .query(String.class).list().stream().findFirst();
    }

    public List<Entry> all() {
        return jdbc.sql("SELECT * FROM pia_change ORDER BY changed_on, id").query((rs, n) -> new Entry(rs.getLong("id"),
                rs.getObject("changed_on", LocalDate.class), rs.getString("item"), rs.getString("before_text"),
                rs.getString("after_text"), rs.getString("timing"), rs.getString("reason"), rs.getString("breach_id"),
                rs.getString("recorded_by"), rs.getObject("recorded_at", LocalDateTime.class))).list();
    }

    public List<Entry> ofBreach(String breachId) {
        return all().stream().filter(e -> breachId.equals(e.breachId())).toList();
    }
}
