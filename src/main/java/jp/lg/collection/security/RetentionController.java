package jp.lg.collection.security;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import jp.lg.collection.audit.OperationLog;
import jp.lg.collection.system.Today;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 消去の必要性があれば、業務責任者の承認を得た上で実施する (熊谷市 評価書 Ⅲ-7): data past its retention is erased
 * only on a request ({@code POST /api/retention/deletion-requests?addresseeNo=&reason=}) that another manager
 * approves ({@code POST .../{id}/approve}) — or rejects. Eligible: a taxpayer with no open case whose last case
 * closed more than {@code collection.retention.closed-case-years} (default 5, the limitation period of 地方税法
 * 18条) years ago. The erasure removes the 特定個人情報 and the papers: the My Number (cipher and search digest),
 * every stored PDF of the taxpayer, phone numbers, workplace and mailing address; the case and bill rows
 * stay as the accounting record without a number. Request, approval, rejection and erasure are logged.
 * Managers and admins only (SecurityConfig).
 */
@RestController
public class RetentionController {

    public record DeletionRequest(long id, String addresseeNo, String reason, String status, String requestedBy,
            LocalDateTime requestedAt, String decidedBy, LocalDateTime decidedAt, Integer deletedDocuments) {
    }

    private final JdbcClient jdbc;
    private final OperationLog log;
    private final int years;

    public RetentionController(JdbcClient jdbc, OperationLog log,
            @Value("${collection.retention.closed-case-years:5}") int years) {
        this.jdbc = jdbc;
        this.log = log;
        this.years = years;
    }

    @PostMapping("/api/retention/deletion-requests")
    @Transactional
    public DeletionRequest request(@RequestParam("addresseeNo") String addresseeNo,
            @RequestParam("reason") String reason, Principal user) {
        if (reason.isBlank() || reason.length() > 200) {
            throw new IllegalArgumentException("reason: 消去の理由を200文字以内で入力してください");
        }
        requireEligible(addresseeNo);
        jdbc.sql("""
                INSERT INTO deletion_request (addressee_no, reason, status, requested_by, requested_at)
                VALUES (?,?,'REQUESTED',?,?)""").params(addresseeNo, reason, user.getName(), Today.dateTime()).update();
        long id = jdbc.sql("SELECT MAX(id) FROM deletion_request WHERE addressee_no = ?").param(addresseeNo)
                .query(Long.class).single();
        log.record(user.getName(), "DELETION_REQUEST", "宛名番号 " + addresseeNo + " 消去申請 " + id, "OK");
        return find(id);
    }

    @GetMapping("/api/retention/deletion-requests")
    public List<DeletionRequest> list() {
        return jdbc.sql("SELECT * FROM deletion_request ORDER BY id").query(RetentionController::map).list();
    }

    @PostMapping("/api/retention/deletion-requests/{id}/approve")
    @Transactional
    public DeletionRequest approve(@PathVariable("id") long id, Principal user) {
        DeletionRequest request = open(id, user);
        requireEligible(request.addresseeNo());
        String no = request.addresseeNo();
        int documents = jdbc.sql("DELETE FROM document WHERE addressee_no = ?").param(no).update();
        jdbc.sql("""
                UPDATE taxpayer SET my_number_cipher = NULL, my_number_digest = NULL, phone1 = NULL, phone2 = NULL,
                  workplace_name = NULL, workplace_address = NULL, workplace_phone = NULL, mailing_name = NULL,
                  mailing_postal_code = NULL, mailing_address = NULL, mailing_address_suffix = NULL,
                  updated_at = CURRENT_TIMESTAMP, updated_by = ? WHERE addressee_no = ?""").params(user.getName(), no)
                .update();
        jdbc.sql("""
                UPDATE deletion_request SET status = 'EXECUTED', decided_by = ?, decided_at = ?, deleted_documents = ?
                WHERE id = ?""").params(user.getName(), Today.dateTime(), documents, id).update();
        log.record(user.getName(), "DELETION_EXECUTED", "宛名番号 " + no + " 消去申請 " + id + " 文書 " + documents + " 件",
                "OK");
        return find(id);
    }

    @PostMapping("/api/retention/deletion-requests/{id}/reject")
    @Transactional
    public DeletionRequest reject(@PathVariable("id") long id, Principal user) {
        open(id, user);
        jdbc.sql("UPDATE deletion_request SET status = 'REJECTED', decided_by = ?, decided_at = ? WHERE id = ?")
                .params(user.getName(), Today.dateTime(), id).update();
        log.record(user.getName(), "DELETION_REJECTED", "消去申請 " + id, "OK");
        return find(id);
    }

    private DeletionRequest open(long id, Principal user) {
        DeletionRequest request = find(id);
        if (!"REQUESTED".equals(request.status())) {
            throw new IllegalArgumentException("id: 消去申請 " + id + " は処理済みです (" + request.status() + ")");
        }
        if (request.requestedBy().equals(user.getName())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "申請者本人は承認できません（業務責任者の承認が必要です）");
        }
        return request;
    }

    private DeletionRequest find(long id) {
        return jdbc.sql("SELECT * FROM deletion_request WHERE id = ?").param(id).query(RetentionController::map)
                .optional().orElseThrow(() -> new IllegalArgumentException("id: 消去申請 " + id + " はありません"));
    }

    /** No open case, and the last case closed more than the retention years ago. */
    private void requireEligible(String addresseeNo) {
        Map<String, Object> cases = jdbc.sql("""
                SELECT COUNT(*) AS cases, SUM(CASE WHEN status = 'OPEN' THEN 1 ELSE 0 END) AS open_cases,
                       MAX(closed_on) AS last_closed
                FROM delinquency_case WHERE addressee_no = ?""").param(addresseeNo).query().singleRow();
        long count = ((Number) cases.get("cases")).longValue();
        Number open = (Number) cases.get("open_cases");
        Object lastClosed = cases.get("last_closed");
        LocalDate last = lastClosed instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) lastClosed;
        if (count == 0 || (open != null && open.longValue() > 0) || last == null
                || !last.plusYears(years).isBefore(Today.date())) {
            throw new IllegalArgumentException("addresseeNo: 宛名番号 " + addresseeNo + " は保存期間（完結後" + years
                    + "年）を過ぎていません");
        }
    }

    private static DeletionRequest map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DeletionRequest(rs.getLong("id"), rs.getString("addressee_no"), rs.getString("reason"),
                rs.getString("status"), rs.getString("requested_by"), rs.getObject("requested_at", LocalDateTime.class),
                rs.getString("decided_by"), rs.getObject("decided_at", LocalDateTime.class),
                (Integer) rs.getObject("deleted_documents", Integer.class));
    }
}
