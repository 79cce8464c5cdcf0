package jp.lg.collection.worklist;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.reminder.CheckPaymentPromise;
import jp.lg.collection.rules.CaseRankRule;
import jp.lg.collection.system.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * 対象者抽出: saved selections ({@code case_selection}) and the open cases a selection finds — highest rank first —
 * from the domain tables, the stored ranks ({@code case_rank}) and the engine's running phases.
 */
@Repository
public class CaseSelections {

    /** A case a selection found, as the preview lists it. */
    public record Match(String caseId, String addresseeNo, String name, String districtCode, long amountOwed,
            String rank, Integer score, String assignedCollector) {
    }

    /** What counts as a contact for 「最終接触からの日数」. */
    static final List<String> CONTACTS = Arrays.stream(new NegotiationAction[] {NegotiationAction.DUNNING_NOTICE,
            NegotiationAction.REMINDER_LETTER, NegotiationAction.PHONE_CALL, NegotiationAction.VISIT,
            NegotiationAction.PAYMENT_PROMISE, NegotiationAction.INSTALLMENT_PLEDGE, NegotiationAction.BULK_REMINDER})
            .map(Enum::name).toList();

    /** The message a reminder round waits for (reminders.bpmn, 「一括催告の指示」). */
    public static final String MESSAGE = "Message_BulkReminder";

    private final JdbcClient jdbc;
    private final RankSettings settings;

    public CaseSelections(JdbcClient jdbc, RankSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    // ---- saved selections --------------------------------------------------------------------------------------

    public List<CaseSelection> all() {
        return jdbc.sql("SELECT * FROM case_selection ORDER BY name").query((rs, n) -> row(rs)).list();
    }

    public Optional<CaseSelection> find(long id) {
        return jdbc.sql("SELECT * FROM case_selection WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    public CaseSelection require(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("selectionId: 抽出条件 " + id + " はありません"));
    }

    /** Saves new conditions (id null) or changes saved ones; the name is required and unique. */
    public CaseSelection save(CaseSelection input, String by) {
        CaseSelection s = input.checked();
        if (s.name() == null) {
            throw new IllegalArgumentException("name: 抽出条件の名前を入力してください");
        }
        boolean taken = jdbc.sql("SELECT COUNT(*) FROM case_selection WHERE name = ? AND id <> ?")
                .params(s.name(), s.id() == null ? -1L : s.id()).query(Long.class).single() > 0;
        if (taken) {
            throw new IllegalArgumentException("name: 「" + s.name() + "」という抽出条件はすでにあります");
        }
        LocalDateTime now = Today.dateTime();
        if (s.id() == null) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO case_selection (name, district_code, tax_item, min_amount, max_amount, phase, min_rank,
                      min_days_since_contact, promise_broken, created_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(s.name(), s.districtCode(), s.taxItem(), s.minAmount(), s.maxAmount(), s.phase(),
                            s.minRank(), s.minDaysSinceContact(), s.promiseBroken(), by, now, now)
                    .update(keys, "id");
            return require(keys.getKey().longValue());
        }
        require(s.id());
        jdbc.sql("""
                UPDATE case_selection SET name = ?, district_code = ?, tax_item = ?, min_amount = ?, max_amount = ?,
                  phase = ?, min_rank = ?, min_days_since_contact = ?, promise_broken = ?, updated_at = ? WHERE id = ?""")
                .params(s.name(), s.districtCode(), s.taxItem(), s.minAmount(), s.maxAmount(), s.phase(), s.minRank(),
                        s.minDaysSinceContact(), s.promiseBroken(), now, s.id())
                .update();
        return require(s.id());
    }

    private static CaseSelection row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long min = rs.getLong("min_amount");
        Long minAmount = rs.wasNull() ? null : min;
        long max = rs.getLong("max_amount");
        Long maxAmount = rs.wasNull() ? null : max;
        int days = rs.getInt("min_days_since_contact");
        Integer minDays = rs.wasNull() ? null : days;
        boolean broken = rs.getBoolean("promise_broken");
        Boolean promiseBroken = rs.wasNull() ? null : broken;
        return new CaseSelection(rs.getLong("id"), rs.getString("name"), rs.getString("district_code"),
                rs.getString("tax_item"), minAmount, maxAmount, rs.getString("phase"), rs.getString("min_rank"), minDays,
                promiseBroken);
    }

    // ---- what a selection finds ------------------------------------------------------------------------------------

    private record Query(String from, Map<String, Object> params) {
    }

    /** FROM … WHERE … of the open cases these conditions select. */
    private Query query(CaseSelection conditions, LocalDate today) {
        CaseSelection s = conditions.checked();
        Map<String, Object> p = new HashMap<>();
        StringBuilder sql = new StringBuilder("""
                FROM delinquency_case c
                JOIN taxpayer t ON t.addressee_no = c.addressee_no
                LEFT JOIN case_rank r ON r.case_id = c.case_id
                LEFT JOIN (SELECT case_id, SUM(principal - principal_paid + dunning_fee - dunning_fee_paid
                                               + late_charge - late_charge_paid) AS owed
                           FROM tax_bill WHERE status = 'OPEN' GROUP BY case_id) o ON o.case_id = c.case_id
                WHERE c.status = 'OPEN'""");
        if (s.districtCode() != null) {
            sql.append(" AND t.district_code = :district");
            p.put("district", s.districtCode());
        }
        if (s.taxItem() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM tax_bill b WHERE b.case_id = c.case_id AND b.status = 'OPEN'"
                    + " AND b.tax_item = :taxItem)");
            p.put("taxItem", s.taxItem());
        }
        if (s.minAmount() != null) {
            sql.append(" AND COALESCE(o.owed, 0) >= :minAmount");
            p.put("minAmount", s.minAmount());
        }
        if (s.maxAmount() != null) {
            sql.append(" AND COALESCE(o.owed, 0) <= :maxAmount");
            p.put("maxAmount", s.maxAmount());
        }
        if (s.phase() != null) {
            sql.append(" ").append("""
                     AND EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_
                      WHERE e.BUSINESS_KEY_ = c.case_id AND e.ID_ = e.PROC_INST_ID_ AND d.KEY_ = :phase)""");
            p.put("phase", s.phase());
        }
        if (s.minRank() != null) {
            List<CaseRankRule.Band> bands = CaseRankRule.requireBands(settings.current().bands());
            int floor = bands.stream().filter(b -> b.rank().equalsIgnoreCase(s.minRank())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("minRank: ランク " + s.minRank() + " はありません ("
                            + String.join(", ", bands.stream().map(CaseRankRule.Band::rank).toList()) + ")"))
                    .minScore();
            sql.append(" AND r.score >= :minScore");
            p.put("minScore", floor);
        }
        if (s.minDaysSinceContact() != null) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM negotiation_log l WHERE l.case_id = c.case_id"
                    + " AND l.action IN (:contacts) AND l.occurred_at >= :contactSince)");
            p.put("contacts", CONTACTS);
            // a contact n days ago (or earlier) qualifies; one on any later day does not
            p.put("contactSince", today.minusDays(s.minDaysSinceContact()).plusDays(1).atStartOfDay());
        }
        if (s.promiseBroken() != null) {
            sql.append(s.promiseBroken() ? " AND EXISTS " : " AND NOT EXISTS ").append("""
                     (SELECT 1 FROM negotiation_log l WHERE l.case_id = c.case_id
                      AND ((l.action = 'PROMISE_CHECKED' AND l.result = :broken) OR l.action = 'INSTALLMENT_MISSED'))""");
            p.put("broken", CheckPaymentPromise.BROKEN);
        }
        return new Query(" " + sql + " ", p); // spaces: text blocks drop the ones at their ends
    }

    /** How many open cases the conditions select. */
    public long count(CaseSelection conditions, LocalDate today) {
        Query q = query(conditions, today);
        return jdbc.sql("SELECT COUNT(*) " + q.from()).params(q.params()).query(Long.class).single();
    }

    /**
     * Of those, how many wait for the next reminder round (the 一括催告 message can reach them) and have not been
     * reminded in bulk today.
     */
    public long countReady(CaseSelection conditions, LocalDate today) {
        Query q = query(conditions, today);
        Map<String, Object> params = new HashMap<>(q.params());
        params.put("message", MESSAGE);
        params.put("today", today);
        return jdbc.sql("SELECT COUNT(*) " + q.from() + " " + """
                 AND EXISTS (SELECT 1 FROM ACT_RU_EVENT_SUBSCR s JOIN ACT_RU_EXECUTION x ON x.ID_ = s.PROC_INST_ID_
                  WHERE s.EVENT_NAME_ = :message AND x.BUSINESS_KEY_ = c.case_id)
                 AND NOT EXISTS (SELECT 1 FROM bulk_reminder_target g WHERE g.case_id = c.case_id AND g.sent_on = :today)""")
                .params(params).query(Long.class).single();
    }

    /** The first {@code limit} cases, highest rank first (then largest amount). */
    public List<Match> list(CaseSelection conditions, LocalDate today, int limit) {
        Query q = query(conditions, today);
        return jdbc.sql("""
                SELECT c.case_id, c.addressee_no, t.name_kanji, t.district_code, COALESCE(o.owed, 0) AS owed,
                  r.rank_code, r.score, t.assigned_collector """ + q.from()
                        + " ORDER BY COALESCE(r.score, -1) DESC, COALESCE(o.owed, 0) DESC, c.case_id LIMIT "
                        + Math.max(0, limit))
                .params(q.params()).query((rs, n) -> {
                    int score = rs.getInt("score");
                    Integer s = rs.wasNull() ? null : score;
                    return new Match(rs.getString("case_id"), rs.getString("addressee_no"), rs.getString("name_kanji"),
                            rs.getString("district_code"), rs.getLong("owed"), rs.getString("rank_code"), s,
                            rs.getString("assigned_collector"));
                }).list();
    }

    /** Every case id the conditions select, in the order of {@link #list}. */
    public List<String> caseIds(CaseSelection conditions, LocalDate today) {
        Query q = query(conditions, today);
        return jdbc.sql("SELECT c.case_id " + q.from()
                        + " ORDER BY COALESCE(r.score, -1) DESC, COALESCE(o.owed, 0) DESC, c.case_id")
                .params(q.params()).query(String.class).list();
    }
}
