package jp.lg.collection.delinquency.distribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.lg.collection.rules.Allocation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** 配当計算書 (distribution, distribution_line) and the disposition whose proceeds it distributes. */
@Repository
public class DistributionRepository {

    /** A disposition whose money can be distributed. */
    public record Proceeds(long dispositionId, String caseId, String status, long collectedAmount) {
    }

    /**
     * @param statementOn     the day the statement was prepared (徴131)
     * @param statementSentOn the day its copy was sent, null until then
     * @param payoutOn        交付期日 (徴132②), null until the copy is sent
     */
    public record Distribution(long id, String caseId, long dispositionId, long amount, LocalDate receivedOn,
            LocalDate statementOn, LocalDate statementSentOn, LocalDate payoutOn, String status, String reviewedBy,
            String reviewNote, LocalDate executedOn, long surplus) {
    }

    public record Line(long billId, long fee, long principal, long lateCharge) {
    }

    private final JdbcClient jdbc;

    public DistributionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Proceeds> proceeds(long dispositionId) {
        return jdbc.sql("SELECT id, case_id, status, collected_amount FROM disposition WHERE id = ?")
                .param(dispositionId).query((rs, n) -> new Proceeds(rs.getLong("id"), rs.getString("case_id"),
                        rs.getString("status"), rs.getLong("collected_amount")))
                .optional();
    }

    /** A distribution that is prepared, approved or done blocks another one for the same money. */
    public boolean hasLiveDistribution(long dispositionId) {
        return jdbc.sql("SELECT COUNT(*) FROM distribution WHERE disposition_id = ? AND status <> 'CORRECTED'")
                .param(dispositionId).query(Long.class).single() > 0;
    }

    /** A statement prepared on {@code statementOn}: no payout day until its copy is sent ({@link #markSent}). */
    public long insert(String caseId, long dispositionId, long amount, LocalDate receivedOn, LocalDate statementOn,
            long surplus, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO distribution (case_id, disposition_id, amount, received_on, statement_on, status, surplus,
                  created_by) VALUES (?, ?, ?, ?, ?, 'PREPARED', ?, ?)
                """).params(caseId, dispositionId, amount, receivedOn, statementOn, surplus, by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The copy of the approved statement was sent on {@code sentOn}; the payout day runs from it (徴132②). */
    public void markSent(long id, LocalDate sentOn, LocalDate payoutOn) {
        jdbc.sql("UPDATE distribution SET statement_sent_on = ?, payout_on = ? WHERE id = ?").params(sentOn, payoutOn, id)
                .update();
    }

    /** Writes the statement's lines (bills the money reaches), replacing earlier ones. */
    public void replaceLines(long distributionId, List<Allocation> allocations) {
        jdbc.sql("DELETE FROM distribution_line WHERE distribution_id = ?").param(distributionId).update();
        for (Allocation a : allocations) {
            if (a.total() > 0) {
                jdbc.sql("""
                        INSERT INTO distribution_line (distribution_id, bill_id, fee, principal, late_charge)
                        VALUES (?, ?, ?, ?, ?)
                        """).params(distributionId, a.billId(), a.dunningFee(), a.principal(), a.lateCharge()).update();
            }
        }
    }

    public void review(long id, String status, String by, String note) {
        jdbc.sql("UPDATE distribution SET status = ?, reviewed_by = ?, review_note = ? WHERE id = ?")
                .params(status, by, note, id).update();
    }

    public void markDistributed(long id, LocalDate executedOn, long surplus) {
        jdbc.sql("UPDATE distribution SET status = 'DISTRIBUTED', executed_on = ?, surplus = ? WHERE id = ?")
                .params(executedOn, surplus, id).update();
    }

    public Distribution require(long id) {
        return jdbc.sql("SELECT * FROM distribution WHERE id = ?").param(id)
                .query((rs, n) -> new Distribution(rs.getLong("id"), rs.getString("case_id"),
                        rs.getLong("disposition_id"), rs.getLong("amount"),
                        rs.getObject("received_on", LocalDate.class), rs.getObject("statement_on", LocalDate.class),
                        rs.getObject("statement_sent_on", LocalDate.class), rs.getObject("payout_on", LocalDate.class),
                        rs.getString("status"),
                        rs.getString("reviewed_by"), rs.getString("review_note"),
                        rs.getObject("executed_on", LocalDate.class), rs.getLong("surplus")))
                .optional().orElseThrow(() -> new IllegalArgumentException("distributionId: 配当 " + id + " はありません"));
    }

    /** A statement the manager has approved: what may be sent and paid out. */
    public Distribution requireApproved(long id) {
        Distribution d = require(id);
        if (!"APPROVED".equals(d.status())) {
            throw new IllegalStateException("distributionId: 配当 " + id + " は確認済みではありません (" + d.status() + ")");
        }
        return d;
    }

    public List<Line> lines(long distributionId) {
        return jdbc.sql("SELECT * FROM distribution_line WHERE distribution_id = ? ORDER BY bill_id")
                .param(distributionId).query((rs, n) -> new Line(rs.getLong("bill_id"), rs.getLong("fee"),
                        rs.getLong("principal"), rs.getLong("late_charge")))
                .list();
    }
}
