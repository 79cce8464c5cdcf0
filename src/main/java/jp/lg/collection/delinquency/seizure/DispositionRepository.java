package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.delinquency.AssetKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** 処分 rows ({@code disposition}): written by the Seizure and PublicAuction phases. */
@Repository
public class DispositionRepository {

    private final JdbcClient jdbc;

    public DispositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Proposal(String caseId, DispositionKind kind, AssetKind assetKind, String assetDescription,
            String thirdPartyDebtor, String executingAuthority, long estimatedValue, Long seizableAmount,
            String proposedBy, LocalDate proposedOn, String registryOffice) {

        /** A proposal that names no registry office (claims, movables; or the city's default). */
        public Proposal(String caseId, DispositionKind kind, AssetKind assetKind, String assetDescription,
                String thirdPartyDebtor, String executingAuthority, long estimatedValue, Long seizableAmount,
                String proposedBy, LocalDate proposedOn) {
            this(caseId, kind, assetKind, assetDescription, thirdPartyDebtor, executingAuthority, estimatedValue,
                    seizableAmount, proposedBy, proposedOn, null);
        }
    }

    public long propose(Proposal p) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO disposition (case_id, kind, asset_kind, asset_description, third_party_debtor,
                  executing_authority, estimated_value, seizable_amount, status, proposed_by, proposed_on, registry_office)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
                """).params(p.caseId(), p.kind().name(), p.assetKind().name(), p.assetDescription(),
                p.thirdPartyDebtor(), p.executingAuthority(), p.estimatedValue(), p.seizableAmount(),
                Disposition.PROPOSED, p.proposedBy(), p.proposedOn(), p.registryOffice()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Disposition require(long id) {
        return jdbc.sql("SELECT * FROM disposition WHERE id = ?").param(id).query(DispositionRepository::map)
                .optional().orElseThrow(() -> new IllegalArgumentException("dispositionId: 処分 " + id + " はありません"));
    }

    public List<Disposition> findByCase(String caseId) {
        return jdbc.sql("SELECT * FROM disposition WHERE case_id = ? ORDER BY id").param(caseId)
                .query(DispositionRepository::map).list();
    }

    public void decide(long id, boolean approved, String by, LocalDate on, String reason) {
        jdbc.sql("""
                UPDATE disposition SET decided_by = ?, decided_on = ?, decision_reason = ?, status = ?
                WHERE id = ? AND status = 'PROPOSED'
                """).params(by, on, reason, approved ? Disposition.PROPOSED : Disposition.REJECTED, id).update();
    }

    public void execute(long id, LocalDate on) {
        transition(id, "executed_on = ?", on, Disposition.EXECUTED, Disposition.PROPOSED);
    }

    public void collect(long id, long amount, LocalDate on) {
        int rows = jdbc.sql("""
                UPDATE disposition SET status = 'COLLECTED', collected_amount = ?, collected_on = ?
                WHERE id = ? AND status = 'EXECUTED'
                """).params(amount, on, id).update();
        if (rows != 1) {
            throw new IllegalStateException("処分 " + id + " は執行中ではないため取立を登録できません");
        }
    }

    public void realize(long id, long proceeds, LocalDate on) {
        int rows = jdbc.sql("""
                UPDATE disposition SET status = 'REALIZED', collected_amount = ?, collected_on = ?
                WHERE id = ? AND status = 'EXECUTED'
                """).params(proceeds, on, id).update();
        if (rows != 1) {
            throw new IllegalStateException("処分 " + id + " は執行中ではないため換価を登録できません");
        }
    }

    /** The dispositions of a case still in force and not yet paid out: what a payment in full releases. */
    public List<Disposition> findReleasable(String caseId) {
        return jdbc.sql("SELECT * FROM disposition WHERE case_id = ? AND status IN ('EXECUTED', 'COLLECTED') ORDER BY id")
                .param(caseId).query(DispositionRepository::map).list();
    }

    /** Releases one disposition still in force; false when it was not (already released or realized). */
    public boolean release(long id, LocalDate on) {
        return jdbc.sql("""
                UPDATE disposition SET status = 'RELEASED', released_on = ?
                WHERE id = ? AND status IN ('EXECUTED', 'COLLECTED')
                """).params(on, id).update() == 1;
    }

    private void transition(long id, String set, LocalDate on, String to, String from) {
        int rows = jdbc.sql("UPDATE disposition SET " + set + ", status = ? WHERE id = ? AND status = ?")
                .params(on, to, id, from).update();
        if (rows != 1) {
            throw new IllegalStateException("処分 " + id + " は " + from + " ではないため " + to + " にできません");
        }
    }

    static Disposition map(ResultSet rs, int row) throws SQLException {
        long seizable = rs.getLong("seizable_amount");
        Long seizableOrNull = rs.wasNull() ? null : seizable;
        return new Disposition(rs.getLong("id"), rs.getString("case_id"), DispositionKind.valueOf(rs.getString("kind")),
                AssetKind.valueOf(rs.getString("asset_kind")), rs.getString("asset_description"),
                rs.getString("third_party_debtor"), rs.getString("executing_authority"), rs.getLong("estimated_value"),
                seizableOrNull, rs.getString("status"), rs.getString("proposed_by"),
                rs.getObject("proposed_on", LocalDate.class), rs.getString("decided_by"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decision_reason"),
                rs.getObject("executed_on", LocalDate.class), rs.getObject("released_on", LocalDate.class),
                rs.getLong("collected_amount"), rs.getString("registry_office"));
    }
}
