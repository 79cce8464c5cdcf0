package jp.lg.collection.delinquency;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
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
 * <p>Fast at a city's scale: taxpayers are swept in chunks ({@code collection.sweep.chunk-size}), each chunk
 * one transaction and one engine command, so the engine flushes the chunk's process instances in JDBC
 * batches; chunks run on {@code collection.sweep.workers} threads. A chunk that fails is retried taxpayer
 * by taxpayer, so one bad record costs only itself; it is counted in {@code failed} and logged (addressee
 * number and reason; no My Number is ever read here) and picked up by the next sweep.
 */
@Service
public class OverdueSweep {

    public static final String PROCESS_KEY = "DelinquencyCase";
    public static final String MESSAGE_BILL_ADDED = "Message_OverdueBillAdded";
    private static final Logger LOG = LoggerFactory.getLogger(OverdueSweep.class);

    /**
     * @param alreadyRun true when this call found the date already swept (or being swept) and did nothing
     * @param running    true when that earlier sweep has not finished yet (its counts are then partial)
     * @param failed     taxpayers whose case could not be opened or joined (see the log); swept again next time
     */
    public record Result(LocalDate asOf, int billsFound, int casesOpened, int billsJoined, boolean alreadyRun,
            boolean running, int failed) {
    }

    private final TaxBillRepository bills;
    private final TaxpayerRepository taxpayers;
    private final DelinquencyCaseRepository cases;
    private final NegotiationLog log;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final TransactionTemplate inOwnTransaction;
    private final int chunkSize;
    private final int workers;

    public OverdueSweep(TaxBillRepository bills, TaxpayerRepository taxpayers, DelinquencyCaseRepository cases,
            NegotiationLog log, ProcessEngine engine, JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${collection.sweep.chunk-size:100}") int chunkSize,
            @Value("${collection.sweep.workers:2}") int workers) {
        this.bills = bills;
        this.taxpayers = taxpayers;
        this.cases = cases;
        this.log = log;
        this.engine = engine;
        this.jdbc = jdbc;
        this.inOwnTransaction = new TransactionTemplate(transactions);
        this.inOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.chunkSize = Math.max(1, chunkSize);
        this.workers = Math.max(1, workers);
    }

    /** Sweeps one date; call it outside any transaction (it commits chunk by chunk, on several threads). */
    public Result sweep(LocalDate asOf, String runBy) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the overdue sweep commits chunk by chunk: call it outside a transaction");
        }
        var earlier = claim(asOf, runBy);
        if (earlier != null) {
            return earlier;
        }
        Map<String, List<TaxBill>> byTaxpayer = new LinkedHashMap<>();
        for (TaxBill bill : bills.findOverdueWithoutCase(asOf)) {
            byTaxpayer.computeIfAbsent(bill.addresseeNo(), k -> new ArrayList<>()).add(bill);
        }
        var counts = new Counts();
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
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId();
        runAll(chunks, c -> sweepChunk(c, asOf, definitionId, counts));
        inOwnTransaction.executeWithoutResult(tx -> jdbc.sql("""
                UPDATE sweep_run SET bills_found = ?, cases_opened = ?, bills_joined = ?, failed = ?, finished_at = ?
                WHERE as_of = ?
                """).params(counts.found.get(), counts.opened.get(), counts.joined.get(), counts.failed.get(),
                Today.dateTime(), asOf).update());
        LOG.info("overdue sweep {}: {} bills, {} cases opened, {} bills joined open cases, {} taxpayers failed",
                asOf, counts.found, counts.opened, counts.joined, counts.failed);
        return new Result(asOf, counts.found.get(), counts.opened.get(), counts.joined.get(), false, false,
                counts.failed.get());
    }

    /**
     * Claims the date in its own, immediately committed transaction; returns the earlier sweep's result when
     * the date is already taken (a concurrent claim waits on the key, then loses to it).
     */
    private Result claim(LocalDate asOf, String runBy) {
        try {
            inOwnTransaction.executeWithoutResult(tx -> jdbc.sql("""
                    INSERT INTO sweep_run (as_of, started_at, bills_found, cases_opened, bills_joined, failed, run_by)
                    VALUES (?, ?, 0, 0, 0, 0, ?)
                    """).params(asOf, Today.dateTime(), runBy).update());
            return null;
        } catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
            // the key is taken (PostgreSQL: duplicate key; H2 may also report the racing insert as a lock conflict)
            return jdbc.sql("""
                    SELECT bills_found, cases_opened, bills_joined, finished_at, failed FROM sweep_run WHERE as_of = ?
                    """).param(asOf).query((rs, n) -> new Result(asOf, rs.getInt(1), rs.getInt(2), rs.getInt(3),
                    true, rs.getObject(4, LocalDateTime.class) == null, rs.getInt(5))).optional()
                    .orElseThrow(() -> taken);
        }
    }

    private void sweepChunk(List<Map.Entry<String, List<TaxBill>>> chunk, LocalDate asOf, String definitionId,
            Counts counts) {
        try {
            var done = inOwnTransaction.execute(tx -> inOneEngineCommand(() -> sweepTaxpayers(chunk, asOf,
                    definitionId)));
            counts.add(done);
        } catch (RuntimeException chunkFailed) {
            if (chunk.size() == 1) {
                var entry = chunk.get(0);
                counts.failed.incrementAndGet();
                LOG.warn("overdue sweep {}: taxpayer {} ({} bills) not swept: {}", asOf, entry.getKey(),
                        entry.getValue().size(), chunkFailed.toString());
                return;
            }
            // one taxpayer spoils the chunk's transaction: sweep each on its own so only that one is left out
            for (var entry : chunk) {
                sweepChunk(List.of(entry), asOf, definitionId, counts);
            }
        }
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
            throw new IllegalStateException("overdue sweep failed", e.getCause());
        } finally {
            pool.shutdownNow();
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
