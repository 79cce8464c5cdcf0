package jp.lg.collection.delinquency.investigation;

import jp.lg.collection.delinquency.AssetKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** 調査照会 and what they found (property_inquiry, found_asset). */
@Repository
public class PropertyInquiryRepository {

    public record Inquiry(long id, String caseId, TargetKind targetKind, String targetName, LocalDate sentOn,
            LocalDate answeredOn, String status, String answerKind, String answer) {

        public String label() {
            return targetKind.label() + " " + targetName;
        }
    }

    public record FoundAsset(long id, String caseId, Long inquiryId, AssetKind assetKind, String description,
            String thirdPartyDebtor, long estimatedValue, LocalDate foundOn) {
    }

    private final JdbcClient jdbc;

    public PropertyInquiryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String caseId, TargetKind kind, String name, LocalDate sentOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO property_inquiry (case_id, target_kind, target_name, sent_on, status)
                VALUES (?, ?, ?, ?, 'SENT')
                """).params(caseId, kind.name(), name, sentOn).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Inquiry require(long id) {
        return jdbc.sql("SELECT * FROM property_inquiry WHERE id = ?").param(id)
                .query(PropertyInquiryRepository::inquiry).optional()
                .orElseThrow(() -> new IllegalStateException("調査照会 " + id + " はありません"));
    }

    public List<Inquiry> findByCase(String caseId) {
        return jdbc.sql("SELECT * FROM property_inquiry WHERE case_id = ? ORDER BY id").param(caseId)
                .query(PropertyInquiryRepository::inquiry).list();
    }

    /** Records the answer once: only a SENT inquiry can be answered. Returns whether it was. */
    public boolean answer(long id, LocalDate answeredOn, AnswerKind kind, String text, String by) {
        return jdbc.sql("""
                UPDATE property_inquiry SET status = 'ANSWERED', answered_on = ?, answer_kind = ?, answer = ?,
                  answered_by = ?
                WHERE id = ? AND status = 'SENT'
                """).params(answeredOn, kind.name(), text, by, id).update() == 1;
    }

    /** Marks an inquiry still waiting for its answer as TIMED_OUT. Returns whether it was waiting. */
    public boolean timeOut(long id) {
        return jdbc.sql("UPDATE property_inquiry SET status = 'TIMED_OUT' WHERE id = ? AND status = 'SENT'")
                .param(id).update() == 1;
    }

    public long insertAsset(String caseId, long inquiryId, AssetKind kind, String description, String thirdPartyDebtor,
            long estimatedValue, LocalDate foundOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO found_asset (case_id, inquiry_id, asset_kind, description, third_party_debtor,
                  estimated_value, found_on)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(caseId, inquiryId, kind.name(), description, thirdPartyDebtor, estimatedValue, foundOn)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<FoundAsset> assetsOf(String caseId) {
        return jdbc.sql("SELECT * FROM found_asset WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, n) -> new FoundAsset(rs.getLong("id"), rs.getString("case_id"),
                        rs.getObject("inquiry_id") == null ? null : rs.getLong("inquiry_id"),
                        AssetKind.valueOf(rs.getString("asset_kind")), rs.getString("description"),
                        rs.getString("third_party_debtor"), rs.getLong("estimated_value"),
                        rs.getObject("found_on", LocalDate.class)))
                .list();
    }

    public int countAssets(String caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM found_asset WHERE case_id = ?").param(caseId).query(Integer.class)
                .single();
    }

    private static Inquiry inquiry(ResultSet rs, int row) throws SQLException {
        return new Inquiry(rs.getLong("id"), rs.getString("case_id"), TargetKind.valueOf(rs.getString("target_kind")),
                rs.getString("target_name"), rs.getObject("sent_on", LocalDate.class),
                rs.getObject("answered_on", LocalDate.class), rs.getString("status"), rs.getString("answer_kind"),
                rs.getString("answer"));
    }
}
