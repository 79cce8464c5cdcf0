package jp.lg.collection.breach;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.lg.collection.rules.BreachFacts;
import jp.lg.collection.rules.Reportability;
import jp.lg.collection.system.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * 漏えい等事案台帳: every reported incident with its triage, the reportability decision and its grounds, the
 * 速報/確報 deadlines and dates, the notice to the persons and the recurrence measures — the nine report items
 * of the PPC form (規則8 practice) are all here, so the reports are written from it.
 */
@Repository
public class BreachRegister {

    public enum Status {
        TRIAGE("初動対応中"), REPORTING("報告・通知中"), PREVENTION("再発防止策の実施中"), CLOSED("終結");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Entry(String breachId, LocalDate awareOn, LocalDateTime reportedAt, String reportedBy,
            String summary, String dataItems, int affectedPersons, boolean involvesMyNumber, String howFound,
            String contractor, String subcontractId, Status status, String containment, String facts,
            Boolean sensitiveData, Boolean financialDamageRisk, Boolean unlawfulPurpose, Boolean viewableByPublic,
            Boolean stronglyEncrypted, Boolean reportable, String grounds, LocalDate preliminaryDue,
            LocalDate finalDue, LocalDate preliminaryReportedOn, LocalDate finalReportedOn,
            LocalDate personsNotifiedOn, String notificationMethod, Boolean published, String measures,
            LocalDate measuresDue, LocalDate measuresCompletedOn, LocalDate closedOn) {

        /** The status as the register prints it (also in the JSON). */
        @com.fasterxml.jackson.annotation.JsonProperty("statusLabel")
        public String statusLabel() {
            return status.label();
        }
    }

    private final JdbcClient jdbc;

    public BreachRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a case with an id like BR2026-000001 (fiscal year of the report, then the row). */
    public String open(BreachReport r, LocalDate awareOn, String reportedBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO breach_case (aware_on, reported_at, reported_by, summary, data_items, affected_persons,
                  involves_my_number, how_found, contractor, subcontract_id, status, updated_by)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
                """).params(awareOn, Today.dateTime(), reportedBy, r.summary().strip(), r.dataItems(),
                r.affectedPersons(), r.involvesMyNumber(), r.howFound(), r.contractor(), r.subcontractId(),
                Status.TRIAGE.name(), reportedBy).update(keys, "no");
        long no = keys.getKey().longValue();
        LocalDate today = Today.date();
        int fiscalYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        String breachId = "BR%d-%06d".formatted(fiscalYear, no);
        jdbc.sql("UPDATE breach_case SET breach_id = ? WHERE no = ?").params(breachId, no).update();
        return breachId;
    }

    public Optional<Entry> find(String breachId) {
        return jdbc.sql(SELECT + "WHERE breach_id = ?").param(breachId).query(BreachRegister::map).optional();
    }

    public Entry require(String breachId) {
        return find(breachId).orElseThrow(
                () -> new IllegalArgumentException("breachId: 事案 " + breachId + " はありません"));
    }

    public List<Entry> all() {
        return jdbc.sql(SELECT + "ORDER BY no").query(BreachRegister::map).list();
    }

    public List<Entry> ofSubcontract(String requestId) {
        return jdbc.sql(SELECT + "WHERE subcontract_id = ? ORDER BY no").param(requestId).query(BreachRegister::map)
                .list();
    }

    /** The triage answers and the reportability decision with its deadlines (null when not reportable). */
    public void recordTriage(String breachId, String containment, String facts, String dataItems, BreachFacts f,
            Reportability result, LocalDate preliminaryDue, LocalDate finalDue, String by) {
        jdbc.sql("""
                UPDATE breach_case SET containment = ?, facts = ?, data_items = COALESCE(?, data_items),
                  affected_persons = ?, involves_my_number = ?, sensitive_data = ?, financial_damage_risk = ?,
                  unlawful_purpose = ?, viewable_by_public = ?, strongly_encrypted = ?, unlawful_use_or_provision = ?,
                  contrary_use_or_provision = ?, reportable = ?, grounds = ?,
                  preliminary_due = ?, final_due = ?, status = ?, updated_at = ?, updated_by = ?
                WHERE breach_id = ?
                """).params(containment, facts, dataItems, f.affectedPersons(), f.involvesMyNumber(), f.sensitiveData(),
                f.financialDamageRisk(), f.unlawfulPurposeSuspected(), f.viewableByUnspecifiedPersons(),
                f.stronglyEncrypted(), f.unlawfulUseOrProvisionSuspected(), f.usedOrProvidedContraryToAct(),
                result.reportable(), String.join("\n", result.grounds()), preliminaryDue,
                finalDue, result.reportable() ? Status.REPORTING.name() : Status.PREVENTION.name(), Today.dateTime(),
                by, breachId).update();
    }

    /** Whether the offices are closed on {@code day} by the city's holiday calendar (office_holiday). */
    public boolean officeHoliday(LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM office_holiday WHERE holiday_date = ?").param(day).query(Long.class)
                .single() > 0;
    }

    public void recordPreliminaryReport(String breachId, LocalDate reportedOn, String by) {
        set(breachId, "preliminary_reported_on", reportedOn, by);
    }

    public void recordFinalReport(String breachId, LocalDate reportedOn, String by) {
        set(breachId, "final_reported_on", reportedOn, by);
    }

    public void recordNotification(String breachId, LocalDate notifiedOn, String method, boolean published,
            String by) {
        jdbc.sql("""
                UPDATE breach_case SET persons_notified_on = ?, notification_method = ?, published = ?,
                  updated_at = ?, updated_by = ? WHERE breach_id = ?
                """).params(notifiedOn, method, published, Today.dateTime(), by, breachId).update();
    }

    public void recordMeasures(String breachId, String measures, LocalDate due, String by) {
        jdbc.sql("""
                UPDATE breach_case SET measures = ?, measures_due = ?, status = ?, updated_at = ?, updated_by = ?
                WHERE breach_id = ?
                """).params(measures, due, Status.PREVENTION.name(), Today.dateTime(), by, breachId).update();
    }

    public void recordMeasuresCompleted(String breachId, LocalDate completedOn, String by) {
        set(breachId, "measures_completed_on", completedOn, by);
    }

    public void close(String breachId, String by) {
        jdbc.sql("UPDATE breach_case SET status = ?, closed_on = ?, updated_at = ?, updated_by = ? WHERE breach_id = ?")
                .params(Status.CLOSED.name(), Today.date(), Today.dateTime(), by, breachId).update();
    }

    private void set(String breachId, String column, LocalDate value, String by) {
        jdbc.sql("UPDATE breach_case SET " + column + " = ?, updated_at = ?, updated_by = ? WHERE breach_id = ?")
                .params(value, Today.dateTime(), by, breachId).update();
    }

    private static final String SELECT = "SELECT * FROM breach_case ";

    private static Boolean bool(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static Entry map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Entry(rs.getString("breach_id"), rs.getObject("aware_on", LocalDate.class),
                rs.getObject("reported_at", LocalDateTime.class), rs.getString("reported_by"), rs.getString("summary"),
                rs.getString("data_items"), rs.getInt("affected_persons"), rs.getBoolean("involves_my_number"),
                rs.getString("how_found"), rs.getString("contractor"), rs.getString("subcontract_id"),
                Status.valueOf(rs.getString("status")), rs.getString("containment"), rs.getString("facts"),
                bool(rs, "sensitive_data"), bool(rs, "financial_damage_risk"), bool(rs, "unlawful_purpose"),
                bool(rs, "viewable_by_public"), bool(rs, "strongly_encrypted"), bool(rs, "reportable"),
                rs.getString("grounds"), rs.getObject("preliminary_due", LocalDate.class),
                rs.getObject("final_due", LocalDate.class), rs.getObject("preliminary_reported_on", LocalDate.class),
                rs.getObject("final_reported_on", LocalDate.class),
                rs.getObject("persons_notified_on", LocalDate.class), rs.getString("notification_method"),
                bool(rs, "published"), rs.getString("measures"), rs.getObject("measures_due", LocalDate.class),
                rs.getObject("measures_completed_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class));
    }
}
