package jp.lg.collection.worklist;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.lg.collection.delinquency.CaseDataChanged;
import jp.lg.collection.delinquency.LimitationCheck;
import jp.lg.collection.delinquency.reminder.CheckPaymentPromise;
import jp.lg.collection.rules.CaseRankRule;
import jp.lg.collection.rules.CaseRankRule.Facts;
import jp.lg.collection.rules.CaseRankRule.Factor;
import jp.lg.collection.rules.CaseRankRule.Result;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The rank of each open case ({@link CaseRankRule} over the case's facts and the division's {@link RankSettings})
 * and what carries it into Tasklist: every open task of the case has the score as its <b>priority</b> (Tasklist
 * sorts by it) and the task-local variables {@value #RANK} (ランク), {@value #AMOUNT} (未納額, yen) and — while the
 * limitation is near — {@value #LIMITATION_NEAR} and {@value #LIMITATION_ON}, which the saved filters show, sort
 * and select by.
 *
 * <p>When it is computed: for a new task of the case (once a day; {@link CaseRankTasks}), after a payment or a
 * promise made or broken ({@link CaseDataChanged}, once committed), and for every open case nightly (02:15, after
 * the limitation check) — the age and the days to limitation move with the calendar.
 */
@Service
public class CaseRanks {

    public static final String RANK = "caseRank";
    public static final String AMOUNT = "amountOwed";
    public static final String LIMITATION_NEAR = "limitationNear";
    public static final String LIMITATION_ON = "limitationOn";

    private static final Logger LOG = LoggerFactory.getLogger(CaseRanks.class);
    private static final int CHUNK = 500;

    /** A case's rank with the facts it was computed from; {@code limitationNear}: within the filter's months. */
    public record Ranked(String caseId, Result result, Facts facts, boolean limitationNear, LocalDate computedOn) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final RankSettings settings;
    private final LimitationCheck limitation;
    private final ObjectProvider<ProcessEngine> engine;
    private final WorklistProperties practice;
    private final PlatformTransactionManager transactions;
    private final boolean nightly;

    public CaseRanks(JdbcClient jdbc, JdbcTemplate batch, RankSettings settings, LimitationCheck limitation,
            ObjectProvider<ProcessEngine> engine, WorklistProperties practice, PlatformTransactionManager transactions,
            @Value("${collection.sweep.nightly:true}") boolean nightly) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.settings = settings;
        this.limitation = limitation;
        this.engine = engine;
        this.practice = practice;
        this.transactions = transactions;
        this.nightly = nightly;
    }

    // ---- computing -------------------------------------------------------------------------------------------

    /** The rank of each of these cases today, from their rows (not stored). */
    public Map<String, Ranked> compute(Collection<String> caseIds, LocalDate today) {
        Map<String, Ranked> ranked = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return ranked;
        }
        RankSettings.Settings current = settings.current();
        Map<String, long[]> owed = new HashMap<>();
        Map<String, LocalDate> oldest = new HashMap<>();
        jdbc.sql("""
                SELECT case_id, COALESCE(SUM(principal - principal_paid + dunning_fee - dunning_fee_paid
                                             + late_charge - late_charge_paid), 0), MIN(due_date)
                FROM tax_bill WHERE status = 'OPEN' AND case_id IN (:cases) GROUP BY case_id""")
                .param("cases", caseIds).query((rs, n) -> {
                    owed.put(rs.getString(1), new long[] {rs.getLong(2)});
                    oldest.put(rs.getString(1), rs.getObject(3, LocalDate.class));
                    return null;
                }).list();
        Map<String, Integer> broken = counts("""
                SELECT case_id, COUNT(*) FROM negotiation_log WHERE case_id IN (:cases)
                  AND ((action = 'PROMISE_CHECKED' AND result = :broken) OR action = 'INSTALLMENT_MISSED')
                GROUP BY case_id""", caseIds);
        Map<String, Integer> found = counts(
                "SELECT case_id, COUNT(*) FROM found_asset WHERE case_id IN (:cases) GROUP BY case_id", caseIds);
        Map<String, String> imported = new HashMap<>();
        jdbc.sql("""
                SELECT c.case_id, t.collection_rank FROM delinquency_case c
                JOIN taxpayer t ON t.addressee_no = c.addressee_no WHERE c.case_id IN (:cases)""")
                .param("cases", caseIds).query((rs, n) -> imported.put(rs.getString(1), rs.getString(2))).list();
        long fullAt = current.weights().stream().filter(w -> w.factor() == Factor.LIMITATION_NEAR)
                .mapToLong(CaseRankRule.Weight::fullAt).findFirst().orElse(0);
        LocalDate nearFrom = today.plusMonths(practice.limitationNearMonths());
        LocalDate horizon = today.plusDays(2 * fullAt).isAfter(nearFrom) ? today.plusDays(2 * fullAt) : nearFrom;
        Map<String, LocalDate> extinction = limitation.extinctionDates(caseIds, horizon);
        for (String caseId : caseIds) {
            Facts facts = new Facts(owed.getOrDefault(caseId, new long[] {0})[0], oldest.get(caseId),
                    broken.getOrDefault(caseId, 0), found.getOrDefault(caseId, 0), extinction.get(caseId));
            Result result = CaseRankRule.rank(facts, today, current.weights(), current.bands(), imported.get(caseId));
            boolean near = facts.limitationOn() != null && !facts.limitationOn().isAfter(nearFrom);
            ranked.put(caseId, new Ranked(caseId, result, facts, near, today));
        }
        return ranked;
    }

    private Map<String, Integer> counts(String sql, Collection<String> caseIds) {
        Map<String, Integer> counts = new HashMap<>();
        var statement = jdbc.sql(sql).param("cases", caseIds);
        if (sql.contains(":broken")) {
            statement = statement.param("broken", CheckPaymentPromise.BROKEN);
        }
        statement.query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    // ---- storing -----------------------------------------------------------------------------------------------

    /** The stored rank of the case, if any. */
    public Optional<Ranked> stored(String caseId) {
        return jdbc.sql("SELECT * FROM case_rank WHERE case_id = ?").param(caseId).query((rs, n) -> {
            Facts facts = new Facts(rs.getLong("amount_owed"), rs.getObject("oldest_due_date", LocalDate.class),
                    rs.getInt("broken_promises"), rs.getInt("found_properties"),
                    rs.getObject("limitation_on", LocalDate.class));
            LocalDate on = rs.getObject("computed_on", LocalDate.class);
            boolean near = facts.limitationOn() != null
                    && !facts.limitationOn().isAfter(on.plusMonths(practice.limitationNearMonths()));
            return new Ranked(caseId, new Result(rs.getInt("score"), rs.getString("rank_code"),
                    rs.getString("computed_rank"), rs.getString("imported_rank"), Map.of()), facts, near, on);
        }).optional();
    }

    private void store(Collection<Ranked> ranks) {
        if (ranks.isEmpty()) {
            return;
        }
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        LocalDateTime now = Today.dateTime();
        for (Ranked r : ranks) {
            deletes.add(new Object[] {r.caseId()});
            inserts.add(new Object[] {r.caseId(), r.result().score(), r.result().rank(), r.result().computedRank(),
                    truncate(r.result().importedRank()), r.facts().amountOwed(), r.facts().oldestDueDate(),
                    r.facts().brokenPromises(), r.facts().foundProperties(), r.facts().limitationOn(),
                    r.computedOn(), now});
        }
        batch.batchUpdate("DELETE FROM case_rank WHERE case_id = ?", deletes);
        batch.batchUpdate("""
                INSERT INTO case_rank (case_id, score, rank_code, computed_rank, imported_rank, amount_owed,
                  oldest_due_date, broken_promises, found_properties, limitation_on, computed_on, computed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
    }

    private static String truncate(String code) {
        return code == null ? null : code.length() > 2 ? code.substring(0, 2) : code;
    }

    // ---- when ----------------------------------------------------------------------------------------------

    /**
     * The rank a new task of the case takes: today's stored one, else computed and stored now. Empty for a
     * business key that is not an open case (breaches, subcontracts, unmatched payments).
     */
    public Optional<Ranked> forNewTask(String caseId) {
        if (caseId == null) {
            return Optional.empty();
        }
        Optional<Ranked> stored = stored(caseId);
        LocalDate today = Today.date();
        if (stored.isPresent() && stored.get().computedOn().equals(today)) {
            return stored;
        }
        boolean open = jdbc.sql("SELECT COUNT(*) FROM delinquency_case WHERE case_id = ? AND status = 'OPEN'")
                .param(caseId).query(Long.class).single() > 0;
        if (!open) {
            return Optional.empty();
        }
        Ranked ranked = compute(List.of(caseId), today).get(caseId);
        store(List.of(ranked));
        return Optional.of(ranked);
    }

    /** Recomputes the case now and carries the result to its open tasks. */
    @Transactional
    public Optional<Ranked> recompute(String caseId) {
        if (jdbc.sql("SELECT COUNT(*) FROM delinquency_case WHERE case_id = ? AND status = 'OPEN'").param(caseId)
                .query(Long.class).single() == 0) {
            return Optional.empty();
        }
        Ranked ranked = compute(List.of(caseId), Today.date()).get(caseId);
        store(List.of(ranked));
        applyToTasks(Map.of(caseId, ranked));
        return Optional.of(ranked);
    }

    /** A payment, a promise: recomputed once the change is committed, in a transaction of its own. */
    @TransactionalEventListener(fallbackExecution = true)
    public void changed(CaseDataChanged change) {
        try {
            TransactionTemplate own = new TransactionTemplate(transactions);
            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            own.executeWithoutResult(status -> recompute(change.caseId()));
        } catch (RuntimeException e) {
            // the change itself is committed; the nightly run puts the rank right
            LOG.warn("ランクの再計算に失敗しました ({}): {}", change.caseId(), e.toString());
        }
    }

    @Scheduled(cron = "${collection.worklist.rank-cron:0 15 2 * * *}", zone = "Asia/Tokyo")
    public void nightly() {
        if (nightly) {
            recomputeAll();
        }
    }

    /** Open cases never ranked yet (a case with no task so far) are ranked now; how many. */
    public int rankUnranked() {
        List<String> missing = jdbc.sql("""
                SELECT c.case_id FROM delinquency_case c WHERE c.status = 'OPEN'
                AND NOT EXISTS (SELECT 1 FROM case_rank r WHERE r.case_id = c.case_id) ORDER BY c.case_id""")
                .query(String.class).list();
        LocalDate today = Today.date();
        for (int from = 0; from < missing.size(); from += CHUNK) {
            store(compute(missing.subList(from, Math.min(missing.size(), from + CHUNK)), today).values());
        }
        return missing.size();
    }

    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "case-ranks");
                thread.setDaemon(true);
                return thread;
            });

    @jakarta.annotation.PreDestroy
    void stop() {
        background.shutdownNow();
    }

    private final java.util.concurrent.atomic.AtomicInteger inBackground = new java.util.concurrent.atomic.AtomicInteger();

    /** {@link #recomputeAll} on a thread of its own (after the weights changed: every case moves). */
    public void recomputeAllInBackground() {
        inBackground.incrementAndGet();
        background.submit(() -> {
            try {
                recomputeAll();
            } catch (RuntimeException e) {
                LOG.warn("ランクの再計算に失敗しました (夜間処理で再計算します): {}", e.toString());
            } finally {
                inBackground.decrementAndGet();
            }
        });
    }

    /** Whether no recomputation is waiting or running in the background. */
    public boolean idle() {
        return inBackground.get() == 0;
    }

    /** Every open case, a chunk at a time; tasks are touched only where something they show has changed. */
    public int recomputeAll() {
        List<String> open = jdbc.sql("SELECT case_id FROM delinquency_case WHERE status = 'OPEN' ORDER BY case_id")
                .query(String.class).list();
        LocalDate today = Today.date();
        for (int from = 0; from < open.size(); from += CHUNK) {
            List<String> chunk = open.subList(from, Math.min(open.size(), from + CHUNK));
            Map<String, Ranked> ranks = compute(chunk, today);
            store(ranks.values());
            applyToTasks(ranks);
        }
        return open.size();
    }

    // ---- into the tasks ----------------------------------------------------------------------------------------

    /** Sets a task being created to the rank of its case (the create listener of every case task). */
    static void apply(DelegateTask task, Ranked ranked) {
        task.setPriority(ranked.result().score());
        task.setVariableLocal(RANK, ranked.result().rank());
        task.setVariableLocal(AMOUNT, ranked.facts().amountOwed());
        if (ranked.limitationNear()) {
            task.setVariableLocal(LIMITATION_NEAR, true);
            task.setVariableLocal(LIMITATION_ON, Today.startOf(ranked.facts().limitationOn()));
        }
    }

    private record OpenTask(String taskId, String caseId) {
    }

    /**
     * The open tasks of these cases (of the case's process and its phases: the business key is the case id) take
     * their new rank. Done inside one engine command without authorization checks: whoever's payment or promise
     * caused it, every task of the case follows, the managers' approvals too.
     */
    void applyToTasks(Map<String, Ranked> ranks) {
        if (ranks.isEmpty()) {
            return;
        }
        List<OpenTask> tasks = jdbc.sql("""
                SELECT t.ID_, p.BUSINESS_KEY_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_
                WHERE p.BUSINESS_KEY_ IN (:cases)""").param("cases", ranks.keySet())
                .query((rs, n) -> new OpenTask(rs.getString(1), rs.getString(2))).list();
        if (tasks.isEmpty()) {
            return;
        }
        var configuration = (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
        configuration.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            try {
                for (OpenTask open : tasks) {
                    TaskEntity task = context.getTaskManager().findTaskById(open.taskId());
                    if (task != null && !task.isSuspended()) {
                        update(task, ranks.get(open.caseId()));
                    }
                }
            } finally {
                context.enableAuthorizationCheck();
            }
            return null;
        });
    }

    private static void update(TaskEntity task, Ranked ranked) {
        if (task.getPriority() != ranked.result().score()) {
            task.setPriority(ranked.result().score());
        }
        setIfChanged(task, RANK, ranked.result().rank());
        setIfChanged(task, AMOUNT, ranked.facts().amountOwed());
        if (ranked.limitationNear()) {
            setIfChanged(task, LIMITATION_NEAR, true);
            setIfChanged(task, LIMITATION_ON, Today.startOf(ranked.facts().limitationOn()));
        } else if (task.getVariableLocal(LIMITATION_NEAR) != null) {
            task.removeVariableLocal(LIMITATION_NEAR);
            task.removeVariableLocal(LIMITATION_ON);
        }
    }

    private static void setIfChanged(TaskEntity task, String name, Object value) {
        if (!Objects.equals(task.getVariableLocal(name), value)) {
            task.setVariableLocal(name, value);
        }
    }

    /** The factor labels with their points, for the case view. */
    public static String explain(Result result) {
        StringBuilder text = new StringBuilder();
        result.points().forEach((factor, points) -> {
            if (points > 0) {
                text.append(text.isEmpty() ? "" : "、").append(factor.label()).append(' ').append(points);
            }
        });
        return text.toString();
    }

}
