package jp.lg.collection.delinquency.grace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.rules.GraceGround;
import jp.lg.collection.rules.GraceInstallments;
import jp.lg.collection.rules.GraceRevocationGround;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * 猶予 rows ({@code grace}, {@code grace_installment}): the decisions, extensions and revocations of the grace phase.
 * Which grace holds a case on a day is read by every phase through {@code delinquency.GraceCalendar}.
 */
@Repository
public class GraceRepository {

    private final JdbcClient jdbc;

    public GraceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param ground the ground of a 徴収猶予 (it decides the late-charge reduction); null for a 換価猶予 */
    public void record(String caseId, GraceKind kind, GraceGround ground, LocalDate startsOn, LocalDate endsOn,
            boolean granted, String reason, String decidedBy, LocalDate decidedOn) {
        decide(new Decision(caseId, kind, ground, startsOn, endsOn, granted, reason, decidedBy, decidedOn, null, null,
                null, null));
    }

    /** A decision as the manager made it: the grant or refusal, or of an extension of {@code extendsGraceId}. */
    public record Decision(String caseId, GraceKind kind, GraceGround ground, LocalDate startsOn, LocalDate endsOn,
            boolean granted, String reason, String decidedBy, LocalDate decidedOn, Long amount, String security,
            String securityWaiver, Long extendsGraceId) {
    }

    /** Stores the decision; returns the row's id. */
    public long decide(Decision d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO grace (case_id, kind, ground, starts_on, ends_on, status, reason, decided_by, decided_on,
                  amount, security, security_waiver, extends_grace_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(d.caseId(), d.kind().name(), d.ground() == null ? null : d.ground().name(), d.startsOn(),
                d.endsOn(), d.granted() ? "GRANTED" : "REJECTED", d.reason(), d.decidedBy(), d.decidedOn(), d.amount(),
                d.security(), d.securityWaiver(), d.extendsGraceId()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Grace require(long id) {
        return jdbc.sql("SELECT * FROM grace WHERE id = ?").param(id).query(GraceRepository::map).optional()
                .orElseThrow(() -> new IllegalArgumentException("graceId: 猶予 " + id + " はありません"));
    }

    public List<Grace> ofCase(String caseId) {
        return jdbc.sql("SELECT * FROM grace WHERE case_id = ? ORDER BY id").param(caseId).query(GraceRepository::map)
                .list();
    }

    /** The grace and its granted extensions, oldest first: one grace as the taxpayer lives it. */
    public List<Grace> chain(long graceId) {
        List<Grace> chain = new java.util.ArrayList<>();
        chain.add(require(graceId));
        for (int i = 0; i < chain.size(); i++) {
            chain.addAll(jdbc.sql("SELECT * FROM grace WHERE extends_grace_id = ? AND status IN ('GRANTED', 'REVOKED') "
                    + "ORDER BY id").param(chain.get(i).id()).query(GraceRepository::map).list());
        }
        return chain;
    }

    public void saveInstallments(long graceId, List<GraceInstallments.Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            jdbc.sql("INSERT INTO grace_installment (grace_id, seq, due_on, amount) VALUES (?, ?, ?, ?)")
                    .params(graceId, i + 1, parts.get(i).dueOn(), parts.get(i).amount()).update();
        }
    }

    public List<GraceInstallments.Part> installments(long graceId) {
        return jdbc.sql("SELECT due_on, amount FROM grace_installment WHERE grace_id = ? ORDER BY seq").param(graceId)
                .query((rs, n) -> new GraceInstallments.Part(rs.getObject("due_on", LocalDate.class),
                        rs.getLong("amount"))).list();
    }

    /** 猶予に係る金額 as of now: the unpaid 本税 and 督促手数料 of the case's open installments. */
    public long gracedAmount(String caseId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(principal - principal_paid + dunning_fee - dunning_fee_paid), 0)
                FROM tax_bill WHERE case_id = ? AND status = 'OPEN'
                """).param(caseId).query(Long.class).single();
    }

    /** 本税 and 督促手数料 paid to the case's installments on or after {@code from} (what the 分割納付 is measured by). */
    public long paidSince(String caseId, LocalDate from) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(p.allocated_fee + p.allocated_principal), 0)
                FROM payment p JOIN tax_bill b ON b.id = p.bill_id
                WHERE b.case_id = ? AND p.paid_on >= ?
                """).params(caseId, from).query(Long.class).single();
    }

    /** The estimates of the property seized for the case and still seized (法16②: the security needed is less). */
    public long seizedValue(String caseId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(estimated_value), 0) FROM disposition
                WHERE case_id = ? AND kind = 'SEIZURE' AND status = 'EXECUTED'
                """).param(caseId).query(Long.class).single();
    }

    /**
     * 取消 (法15の3): the grace ends the day before {@code on}; a row that would keep no day (revoked on or before its
     * first day, an extension not yet begun) is REVOKED.
     */
    public void revoke(long id, LocalDate on, GraceRevocationGround ground, String reason, String by) {
        jdbc.sql("""
                UPDATE grace SET status = CASE WHEN starts_on >= ? THEN 'REVOKED' ELSE status END,
                  ends_on = CASE WHEN starts_on < ? AND ends_on >= ? THEN ? ELSE ends_on END,
                  revoked_on = ?, revocation_ground = ?, revocation_reason = ?, revoked_by = ?
                WHERE id = ? AND status = 'GRANTED'
                """).params(on, on, on, on.minusDays(1), on, ground.name(), reason, by, id).update();
    }

    private static Grace map(ResultSet rs, int row) throws SQLException {
        long amount = rs.getLong("amount");
        Long amountOrNull = rs.wasNull() ? null : amount;
        long extendsId = rs.getLong("extends_grace_id");
        Long extendsOrNull = rs.wasNull() ? null : extendsId;
        String ground = rs.getString("ground");
        String revocation = rs.getString("revocation_ground");
        return new Grace(rs.getLong("id"), rs.getString("case_id"), GraceKind.valueOf(rs.getString("kind")),
                ground == null ? null : GraceGround.valueOf(ground), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("status"), rs.getString("reason"),
                rs.getString("decided_by"), rs.getObject("decided_on", LocalDate.class), amountOrNull,
                rs.getString("security"), rs.getString("security_waiver"), extendsOrNull,
                rs.getObject("revoked_on", LocalDate.class),
                revocation == null ? null : GraceRevocationGround.valueOf(revocation), rs.getString("revocation_reason"));
    }
}
