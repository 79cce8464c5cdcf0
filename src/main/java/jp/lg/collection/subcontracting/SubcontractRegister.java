package jp.lg.collection.subcontracting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.lg.collection.system.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * 再委託台帳: the requests, the city's decisions and how the contractor keeps its obligations — what the city
 * needs to show it supervises its contractors (番号法11) and what auditors read.
 */
@Repository
public class SubcontractRegister {

    /** Where a request stands; Japanese labels for the register and the CSV. */
    public enum Status {
        REVIEW("審査中"), CORRECTION("補正依頼中"), APPROVAL("決裁待ち"), APPROVED("承認・履行中"),
        REFUSED("不承認"), COMPLETED("終了(消去確認済)"), BREACH("漏えい等事案あり");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Entry(String requestId, String contractor, String subcontractor, String work, String dataItems,
            int recordCount, boolean includesMyNumber, String workLocation, String securityMeasures,
            LocalDate periodFrom, LocalDate periodTo, String attachments, LocalDate requestedOn,
            String responsibleCollector, Status status, String missingItems, int corrections, LocalDate decidedOn,
            String decidedBy, String conditions, String refusalReason, LocalDate lastWeeklyReportOn,
            LocalDate lastOathOn, LocalDate lastInspectionOn, int missedReports, LocalDate deletionCertifiedOn) {

        /** The status as the register prints it (also in the JSON). */
        @com.fasterxml.jackson.annotation.JsonProperty("statusLabel")
        public String statusLabel() {
            return status.label();
        }
    }

    public record Report(long id, String requestId, ReportKind kind, LocalDate receivedOn, String result, String note,
            String recordedBy, LocalDateTime recordedAt) {
    }

    private final JdbcClient jdbc;

    public SubcontractRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers a request and gives it its id, like SC2026-000001 (fiscal year of the request, then the row). */
    public String register(SubcontractRequest r, String registeredBy) {
        LocalDate today = Today.date();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO subcontract (contractor, subcontractor, work, data_items, record_count, includes_my_number,
                  work_location, security_measures, period_from, period_to, attachments, requested_on,
                  responsible_collector, status, updated_by)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                """).params(r.contractor(), r.subcontractor(), r.work(), r.dataItems(), r.recordCount(),
                r.includesMyNumber(), r.workLocation(), r.securityMeasures(), r.periodFrom(), r.periodTo(),
                String.join("\n", r.attachments()), today, r.responsibleCollector(), Status.REVIEW.name(),
                registeredBy).update(keys, "no");
        long no = keys.getKey().longValue();
        int fiscalYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        String requestId = "SC%d-%06d".formatted(fiscalYear, no);
        jdbc.sql("UPDATE subcontract SET request_id = ? WHERE no = ?").params(requestId, no).update();
        return requestId;
    }

    public Optional<Entry> find(String requestId) {
        return jdbc.sql(SELECT + "WHERE request_id = ?").param(requestId).query(SubcontractRegister::map).optional();
    }

    public Entry require(String requestId) {
        return find(requestId).orElseThrow(
                () -> new IllegalArgumentException("requestId: 再委託申請 " + requestId + " はありません"));
    }

    public List<Entry> all() {
        return jdbc.sql(SELECT + "ORDER BY no").query(SubcontractRegister::map).list();
    }

    public void setStatus(String requestId, Status status, String by) {
        jdbc.sql("UPDATE subcontract SET status = ?, updated_at = ?, updated_by = ? WHERE request_id = ?")
                .params(status.name(), Today.dateTime(), by, requestId).update();
    }

    public void recordReview(String requestId, String missingItems, String by) {
        jdbc.sql("""
                UPDATE subcontract SET missing_items = ?, status = ?, updated_at = ?, updated_by = ?
                WHERE request_id = ?
                """).params(missingItems, missingItems == null ? Status.APPROVAL.name() : Status.CORRECTION.name(),
                Today.dateTime(), by, requestId).update();
    }

    public void recordCorrection(String requestId, String addedAttachments, String by) {
        String attachments = require(requestId).attachments();
        if (addedAttachments != null && !addedAttachments.isBlank()) {
            attachments = attachments == null || attachments.isBlank() ? addedAttachments.strip()
                    : attachments + "\n" + addedAttachments.strip();
        }
        jdbc.sql("""
                UPDATE subcontract SET corrections = corrections + 1, status = ?, attachments = ?,
                  updated_at = ?, updated_by = ? WHERE request_id = ?
                """).params(Status.REVIEW.name(), attachments, Today.dateTime(), by, requestId).update();
    }

    public void recordDecision(String requestId, boolean approved, String conditions, String refusalReason,
            String by) {
        jdbc.sql("""
                UPDATE subcontract SET status = ?, decided_on = ?, decided_by = ?, conditions = ?, refusal_reason = ?,
                  updated_at = ?, updated_by = ? WHERE request_id = ?
                """).params(approved ? Status.APPROVED.name() : Status.REFUSED.name(), Today.date(), by, conditions,
                refusalReason, Today.dateTime(), by, requestId).update();
    }

    public void storeApprovalDocument(String requestId, String html) {
        jdbc.sql("UPDATE subcontract SET approval_document = ? WHERE request_id = ?").params(html, requestId).update();
    }

    /** The 承認書 as the PDF sent (V12); the HTML of {@link #storeApprovalDocument} stays for the browser. */
    public void storeApprovalPdf(String requestId, byte[] pdf) {
        jdbc.sql("UPDATE subcontract SET approval_pdf = ? WHERE request_id = ?").params(pdf, requestId).update();
    }

    public Optional<byte[]> approvalPdf(String requestId) {
        return jdbc.sql("SELECT approval_pdf FROM subcontract WHERE request_id = ?").param(requestId)
                .query((rs, n) -> rs.getBytes(1)).optional().filter(pdf -> pdf != null && pdf.length > 0);
    }

    public Optional<String> approvalDocument(String requestId) {
        return jdbc.sql("SELECT approval_document FROM subcontract WHERE request_id = ?").param(requestId)
                .query(String.class).optional();
    }

    /** Records a submission or the city's own inspection and keeps the register's "last received" column. */
    public void recordReport(String requestId, ReportKind kind, LocalDate receivedOn, String result, String note,
            String by) {
        require(requestId);
        jdbc.sql("""
                INSERT INTO subcontract_report (request_id, kind, received_on, result, note, recorded_by, recorded_at)
                VALUES (?,?,?,?,?,?,?)
                """).params(requestId, kind.name(), receivedOn, result, note, by, Today.dateTime()).update();
        String column = switch (kind) {
            case WEEKLY -> "last_weekly_report_on";
            case OATH -> "last_oath_on";
            case INSPECTION -> "last_inspection_on";
            case DELETION -> "deletion_certified_on";
        };
        jdbc.sql("UPDATE subcontract SET " + column + " = ?, updated_at = ?, updated_by = ? WHERE request_id = ?")
                .params(receivedOn, Today.dateTime(), by, requestId).update();
    }

    /** Whether a submission of that kind was received on or after {@code since}. */
    public boolean receivedSince(String requestId, ReportKind kind, LocalDate since) {
        return jdbc.sql("SELECT COUNT(*) FROM subcontract_report WHERE request_id = ? AND kind = ? AND received_on >= ?")
                .params(requestId, kind.name(), since).query(Long.class).single() > 0;
    }

    public void countMissedReport(String requestId) {
        jdbc.sql("UPDATE subcontract SET missed_reports = missed_reports + 1, updated_at = ? WHERE request_id = ?")
                .params(Today.dateTime(), requestId).update();
    }

    public List<Report> reportsOf(String requestId) {
        return jdbc.sql("SELECT * FROM subcontract_report WHERE request_id = ? ORDER BY received_on, id")
                .param(requestId)
                .query((rs, n) -> new Report(rs.getLong("id"), rs.getString("request_id"),
                        ReportKind.valueOf(rs.getString("kind")), rs.getObject("received_on", LocalDate.class),
                        rs.getString("result"), rs.getString("note"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", LocalDateTime.class)))
                .list();
    }

    private static final String SELECT = """
            SELECT request_id, contractor, subcontractor, work, data_items, record_count, includes_my_number,
              work_location, security_measures, period_from, period_to, attachments, requested_on,
              responsible_collector, status, missing_items, corrections, decided_on, decided_by, conditions,
              refusal_reason, last_weekly_report_on, last_oath_on, last_inspection_on, missed_reports,
              deletion_certified_on
            FROM subcontract
            """;

    private static Entry map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Entry(rs.getString("request_id"), rs.getString("contractor"), rs.getString("subcontractor"),
                rs.getString("work"), rs.getString("data_items"), rs.getInt("record_count"),
                rs.getBoolean("includes_my_number"), rs.getString("work_location"), rs.getString("security_measures"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getString("attachments"), rs.getObject("requested_on", LocalDate.class),
                rs.getString("responsible_collector"), Status.valueOf(rs.getString("status")),
                rs.getString("missing_items"), rs.getInt("corrections"), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decided_by"), rs.getString("conditions"), rs.getString("refusal_reason"),
                rs.getObject("last_weekly_report_on", LocalDate.class), rs.getObject("last_oath_on", LocalDate.class),
                rs.getObject("last_inspection_on", LocalDate.class), rs.getInt("missed_reports"),
                rs.getObject("deletion_certified_on", LocalDate.class));
    }
}
