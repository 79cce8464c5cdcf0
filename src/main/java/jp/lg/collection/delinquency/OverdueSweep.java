package jp.lg.collection.delinquency;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.system.DatabaseOutage;
import jp.lg.collection.system.RunInterrupted;
import jp.lg.collection.system.RunLeases;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 名寄せ: finds installments unpaid after their due date and gathers them per taxpayer into one case. A
 * taxpayer with an open case gets the new installments added to it (the case then issues their dunning
 * notices); otherwise a case is opened and its process started, which issues the 督促状 at once and waits
 * for the 10 days of 法331①一.
 *
 * <p>Idempotent and safe on several nodes: a date is claimed once (the primary key of {@code sweep_run}); a
 * second sweep of the same date — a re-run, or the nightly sweep of another node at the same moment —
 * returns the first one's result (or, while it is still running, says so) and opens nothing. An installment
 * joins a case once ({@code case_id IS NULL} guard) and a taxpayer has at most one open case (unique
 * {@code open_addressee_no}).
 *
 * <p>Recoverable (issue 20): the claim is a lease ({@link RunLeases}) — the node's id and {@code lease_until},
 * renewed by a heartbeat and by every committed chunk, whose counts are added to the row in the chunk's own
 * transaction (so the row always tells exactly what is committed). A run killed with its JVM, or left by a
 * database that did not come back, lets its lease expire; the next call of the same date — or this node's
 * resumer, {@link SweepController#resumeInterrupted()} — takes it over with a new token and sweeps what is still
 * without a case. A finished run whose taxpayers failed is taken over by the next call of its date too, which
 * retries them. The old holder, if it still lives, finds its token gone and commits nothing more. A lost
 * database is waited for ({@code collection.sweep.outage-wait}, 2 minutes) and the chunk retried; if it stays
 * away the run releases its lease and the call answers 503 ({@link RunInterrupted}).
 *
 * <p>Fast at a city's scale: taxpayers are swept in chunks ({@code collection.sweep.chunk-size}), each chunk
 * one transaction and one engine command, so the engine flushes the chunk's process instances in JDBC
 * batches; chunks run on {@code collection.sweep.workers} threads. A chunk that fails is retried taxpayer
 * by taxpayer, so one bad record costs only itself; it is counted in {@code failed} and logged (addressee
 * number and reason; no My Number is ever read here) and picked up by the next sweep.
 *
 * <p>Case numbers come from a sequence, which no rollback returns: a killed or failed chunk leaves a gap of at
 * most its size (chunk size × workers per crash). A case number is an identifier, not a ledger number; a
 * number never given twice is worth more than numbers without gaps (docs/operations.md).
 */
@Service
public class OverdueSweep {

    public static final String PROCESS_KEY = "DelinquencyCase";
    public static final String MESSAGE_BILL_ADDED = "Message_OverdueBillAdded";
    private static final Logger LOG = LoggerFactory.getLogger(OverdueSweep.class);

    /**
     * @param alreadyRun  true when this call found the date already swept (or being swept) and did nothing
     * @param running     true when that sweep holds a live lease and has not finished (its counts are what it
     *                    has committed so far)
     * @param failed      taxpayers whose case could not be opened or joined (see the log); retried by the next
     *                    call of the same date and by the next night
     * @param resumed     true when this call took over a run that had died (or had failed taxpayers) and finished it
     * @param interrupted true when the run has neither finished nor a live lease: its node died or its database
     *                    went away; the next call of the date takes it over
     * @param attempts    how many runs have worked on this date (1 unless taken over)
     * @param node        the node that holds (or last held) the run
     * @param leaseUntil  while running: when the lease expires if the node stops renewing it
     * @param lastError   why the last attempt stopped, when it did not finish
     * Counts are the date's totals over all its attempts.
     */
    public record Result(LocalDate asOf, int billsFound, int casesOpened, int billsJoined, boolean alreadyRun,
            boolean running, int failed, boolean resumed, boolean interrupted, int attempts, String node,
            LocalDateTime leaseUntil, String lastError) {
    }

    /** The run's token was taken by another node (its lease had expired): this node stops, committing nothing more. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(LocalDate asOf) {
            super("overdue sweep " + asOf + ": lease taken over by another node");
        }
    }

    /** A claimed run (its token) or the earlier run's answer. */
    private record Claim(String token, boolean resumed, Result earlier) {
    }

    private final TaxBillRepository bills;
    private final TaxpayerRepository taxpayers;
    private final DelinquencyCaseRepository cases;
    private final NegotiationLog log;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final TransactionTemplate inOwnTransaction;
    private final RunLeases leases;
    private final int chunkSize;
    private final int workers;
    private final Duration outageWait;

    public OverdueSweep(TaxBillRepository bills, TaxpayerRepository taxpayers, DelinquencyCaseRepository cases,
            NegotiationLog log, ProcessEngine engine, JdbcClient jdbc, PlatformTransactionManager transactions,
            RunLeases leases, @Value("${collection.sweep.chunk-size:100}") int chunkSize,
            @Value("${collection.sweep.workers:2}") int workers,
            @Value("${collection.sweep.outage-wait:PT2M}") Duration outageWait) {
        this.bills = bills;
        this.taxpayers = taxpayers;
        this.cases = cases;
        this.log = log;
        this.engine = engine;
        this.jdbc = jdbc;
        this.inOwnTransaction = new TransactionTemplate(transactions);
        this.inOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.leases = leases;
        this.chunkSize = Math.max(1, chunkSize);
        this.workers = Math.max(1, workers);
        this.outageWait = outageWait;
    }

    /** Sweeps one date; call it outside any transaction (it commits chunk by chunk, on several threads). */
    public Result sweep(LocalDate asOf, String runBy) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the overdue sweep commits chunk by chunk: call it outside a transaction");
        }
        Claim claim;
        try {
            claim = claim(asOf, runBy);
        } catch (RuntimeException e) {
            throw DatabaseOutage.is(e) ? interrupted(asOf, e) : e;
        }
        if (claim.earlier() != null) {
            return claim.earlier();
        }
        String token = claim.token();
        if (claim.resumed()) {
            LOG.warn("overdue sweep {}: taking over the interrupted run (or its failed taxpayers) on {}", asOf,
                    leases.nodeId());
        }
        var counts = new Counts();
        try (var heartbeat = leases.beat("overdue sweep " + asOf, () -> renew(asOf, token))) {
            Map<String, List<TaxBill>> byTaxpayer = new LinkedHashMap<>();
            for (TaxBill bill : withDatabase(asOf, () -> bills.findOverdueWithoutCase(asOf))) {
                byTaxpayer.computeIfAbsent(bill.addresseeNo(), k -> new ArrayList<>()).add(bill);
            }
            List<List<Map.Entry<String, List<TaxBill>>>> chunks = new ArrayList<>();
            List<Map.Entry<String, List<TaxBill>>> chunk = new ArrayList<>();
            for (var entry : byTaxpayer.entrySet()) {
                chunk.add(entry);
                if (chunk.size() == chunkSize) {
                    chunks.add(chunk);
                    chunk = new ArrayList<>();
                }
            }
            if (!chunk.isEmpty()) {
                chunks.add(chunk);
            }
            // the definition every case of this night starts (the latest deployed), looked up once, not per case
            String definitionId = withDatabase(asOf, () -> engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId());
            runAll(chunks, c -> sweepChunk(c, asOf, definitionId, token, heartbeat, counts));
            heartbeat.close();
            withDatabase(asOf, () -> inOwnTransaction.execute(tx -> {
                if (jdbc.sql("""
                        UPDATE sweep_run SET finished_at = ?, lease_until = NULL, heartbeat_at = ?, last_error = NULL
                        WHERE as_of = ? AND run_token = ?
                        """).params(Today.dateTime(), leases.now(), asOf, token).update() == 0) {
                    throw new LeaseLost(asOf);
                }
                return null;
            }));
        } catch (RuntimeException e) {
            LeaseLost lost = cause(e, LeaseLost.class);
            if (lost != null) {
                LOG.warn("overdue sweep {}: another node took the run over; this node stopped after {} cases", asOf,
                        counts.opened);
                return read(asOf, true, false).orElseThrow(() -> e);
            }
            release(asOf, token, e);
            throw DatabaseOutage.is(e) ? interrupted(asOf, e) : e;
        }
        LOG.info("overdue sweep {}: {} bills, {} cases opened, {} bills joined open cases, {} taxpayers failed{}",
                asOf, counts.found, counts.opened, counts.joined, counts.failed, claim.resumed() ? " (resumed)" : "");
        return read(asOf, false, claim.resumed()).orElseThrow();
    }

    /** The run of a date as the table holds it now (for operators: {@code GET /api/sweeps/{asOf}}). */
    public Optional<Result> status(LocalDate asOf) {
        return read(asOf, true, false);
    }

    /** Dates of the last week whose run died (no finish, lease expired): the resumer's work. */
    public List<LocalDate> interruptedRuns() {
        return jdbc.sql("""
                SELECT as_of FROM sweep_run WHERE finished_at IS NULL AND (lease_until IS NULL OR lease_until < ?)
                  AND as_of >= ? ORDER BY as_of
                """).params(leases.now(), Today.date().minusDays(7)).query(LocalDate.class).list();
    }

    /**
     * Claims the date in its own, immediately committed transaction: a new row, or — when the date is taken — the
     * row of a dead run (no finish, lease expired) or of a finished run with failed taxpayers, under a new token.
     * Otherwise returns the earlier run's answer (a concurrent claim waits on the key or the row, then loses).
     */
    private Claim claim(LocalDate asOf, String runBy) {
        String token = RunLeases.newToken();
        try {
            inOwnTransaction.executeWithoutResult(tx -> jdbc.sql("""
                    INSERT INTO sweep_run (as_of, started_at, bills_found, cases_opened, bills_joined, failed, run_by,
                      node_id, run_token, lease_until, heartbeat_at, attempts)
                    VALUES (?, ?, 0, 0, 0, 0, ?, ?, ?, ?, ?, 1)
                    """).params(asOf, Today.dateTime(), runBy, leases.nodeId(), token, leases.expiry(), leases.now())
                    .update());
            return new Claim(token, false, null);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
            // the key is taken (PostgreSQL: duplicate key; H2 may also report the racing insert as a lock conflict)
            int tookOver;
            try {
                tookOver = inOwnTransaction.execute(tx -> jdbc.sql("""
                        UPDATE sweep_run SET node_id = ?, run_token = ?, lease_until = ?, heartbeat_at = ?,
                          attempts = attempts + 1, failed = 0, finished_at = NULL, last_error = NULL, run_by = ?
                        WHERE as_of = ? AND (finished_at IS NULL AND (lease_until IS NULL OR lease_until < ?)
                          OR finished_at IS NOT NULL AND failed > 0)
                        """).params(leases.nodeId(), token, leases.expiry(), leases.now(), runBy, asOf, leases.now())
                        .update());
            } catch (ConcurrencyFailureException racing) {
                tookOver = 0; // another caller is taking it over at this moment (H2's lock timeout)
            }
            if (tookOver == 1) {
                return new Claim(token, true, null);
            }
            return new Claim(null, false, read(asOf, true, false).orElseThrow(() -> taken));
        }
    }

    private Optional<Result> read(LocalDate asOf, boolean alreadyRun, boolean resumed) {
        LocalDateTime now = leases.now();
        return jdbc.sql("""
                SELECT bills_found, cases_opened, bills_joined, finished_at, failed, lease_until, attempts, node_id,
                  last_error FROM sweep_run WHERE as_of = ?
                """).param(asOf).query((rs, n) -> {
                    boolean finished = rs.getObject(4, LocalDateTime.class) != null;
                    LocalDateTime lease = rs.getObject(6, LocalDateTime.class);
                    boolean live = !finished && lease != null && lease.isAfter(now);
                    return new Result(asOf, rs.getInt(1), rs.getInt(2), rs.getInt(3), alreadyRun, live, rs.getInt(5),
                            resumed, !finished && !live, rs.getInt(7), rs.getString(8), live ? lease : null,
                            rs.getString(9));
                }).optional();
    }

    /** The heartbeat: false when the token is gone (another node took the run over). */
    private boolean renew(LocalDate asOf, String token) {
        return inOwnTransaction.execute(tx -> jdbc.sql("""
                UPDATE sweep_run SET lease_until = ?, heartbeat_at = ? WHERE as_of = ? AND run_token = ?
                """).params(leases.expiry(), leases.now(), asOf, token).update()) == 1;
    }

    /**
     * A chunk's counts, added to the row in the chunk's own transaction (so they are exactly what is committed),
     * renewing the lease; a token gone rolls the chunk back.
     */
    private void progress(LocalDate asOf, String token, Counts done) {
        if (jdbc.sql("""
                UPDATE sweep_run SET bills_found = bills_found + ?, cases_opened = cases_opened + ?,
                  bills_joined = bills_joined + ?, lease_until = ?, heartbeat_at = ?
                WHERE as_of = ? AND run_token = ?
                """).params(done.found.get(), done.opened.get(), done.joined.get(), leases.expiry(), leases.now(),
                asOf, token).update() == 0) {
            throw new LeaseLost(asOf);
        }
    }

    /** A run that stops without finishing gives its lease back at once, saying why (best effort: the database may be away). */
    private void release(LocalDate asOf, String token, RuntimeException why) {
        try {
            String reason = String.valueOf(why.getMessage());
            inOwnTransaction.executeWithoutResult(tx -> jdbc.sql("""
                    UPDATE sweep_run SET lease_until = ?, last_error = ? WHERE as_of = ? AND run_token = ?
                    """).params(leases.now(), (DatabaseOutage.is(why) ? "データベース接続断: " : "") + why.getClass()
                    .getSimpleName() + ": " + (reason.length() > 400 ? reason.substring(0, 400) : reason), asOf,
                    token).update());
        } catch (RuntimeException alsoFailed) {
            LOG.warn("overdue sweep {}: could not release the lease ({}); it expires by itself", asOf,
                    alsoFailed.toString());
        }
    }

    private RunInterrupted interrupted(LocalDate asOf, RuntimeException cause) {
        LOG.error("overdue sweep {}: the database is unavailable; run interrupted", asOf, cause);
        return new RunInterrupted("asOf: データベースに接続できないため " + asOf + " の名寄せを中断しました。"
                + "処理済みの案件はそのままです。データベースの復旧後に同じ日付で再実行すると、残りを処理します", cause);
    }

    /**
     * Runs {@code work}; while the database is away (restarted, unreachable) waits and tries again, up to
     * {@code collection.sweep.outage-wait}; any other failure at once.
     */
    private <T> T withDatabase(LocalDate asOf, java.util.function.Supplier<T> work) {
        long deadline = System.nanoTime() + outageWait.toNanos();
        long pause = 500;
        while (true) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!DatabaseOutage.is(e) || cause(e, LeaseLost.class) != null || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.warn("overdue sweep {}: database unavailable ({}); retrying in {} ms", asOf, e.toString(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, 8_000);
            }
        }
    }

    private void sweepChunk(List<Map.Entry<String, List<TaxBill>>> chunk, LocalDate asOf, String definitionId,
            String token, RunLeases.Heartbeat heartbeat, Counts counts) {
        if (heartbeat.lost()) {
            throw new LeaseLost(asOf);
        }
        boolean[] retried = {false};
        try {
            var done = withDatabase(asOf, () -> {
                // after a lost connection the commit may have gone through: sweep only what is still without a case
                var todo = retried[0] ? stillWithoutCase(chunk) : chunk;
                retried[0] = true;
                return inOwnTransaction.execute(tx -> {
                    Counts d = inOneEngineCommand(() -> sweepTaxpayers(todo, asOf, definitionId));
                    progress(asOf, token, d);
                    return d;
                });
            });
            counts.add(done);
        } catch (RuntimeException chunkFailed) {
            if (cause(chunkFailed, LeaseLost.class) != null || DatabaseOutage.is(chunkFailed)) {
                throw chunkFailed;
            }
            if (chunk.size() == 1) {
                var entry = chunk.get(0);
                counts.failed.incrementAndGet();
                LOG.warn("overdue sweep {}: taxpayer {} ({} bills) not swept: {}", asOf, entry.getKey(),
                        entry.getValue().size(), chunkFailed.toString());
                withDatabase(asOf, () -> inOwnTransaction.execute(tx -> jdbc.sql(
                        "UPDATE sweep_run SET failed = failed + 1 WHERE as_of = ? AND run_token = ?")
                        .params(asOf, token).update()));
                return;
            }
            // one taxpayer spoils the chunk's transaction: sweep each on its own so only that one is left out
            LOG.warn("overdue sweep {}: a chunk of {} taxpayers failed ({}); sweeping them one by one", asOf,
                    chunk.size(), chunkFailed.toString());
            for (var entry : chunk) {
                sweepChunk(List.of(entry), asOf, definitionId, token, heartbeat, counts);
            }
        }
    }

    /** The chunk's entries with only the bills that still have no case (a chunk retried after a lost connection). */
    private List<Map.Entry<String, List<TaxBill>>> stillWithoutCase(List<Map.Entry<String, List<TaxBill>>> chunk) {
        List<Long> ids = chunk.stream().flatMap(e -> e.getValue().stream()).map(TaxBill::id).toList();
        var open = new java.util.HashSet<>(jdbc.sql("SELECT id FROM tax_bill WHERE case_id IS NULL AND id IN (:ids)")
                .param("ids", ids).query(Long.class).list());
        List<Map.Entry<String, List<TaxBill>>> todo = new ArrayList<>();
        for (var entry : chunk) {
            List<TaxBill> left = entry.getValue().stream().filter(b -> open.contains(b.id())).toList();
            if (!left.isEmpty()) {
                todo.add(Map.entry(entry.getKey(), left));
            }
        }
        return todo;
    }

    private static <X extends Throwable> X cause(Throwable failure, Class<X> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * One chunk, in few round trips: its taxpayers and their open cases are read in one query each; the new
     * cases are numbered, inserted and given their installments in one batch each; then each case's process
     * starts (the engine flushes them all at the chunk's end) and the cases are linked to them in one batch.
     */
    private Counts sweepTaxpayers(List<Map.Entry<String, List<TaxBill>>> chunk, LocalDate asOf, String definitionId) {
        var done = new Counts();
        List<String> addressees = chunk.stream().map(Map.Entry::getKey).toList();
        Map<String, String> openCases = cases.findOpenCasesOf(addressees);
        Map<String, Taxpayer> known = taxpayers.findAll(addressees);
        List<Map.Entry<String, List<TaxBill>>> fresh = new ArrayList<>();
        for (var entry : chunk) {
            done.found.addAndGet(entry.getValue().size());
            String open = openCases.get(entry.getKey());
            if (open != null) {
                join(open, entry.getValue());
                done.joined.addAndGet(entry.getValue().size());
            } else if (!known.containsKey(entry.getKey())) {
                throw new IllegalArgumentException("addresseeNo: 宛名番号 " + entry.getKey() + " の納税義務者は登録されていません");
            } else {
                fresh.add(entry);
            }
        }
        Map<String, String> opened = cases.openAll(fresh.stream().map(Map.Entry::getKey).toList(), asOf);
        Map<Long, String> caseOfBill = new LinkedHashMap<>();
        fresh.forEach(e -> e.getValue().forEach(bill -> caseOfBill.put(bill.id(), opened.get(e.getKey()))));
        attach(caseOfBill);
        Map<String, String> started = new LinkedHashMap<>();
        for (var entry : fresh) {
            String caseId = opened.get(entry.getKey());
            started.put(caseId, startCase(known.get(entry.getKey()), caseId, entry.getValue(), definitionId));
            done.opened.incrementAndGet();
        }
        cases.linkProcessInstances(started);
        return done;
    }

    /**
     * Installments that join the taxpayer's case by a decision rather than by falling overdue — 繰上徴収 (法13の2):
     * attached to the open case, or to a case opened for them and its process started (its 督促 phase issues no
     * notice for an installment brought forward, 法329①ただし書, and waits until it may be seized, 法331①二). No
     * {@value #MESSAGE_BILL_ADDED}: they are not to be dunned. Runs in the caller's transaction.
     *
     * @return the case the installments are now in
     * @throws IllegalStateException when one of them belongs to a case already
     */
    public String takeIntoCase(String addresseeNo, List<TaxBill> taken, LocalDate on) {
        String open = cases.findOpenCaseOf(addresseeNo).orElse(null);
        String caseId = open != null ? open : cases.open(addresseeNo, on);
        Map<Long, String> caseOfBill = new LinkedHashMap<>();
        taken.forEach(bill -> caseOfBill.put(bill.id(), caseId));
        attach(caseOfBill);
        if (open != null) {
            log.record(caseId, NegotiationAction.BILL_JOINED, taken.size() + "期別", describe(taken), null);
            return caseId;
        }
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId();
        cases.linkProcessInstances(Map.of(caseId, startCase(taxpayers.require(addresseeNo), caseId, taken, definitionId)));
        return caseId;
    }

    /** The case's process: it issues the 督促状 at once and waits for the 10 days; returns its instance id. */
    private String startCase(Taxpayer taxpayer, String caseId, List<TaxBill> overdue, String definitionId) {
        log.record(caseId, NegotiationAction.CASE_OPENED, overdue.size() + "期別", describe(overdue), null);
        return engine.getRuntimeService().startProcessInstanceById(definitionId, caseId,
                Variables.createVariables()
                        .putValue("caseId", caseId)
                        .putValue("addresseeNo", taxpayer.addresseeNo())
                        // display label for Tasklist lists only; the domain row stays the source of truth
                        .putValue("taxpayerName", taxpayer.nameKanji())
                        .putValue("assignedCollector", taxpayer.assignedCollector()))
                .getId();
    }

    private void join(String caseId, List<TaxBill> overdue) {
        Map<Long, String> caseOfBill = new LinkedHashMap<>();
        overdue.forEach(bill -> caseOfBill.put(bill.id(), caseId));
        attach(caseOfBill);
        log.record(caseId, NegotiationAction.BILL_JOINED, overdue.size() + "期別", describe(overdue), null);
        engine.getRuntimeService().createMessageCorrelation(MESSAGE_BILL_ADDED).processInstanceBusinessKey(caseId)
                .correlateAll();
    }

    /** Installments to their cases (bill id → case id), in one batch. */
    private void attach(Map<Long, String> caseOfBill) {
        List<Long> taken = bills.attachAllToCases(caseOfBill);
        if (!taken.isEmpty()) {
            // another sweep (or node) took them since we read them: the chunk is retried taxpayer by taxpayer
            throw new IllegalStateException("期別 " + taken + " は既に他の案件に名寄せされています");
        }
    }

    /**
     * The chunk's engine calls share one command context: the engine flushes once per chunk, batching the
     * inserts of all its process instances, instead of once per case.
     */
    private <T> T inOneEngineCommand(java.util.function.Supplier<T> work) {
        CommandExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        return executor.execute(commandContext -> work.get());
    }

    private void runAll(List<List<Map.Entry<String, List<TaxBill>>>> chunks,
            java.util.function.Consumer<List<Map.Entry<String, List<TaxBill>>>> work) {
        if (workers == 1 || chunks.size() <= 1) {
            chunks.forEach(work);
            return;
        }
        var threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, chunks.size()),
                r -> new Thread(r, "overdue-sweep-" + threadNo.incrementAndGet()));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (var chunk : chunks) {
                running.add(pool.submit(() -> work.accept(chunk)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("overdue sweep interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failed ? failed
                    : new IllegalStateException("overdue sweep failed", e.getCause());
        } finally {
            pool.shutdownNow();
            try {
                // a chunk still committing finishes (or fails) before the run says how it ended
                pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String describe(List<TaxBill> overdue) {
        return String.join("、", overdue.stream().map(TaxBill::label).toList());
    }

    private static final class Counts {
        final AtomicInteger found = new AtomicInteger();
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger joined = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();

        void add(Counts other) {
            found.addAndGet(other.found.get());
            opened.addAndGet(other.opened.get());
            joined.addAndGet(other.joined.get());
        }
    }
}
