package jp.lg.collection.delinquency.paymentplan;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** 分納計画 and its parts (tables installment_plan, installment_part: named before 分納 became PaymentPlan). */
@Repository
public class PaymentPlanRepository {

    /** {@code totalAmount} is the case balance on the pledge day: each part is checked against it. */
    public record Plan(long id, String caseId, LocalDate pledgedOn, long totalAmount, int parts, int intervalMonths,
            String status, String note) {
    }

    public record StoredPart(long planId, int partNo, LocalDate dueDate, long amount, long paidAmount, String status)
            implements PaymentPlanSchedule.Scheduled {
    }

    private final JdbcClient jdbc;

    public PaymentPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String caseId, LocalDate pledgedOn, long totalAmount, List<PaymentPlanSchedule.Part> parts,
            int intervalMonths, String note, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO installment_plan (case_id, pledged_on, total_amount, parts, status, created_by,
                  interval_months, note)
                VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, ?)
                """).params(caseId, pledgedOn, totalAmount, parts.size(), by, intervalMonths, note)
                .update(keys, "id");
        long planId = keys.getKey().longValue();
        for (PaymentPlanSchedule.Part part : parts) {
            jdbc.sql("INSERT INTO installment_part (plan_id, part_no, due_date, amount) VALUES (?, ?, ?, ?)")
                    .params(planId, part.partNo(), part.dueDate(), part.amount()).update();
        }
        return planId;
    }

    public Plan require(long planId) {
        return jdbc.sql("SELECT * FROM installment_plan WHERE id = ?").param(planId)
                .query((rs, n) -> new Plan(rs.getLong("id"), rs.getString("case_id"),
                        rs.getObject("pledged_on", LocalDate.class), rs.getLong("total_amount"), rs.getInt("parts"),
                        rs.getInt("interval_months"), rs.getString("status"), rs.getString("note")))
                .optional().orElseThrow(() -> new IllegalStateException("分納計画 " + planId + " はありません"));
    }

    public List<Plan> findByCase(String caseId) {
        return jdbc.sql("SELECT id FROM installment_plan WHERE case_id = ? ORDER BY id").param(caseId)
                .query(Long.class).list().stream().map(this::require).toList();
    }

    public List<StoredPart> parts(long planId) {
        return jdbc.sql("SELECT * FROM installment_part WHERE plan_id = ? ORDER BY part_no").param(planId)
                .query((rs, n) -> new StoredPart(rs.getLong("plan_id"), rs.getInt("part_no"),
                        rs.getObject("due_date", LocalDate.class), rs.getLong("amount"), rs.getLong("paid_amount"),
                        rs.getString("status")))
                .list();
    }

    /** Paid by the cumulative test: this part and every earlier one (a late part caught up counts as paid). */
    public void markPaidUpTo(long planId, int partNo) {
        jdbc.sql("UPDATE installment_part SET status = 'PAID', paid_amount = amount WHERE plan_id = ? AND part_no <= ?")
                .params(planId, partNo).update();
    }

    public void markMissed(long planId, int partNo, long paidAmount) {
        jdbc.sql("UPDATE installment_part SET status = 'MISSED', paid_amount = ? WHERE plan_id = ? AND part_no = ?")
                .params(paidAmount, planId, partNo).update();
    }

    public void setStatus(long planId, String status) {
        jdbc.sql("UPDATE installment_plan SET status = ? WHERE id = ?").params(status, planId).update();
    }
}
