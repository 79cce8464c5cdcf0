package jp.lg.collection.worklist;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 一括催告: a reminder round for every case a saved selection finds, at once. Each case goes the engine's own way:
 * the case waiting for its next round (reminders.bpmn, the event-based gateway 「次の催告」) is told
 * {@value CaseSelections#MESSAGE} (「一括催告の指示」), so its round starts now instead of after the 14 days — the
 * 催告書 is issued by 「催告書発送」 into the print queue (ReminderLetter, the round counted) and the collector's
 * 「電話催告・納付交渉」 task follows, as in any round; the case's negotiation log records the bulk reminder. A case
 * elsewhere (督促 not yet over, a call or a promise pending, 分納, 財産調査 and after) is left as it is, with the
 * reason.
 *
 * <p>A run is a row ({@code bulk_reminder_run}) with the selection's cases frozen as its targets; the cases are
 * worked in the background, {@code collection.worklist.bulk-chunk} per transaction, and the run's progress is
 * read from its targets. Idempotent: one run per selection and day (starting it again returns the same run, and
 * resumes it if this node is not working it), and a case is reminded in bulk at most once a day whichever
 * selection found it (the unique index on {@code bulk_reminder_target (case_id, sent_on)}).
 */
@Service
public class BulkReminders {

    public enum TargetStatus {
        PENDING("未処理"), SENT("催告開始"), SKIPPED("対象外"), FAILED("失敗");

        private final String label;

        TargetStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A run and where it stands.
     *
     * @param alreadyRun the run of this selection today existed before this request
     * @param reasons    why cases were left out, with how many
     */
    public record Run(long id, long selectionId, String selectionName, LocalDate runOn, String conditions, String status,
            int matched, int sent, int skipped, int failed, int pending, String startedBy, LocalDateTime startedAt,
            LocalDateTime finishedAt, Map<String, Integer> reasons, boolean alreadyRun) {

        public int processed() {
            return sent + skipped + failed;
        }

        /** 0–100. */
        public int percent() {
            return matched == 0 ? 100 : processed() * 100 / matched;
        }

        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    /** What a selection would find now. */
    public record Preview(String conditions, long matched, long ready, List<CaseSelections.Match> first) {
    }

    /** A case of a run. */
    public record Target(String caseId, int seq, TargetStatus status, String reason, LocalDate sentOn) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(BulkReminders.class);
    private static final int PREVIEW_ROWS = 50;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final CaseSelections selections;
    private final CaseRanks ranks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final NegotiationLog log;
    private final TransactionTemplate transaction;
    private final WorklistProperties practice;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bulk-reminder");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> working = ConcurrentHashMap.newKeySet();

    public BulkReminders(JdbcClient jdbc, JdbcTemplate batch, CaseSelections selections, CaseRanks ranks,
            RuntimeService runtime, RepositoryService repository, NegotiationLog log,
            PlatformTransactionManager transactions, WorklistProperties practice) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.selections = selections;
        this.ranks = ranks;
        this.runtime = runtime;
        this.repository = repository;
        this.log = log;
        this.transaction = new TransactionTemplate(transactions);
        this.practice = practice;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** The count (and the first cases) the conditions select today, and how many a round can start for. */
    public Preview preview(CaseSelection conditions) {
        CaseSelection checked = conditions.checked();
        LocalDate today = Today.date();
        if (checked.minRank() != null) {
            ranks.rankUnranked();
        }
        return new Preview(checked.describe(), selections.count(checked, today), selections.countReady(checked, today),
                selections.list(checked, today, PREVIEW_ROWS));
    }

    /**
     * Starts today's run of the selection, or returns it when it has been started before (resuming it when it was
     * left unfinished, e.g. by a restart).
     */
    public Run start(long selectionId, String by) {
        CaseSelection selection = selections.require(selectionId);
        LocalDate today = Today.date();
        Optional<Long> existing = runOf(selectionId, today);
        if (existing.isPresent()) {
            Run run = run(existing.get(), true);
            if (run.running()) {
                submit(run.id());
            }
            return run;
        }
        if (selection.minRank() != null) {
            ranks.rankUnranked();
        }
        Long runId;
        try {
            runId = transaction.execute(status -> create(selection, today, by));
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            // another request started the same run a moment ago
            return run(runOf(selectionId, today).orElseThrow(), true);
        }
        submit(runId);
        return run(runId, false);
    }

    private Long create(CaseSelection selection, LocalDate today, String by) {
        List<String> caseIds = selections.caseIds(selection, today);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO bulk_reminder_run (selection_id, run_on, conditions, status, matched, started_by, started_at)
                VALUES (?, ?, ?, 'RUNNING', ?, ?, ?)""")
                .params(selection.id(), today, truncate(selection.describe(), 1000), caseIds.size(), by,
                        Today.dateTime())
                .update(keys, "id");
        long runId = keys.getKey().longValue();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < caseIds.size(); i++) {
            rows.add(new Object[] {runId, caseIds.get(i), i + 1});
        }
        batch.batchUpdate("INSERT INTO bulk_reminder_target (run_id, case_id, seq, status) VALUES (?, ?, ?, 'PENDING')",
                rows);
        return runId;
    }

    private Optional<Long> runOf(long selectionId, LocalDate day) {
        return jdbc.sql("SELECT id FROM bulk_reminder_run WHERE selection_id = ? AND run_on = ?")
                .params(selectionId, day).query(Long.class).optional();
    }

    private void submit(long runId) {
        if (working.add(runId)) {
            worker.submit(() -> {
                try {
                    work(runId);
                } catch (RuntimeException e) {
                    LOG.error("一括催告 {} が中断しました (同じ抽出条件で再実行すると続きから処理します)", runId, e);
                } finally {
                    working.remove(runId);
                }
            });
        }
    }

    /** Works the run's pending cases a chunk at a time until none is left; then the run is done. */
    void work(long runId) {
        RunHead head = head(runId);
        while (true) {
            List<String> chunk = jdbc.sql("""
                    SELECT case_id FROM bulk_reminder_target WHERE run_id = ? AND status = 'PENDING'
                    ORDER BY seq LIMIT ?""").params(runId, practice.bulkChunk()).query(String.class).list();
            if (chunk.isEmpty()) {
                break;
            }
            try {
                transaction.executeWithoutResult(status -> chunk.forEach(caseId -> remind(head, caseId)));
            } catch (RuntimeException chunkFailed) {
                // one case spoiled the chunk: each again on its own, so only that one is marked failed
                for (String caseId : chunk) {
                    try {
                        transaction.executeWithoutResult(status -> remind(head, caseId));
                    } catch (RuntimeException e) {
                        LOG.warn("一括催告 {}: 案件 {} を処理できませんでした", runId, caseId, e);
                        mark(runId, caseId, TargetStatus.FAILED, truncate("処理できませんでした: " + e.getMessage(), 300),
                                null);
                    }
                }
            }
        }
        jdbc.sql("UPDATE bulk_reminder_run SET status = 'DONE', finished_at = ? WHERE id = ? AND status = 'RUNNING'")
                .params(Today.dateTime(), runId).update();
    }

    private record RunHead(long id, String selectionName, String conditions, String startedBy, LocalDate runOn) {
    }

    private RunHead head(long runId) {
        return jdbc.sql("""
                SELECT r.id, s.name, r.conditions, r.started_by, r.run_on FROM bulk_reminder_run r
                JOIN case_selection s ON s.id = r.selection_id WHERE r.id = ?""").param(runId)
                .query((rs, n) -> new RunHead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class))).single();
    }

    /** One case: its round starts now if it waits for one, else it is left with the reason. */
    private void remind(RunHead run, String caseId) {
        LocalDate today = Today.date();
        boolean remindedToday = jdbc.sql("SELECT COUNT(*) FROM bulk_reminder_target WHERE case_id = ? AND sent_on = ?")
                .params(caseId, today).query(Long.class).single() > 0;
        if (remindedToday) {
            mark(run.id(), caseId, TargetStatus.SKIPPED, "本日すでに一括催告しました", null);
            return;
        }
        var started = runtime.createMessageCorrelation(CaseSelections.MESSAGE).processInstanceBusinessKey(caseId)
                .correlateAllWithResult();
        if (started.isEmpty()) {
            mark(run.id(), caseId, TargetStatus.SKIPPED, whyNot(caseId), null);
            return;
        }
        mark(run.id(), caseId, TargetStatus.SENT, null, today);
        log.record(caseId, NegotiationAction.BULK_REMINDER, "一括催告「" + run.selectionName() + "」: 催告書の発送と電話催告を開始",
                "抽出条件: " + run.conditions(), run.startedBy());
    }

    private void mark(long runId, String caseId, TargetStatus status, String reason, LocalDate sentOn) {
        // only a pending case: what another worker of the same run has done stays as it is
        jdbc.sql("""
                UPDATE bulk_reminder_target SET status = ?, reason = ?, sent_on = ?
                WHERE run_id = ? AND case_id = ? AND status = 'PENDING'""")
                .params(status.name(), reason, sentOn, runId, caseId).update();
    }

    /** Why a case's round cannot start now, in the words of the models. */
    String whyNot(String caseId) {
        List<ProcessInstance> running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .active().list();
        if (running.isEmpty()) {
            return "案件の処理が止まっているか終了しています";
        }
        List<String> phases = new ArrayList<>();
        for (ProcessInstance instance : running) {
            String key = repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
            if (CasePhase.REMINDERS.processKey().equals(key)) {
                List<String> at = runtime.getActiveActivityIds(instance.getId());
                if (at.contains("Task_PhoneReminder")) {
                    return "電話催告・納付交渉のタスクが未処理です";
                }
                if (at.contains("Task_SendReminderLetter")) {
                    return "催告書を発送中です";
                }
                if (at.contains("Event_PromiseDay") || at.contains(WorklistFilters.PROMISE_DAY_TASK)) {
                    return "納付約束の期日を待っています";
                }
            }
            for (CasePhase phase : CasePhase.values()) {
                if (phase.processKey().equals(key) && !phases.contains(phase.label())) {
                    phases.add(phase.label());
                }
            }
        }
        return phases.isEmpty() ? "催告できる段階にありません"
                : "催告できる段階にありません (" + String.join("・", phases) + ")";
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    public Run run(long runId) {
        return run(runId, false);
    }

    private Run run(long runId, boolean alreadyRun) {
        Map<TargetStatus, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT status, COUNT(*) FROM bulk_reminder_target WHERE run_id = ? GROUP BY status").param(runId)
                .query((rs, n) -> counts.put(TargetStatus.valueOf(rs.getString(1)), rs.getInt(2))).list();
        Map<String, Integer> reasons = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT reason, COUNT(*) FROM bulk_reminder_target WHERE run_id = ? AND reason IS NOT NULL
                GROUP BY reason ORDER BY COUNT(*) DESC, reason""").param(runId)
                .query((rs, n) -> reasons.put(rs.getString(1), rs.getInt(2))).list();
        return jdbc.sql("""
                SELECT r.*, s.name FROM bulk_reminder_run r JOIN case_selection s ON s.id = r.selection_id
                WHERE r.id = ?""").param(runId).query((rs, n) -> new Run(rs.getLong("id"), rs.getLong("selection_id"),
                        rs.getString("name"), rs.getObject("run_on", LocalDate.class), rs.getString("conditions"),
                        rs.getString("status"), rs.getInt("matched"), counts.getOrDefault(TargetStatus.SENT, 0),
                        counts.getOrDefault(TargetStatus.SKIPPED, 0), counts.getOrDefault(TargetStatus.FAILED, 0),
                        counts.getOrDefault(TargetStatus.PENDING, 0), rs.getString("started_by"),
                        rs.getObject("started_at", LocalDateTime.class),
                        rs.getObject("finished_at", LocalDateTime.class), reasons, alreadyRun))
                .optional().orElseThrow(() -> new IllegalArgumentException("runId: 一括催告 " + runId + " はありません"));
    }

    /** The runs of a selection, newest first. */
    public List<Run> runsOf(long selectionId) {
        return jdbc.sql("SELECT id FROM bulk_reminder_run WHERE selection_id = ? ORDER BY run_on DESC, id DESC")
                .param(selectionId).query(Long.class).list().stream().map(this::run).toList();
    }

    /** The cases of a run, in order; {@code status} null: all. */
    public List<Target> targets(long runId, TargetStatus status) {
        run(runId);
        return jdbc.sql("SELECT case_id, seq, status, reason, sent_on FROM bulk_reminder_target WHERE run_id = ?"
                        + (status == null ? "" : " AND status = '" + status.name() + "'") + " ORDER BY seq")
                .param(runId).query((rs, n) -> new Target(rs.getString(1), rs.getInt(2),
                        TargetStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
