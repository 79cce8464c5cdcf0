package jp.lg.collection.caseview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.AssetKind;
import jp.lg.collection.delinquency.CaseStatus;
import jp.lg.collection.delinquency.PaymentChannel;
import jp.lg.collection.delinquency.paymentplan.PlanPartStatus;
import jp.lg.collection.delinquency.paymentplan.PlanStatus;
import jp.lg.collection.delinquency.seizure.DispositionKind;
import jp.lg.collection.delinquency.seizure.DispositionStatus;
import jp.lg.collection.documents.NoticeLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only queries for the case view over the domain tables of V1 (other packages own the writes). */
@Repository
public class CaseViewRepository {

    public record CaseRow(String caseId, String addresseeNo, CaseStatus status, LocalDate openedOn, LocalDate closedOn,
            String closeReason) {
    }

    public record PaymentRow(long id, LocalDate paidOn, long amount, String channel, long fee, long principal,
            long lateCharge, long surplus, String billLabel, String recordedBy) {

        public String channelLabel() {
            return PaymentChannel.labelOf(channel);
        }
    }

    public record DispositionRow(long id, DispositionKind kind, AssetKind assetKind, String assetDescription,
            String thirdPartyDebtor, long estimatedValue, Long seizableAmount, DispositionStatus status,
            String proposedBy,
            LocalDate proposedOn, String decidedBy, LocalDate decidedOn, LocalDate executedOn, LocalDate releasedOn,
            long collectedAmount) {
    }

    public record PlanPart(int partNo, LocalDate dueDate, long amount, long paidAmount, PlanPartStatus status) {
    }

    public record PlanRow(long id, LocalDate pledgedOn, long totalAmount, int parts, PlanStatus status,
            String createdBy, List<PlanPart> schedule) {
    }

    private final JdbcClient jdbc;

    public CaseViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseRow> findCase(String caseId) {
        return jdbc.sql("""
                SELECT case_id, addressee_no, status, opened_on, closed_on, close_reason
                FROM delinquency_case WHERE case_id = ?
                """).param(caseId)
                .query((rs, n) -> new CaseRow(rs.getString(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6)))
                .optional();
    }

    /** The open case of an addressee, else the most recently opened one. */
    public Optional<String> caseOf(String addresseeNo) {
        return jdbc.sql("""
                SELECT case_id FROM delinquency_case WHERE addressee_no = ?
                ORDER BY CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END, opened_on DESC, case_id DESC
                """).param(addresseeNo).query(String.class).list().stream().findFirst();
    }

    public List<PaymentRow> payments(String caseId) {
        return jdbc.sql("""
                SELECT p.id, p.paid_on, p.amount, p.channel, p.allocated_fee, p.allocated_principal,
                       p.allocated_late_charge, p.surplus, b.fiscal_year, b.tax_item, b.installment_no, p.recorded_by
                FROM payment p JOIN tax_bill b ON b.id = p.bill_id
                WHERE b.case_id = ? ORDER BY p.paid_on, p.id
                """).param(caseId)
                .query((rs, n) -> new PaymentRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
                        rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        NoticeLine.fiscalYearLabel(rs.getInt(9)) + " " + taxItemLabel(rs.getString(10)) + " 第"
                                + rs.getInt(11) + "期",
                        rs.getString(12)))
                .list();
    }

    public List<DispositionRow> dispositions(String caseId) {
        return jdbc.sql("SELECT * FROM disposition WHERE case_id = ? ORDER BY proposed_on, id").param(caseId)
                .query((rs, n) -> new DispositionRow(rs.getLong("id"), DispositionKind.valueOf(rs.getString("kind")),
                        AssetKind.valueOf(rs.getString("asset_kind")), rs.getString("asset_description"),
                        rs.getString("third_party_debtor"), rs.getLong("estimated_value"),
                        (Long) rs.getObject("seizable_amount", Long.class),
                        DispositionStatus.valueOf(rs.getString("status")),
                        rs.getString("proposed_by"), rs.getObject("proposed_on", LocalDate.class),
                        rs.getString("decided_by"), rs.getObject("decided_on", LocalDate.class),
                        rs.getObject("executed_on", LocalDate.class), rs.getObject("released_on", LocalDate.class),
                        rs.getLong("collected_amount")))
                .list();
    }

    public List<PlanRow> plans(String caseId) {
        return jdbc.sql("SELECT * FROM installment_plan WHERE case_id = ? ORDER BY pledged_on, id").param(caseId)
                .query((rs, n) -> new PlanRow(rs.getLong("id"), rs.getObject("pledged_on", LocalDate.class),
                        rs.getLong("total_amount"), rs.getInt("parts"), PlanStatus.valueOf(rs.getString("status")),
                        rs.getString("created_by"), List.of()))
                .list().stream()
                .map(p -> new PlanRow(p.id(), p.pledgedOn(), p.totalAmount(), p.parts(), p.status(), p.createdBy(),
                        jdbc.sql("SELECT * FROM installment_part WHERE plan_id = ? ORDER BY part_no").param(p.id())
                                .query((rs, n) -> new PlanPart(rs.getInt("part_no"),
                                        rs.getObject("due_date", LocalDate.class), rs.getLong("amount"),
                                        rs.getLong("paid_amount"), PlanPartStatus.valueOf(rs.getString("status"))))
                                .list()))
                .toList();
    }

    private static String taxItemLabel(String code) {
        try {
            return TaxItem.ofCode(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
