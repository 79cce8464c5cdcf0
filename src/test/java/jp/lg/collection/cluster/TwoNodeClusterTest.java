package jp.lg.collection.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import jp.lg.collection.CollectionApplication;
import jp.lg.collection.TestDatabase;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.OverdueSweep;
import jp.lg.collection.delinquency.payment.PaymentService;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes — two Spring Boot contexts of the real application in this JVM, each with its own
 * engine, job executor (on) and web server — on ONE fresh PostgreSQL database, as docs/cluster.md describes
 * a cluster. Node A starts first (Flyway and the engine's schema), then node B on the migrated database; the
 * engine {@code hostname} (node-a / node-b) tells in ACT_HI_JOB_LOG which node ran a job.
 *
 * <p>The engine clock ({@code ClockUtil}) is static, so both nodes see the same "today". Each test keeps to
 * dates of its own and leaves no job due: (a) and (c) work in June 2026 and never reach the seizure timers
 * (from 20 June); (b) works in June 2025 and ends its case, so the tests do not depend on their order.
 *
 * <p>PostgreSQL only: the surefire run on H2 excludes the tag {@code cluster} (pom.xml).
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeClusterTest {

    /** {@code collection.dunning-fee} of the test profile: what one dunning adds to a bill. */
    private static final long DUNNING_FEE = 100;
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(120);

    private final AtomicInteger nextAddressee = new AtomicInteger(1);
    private Map<String, ProcessEngine> enginesBefore;
    private Node nodeA;
    private Node nodeB;

    /** One application node: its Spring context and what the test uses of it. */
    record Node(String name, ConfigurableApplicationContext context) {

        ProcessEngine engine() {
            return context.getBean(ProcessEngine.class);
        }

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        static Node start(String name, String databaseUrl) {
            long started = System.nanoTime();
            // command-line arguments: they win over application-test.yaml, which turns the job executor off
            ConfigurableApplicationContext context = new SpringApplicationBuilder(CollectionApplication.class)
                    .profiles("test")
                    .run("--spring.main.banner-mode=off",
                            "--spring.datasource.url=" + databaseUrl,
                            "--spring.datasource.username=" + TestDatabase.user(),
                            "--spring.datasource.password=",
                            "--server.port=0",
                            "--camunda.bpm.generic-properties.properties.hostname=" + name,
                            "--camunda.bpm.job-execution.enabled=true",
                            // an idle node looks for jobs every 0.1–0.5 s (production: 5–60 s), so both
                            // nodes take part in a few seconds' work
                            "--camunda.bpm.job-execution.wait-time-in-millis=100",
                            "--camunda.bpm.job-execution.max-wait=500");
            System.out.printf("cluster: %s started in %d ms%n", name, (System.nanoTime() - started) / 1_000_000);
            return new Node(name, context);
        }
    }

    @BeforeAll
    void startTwoNodes() {
        enginesBefore = new HashMap<>(ProcessEngines.getProcessEngines());
        String url = TestDatabase.newPostgresDatabase();
        nodeA = Node.start("node-a", url);
        nodeB = Node.start("node-b", url);
    }

    @AfterAll
    void stopNodes() {
        ClockUtil.reset();
        if (nodeB != null) {
            nodeB.context().close();
        }
        if (nodeA != null) {
            nodeA.context().close();
        }
        // each engine registers itself by name ("default") in Camunda's static registry, which the REST API
        // reads, and unregisters that name when closed: give the other test contexts of this JVM theirs back
        enginesBefore.values().forEach(ProcessEngines::registerProcessEngine);
    }

    @AfterEach
    void resetClockAndAssertions() {
        ClockUtil.reset();
        AbstractAssertions.reset();
    }

    @Test
    void bothNodesRunOnOneDeploymentOfEachModel() {
        for (Node node : List.of(nodeA, nodeB)) {
            var configuration = (ProcessEngineConfigurationImpl) node.engine().getProcessEngineConfiguration();
            assertThat(configuration.getHostname()).isEqualTo(node.name());
            assertThat(configuration.getJobExecutor().isActive()).as("job executor of " + node.name()).isTrue();
        }
        var repository = nodeA.engine().getRepositoryService();
        // node B deployed the same resources again: duplicate filtering found them unchanged and deployed nothing
        assertThat(repository.createDeploymentQuery().count()).as("deployments").isEqualTo(1);
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().list();
        assertThat(definitions).hasSize(resources("classpath*:bpmn/**/*.bpmn"))
                .allSatisfy(d -> assertThat(d.getVersion()).as(d.getKey()).isEqualTo(1));
        String deploymentId = repository.createDeploymentQuery().singleResult().getId();
        assertThat(repository.getDeploymentResourceNames(deploymentId))
                .hasSize(resources("classpath*:bpmn/**/*.bpmn") + resources("classpath*:forms/**/*.form"));
    }

    /**
     * (a) 200 taxpayers, 250 overdue bills: the sweep on node A dunned them; on the lawful day every timer and
     * 催告書 job runs once, and both nodes run some of them.
     */
    @Test
    void everyJobRunsExactlyOnceAndBothNodesTakePart() {
        LocalDate asOf = LocalDate.of(2026, 6, 11);
        today(asOf);
        List<String> taxpayers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String addresseeNo = newTaxpayer(nodeA);
            taxpayers.add(addresseeNo);
            newBill(nodeA, addresseeNo, 58_000, LocalDate.of(2026, 5, 31), 2);
            if (i % 4 == 0) {
                newBill(nodeA, addresseeNo, 58_000, LocalDate.of(2026, 4, 30), 1);
            }
        }

        long started = System.nanoTime();
        OverdueSweep.Result result = nodeA.bean(OverdueSweep.class).sweep(asOf, "node-a");
        assertThat(result.casesOpened()).isEqualTo(200);
        assertThat(result.billsFound()).isEqualTo(250);
        long swept = System.nanoTime();
        // the sweep issued every 督促状 in its own transactions; the jobs are what follows: on the lawful day
        // (法331①一) each case's timer fires and its 催告書 job sends the reminder letter
        List<String> caseIds = assertEveryBillDunnedOnce(taxpayers, asOf);
        today(asOf.plusDays(11));
        awaitNoExecutableJobs();
        System.out.printf("cluster (a): sweep of 200 cases %d ms, 400 timer and reminder jobs drained in %d ms%n",
                (swept - started) / 1_000_000, (System.nanoTime() - swept) / 1_000_000);

        var log = nodeA.bean(NegotiationLog.class);
        for (String caseId : caseIds) {
            assertThat(log.of(caseId)).as("reminder letters of " + caseId)
                    .filteredOn(e -> e.action() == NegotiationAction.REMINDER_LETTER).hasSize(1);
        }
        List<HistoricJobLog> runs = jobRuns(caseIds, "Dunning", "Event_SeizureEligible");
        runs.addAll(jobRuns(caseIds, "Reminders", "Task_SendReminderLetter"));
        Map<String, Long> perNode = runs.stream()
                .collect(Collectors.groupingBy(HistoricJobLog::getHostname, TreeMap::new, Collectors.counting()));
        System.out.println("cluster (a): jobs run per node " + perNode);
        assertThat(runs).as("one successful run per timer and reminder job").hasSize(400)
                .extracting(HistoricJobLog::getJobId).doesNotHaveDuplicates();
        assertThat(perNode).as("jobs per node").containsOnlyKeys("node-a", "node-b");
        assertNoFailures();

        AbstractAssertions.init(nodeB.engine());
        for (String caseId : caseIds) {
            ProcessInstance reminders = processInstanceQuery().processInstanceBusinessKey(caseId)
                    .processDefinitionKey("Reminders").singleResult();
            assertThat(reminders).hasPassed("Task_SendReminderLetter").isWaitingAt("Task_PhoneReminder");
        }
    }

    /**
     * (b) Opened by node A's sweep, worked to its end through node B — B's services for what a collector and the
     * payment import do, B's job executor for the timers and notices (A's job executor is stopped meanwhile, as
     * if node A had gone down after the sweep) — and read back through node A.
     */
    @Test
    void aCaseStartedOnNodeAIsCompletedOnNodeB() {
        LocalDate asOf = LocalDate.of(2025, 6, 10);
        today(asOf);
        String addresseeNo = newTaxpayer(nodeA);
        newBill(nodeA, addresseeNo, 58_000, LocalDate.of(2025, 5, 31), 1);
        var jobExecutorOfA = ((ProcessEngineConfigurationImpl) nodeA.engine().getProcessEngineConfiguration())
                .getJobExecutor();
        jobExecutorOfA.shutdown();
        String caseId;
        ProcessInstance caseProcess;
        try {
            assertThat(nodeA.bean(OverdueSweep.class).sweep(asOf, "node-a").casesOpened()).isEqualTo(1);
            caseId = nodeA.bean(DelinquencyCaseRepository.class).findOpenCaseOf(addresseeNo).orElseThrow();
            awaitNoExecutableJobs();

            // node B: the seizure-eligibility timer, the reminder letter, the phone call, the plan, the payment
            AbstractAssertions.init(nodeB.engine());
            caseProcess = processInstanceQuery().processInstanceBusinessKey(caseId)
                    .processDefinitionKey(OverdueSweep.PROCESS_KEY).singleResult();
            assertThat(sub(caseProcess, "Dunning")).hasPassed("Task_IssueDunningNotice")
                    .isWaitingAt("Event_SeizureEligible");
            today(LocalDate.of(2025, 6, 21));
            awaitNoExecutableJobs();
            assertThat(sub(caseProcess, "Reminders")).isWaitingAt("Task_PhoneReminder");
            complete(task(sub(caseProcess, "Reminders")), withVariables("contactResult", "PLEDGE",
                    "contactNote", "6月末に一括で納付するとの申出"));
            assertThat(caseProcess).isWaitingAt("CallActivity_PaymentPlan");
            complete(task(sub(caseProcess, "PaymentPlan")), withVariables("planParts", 2,
                    "firstPaymentDate", "2025-06-30", "intervalMonths", 1));
            long balance = nodeB.bean(TaxBillRepository.class).balanceOfCase(caseId);
            var receipt = nodeB.bean(PaymentService.class).receive(caseId, balance, LocalDate.of(2025, 6, 20), "CVS",
                    "CLUSTER-B-1", "test");
            assertThat(receipt.paidInFull()).isTrue();
            awaitNoExecutableJobs();
        } finally {
            jobExecutorOfA.start();
        }

        // read through node A
        AbstractAssertions.init(nodeA.engine());
        assertThat(caseProcess).isEnded().hasPassed("Task_ReleaseSeizuresOnPayment", "Event_CasePaidInFull");
        assertThat(nodeA.bean(DelinquencyCaseRepository.class).statusOf(caseId)).isEqualTo("CLOSED");
        assertThat(nodeA.bean(TaxBillRepository.class).balanceOfCase(caseId)).isZero();
        assertThat(nodeA.bean(NegotiationLog.class).of(caseId)).extracting(NegotiationLog.Entry::action)
                .containsSubsequence(NegotiationAction.CASE_OPENED, NegotiationAction.DUNNING_NOTICE,
                        NegotiationAction.REMINDER_LETTER, NegotiationAction.PHONE_CALL, NegotiationAction.CASE_CLOSED);
        var history = nodeA.engine().getHistoryService();
        List<String> jobsRun = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
                .stream()
                .flatMap(p -> history.createHistoricJobLogQuery().processInstanceId(p.getId()).successLog().list()
                        .stream())
                .map(j -> j.getActivityId() + "@" + j.getHostname()).toList();
        System.out.println("cluster (b): jobs of the case " + jobsRun);
        // the 督促状 was issued in A's sweep (no job); every job of the case ran on B
        assertThat(jobsRun).containsExactlyInAnyOrder("Event_SeizureEligible@node-b",
                "Task_SendReminderLetter@node-b", "Task_ReleaseSeizuresOnPayment@node-b");
        assertNoFailures();
    }

    /**
     * (c) The nightly sweep fires on every node at the same moment: one of them opens the cases, the other
     * answers that the night is already swept (or being swept); no taxpayer gets two cases.
     *
     * <p>The date is claimed once ({@code sweep_run}'s key, committed before any case is opened), so the
     * loser does not even read the bills.
     */
    @Test
    void theNightlySweepOnBothNodesAtOnceOpensEachCaseOnce() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 6, 10);
        today(asOf);
        List<String> taxpayers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String addresseeNo = newTaxpayer(nodeA);
            taxpayers.add(addresseeNo);
            newBill(nodeA, addresseeNo, 42_000, LocalDate.of(2026, 5, 31), 1);
        }

        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<OverdueSweep.Result> results = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        try {
            List<Future<OverdueSweep.Result>> calls = new ArrayList<>();
            for (Node node : List.of(nodeA, nodeB)) {
                calls.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return node.bean(OverdueSweep.class).sweep(asOf, "nightly-sweep@" + node.name());
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<OverdueSweep.Result> call : calls) {
                try {
                    results.add(call.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.println("cluster (c): answers " + results + ", failures " + failures.stream()
                .map(f -> f.getClass().getSimpleName()).toList());
        awaitNoExecutableJobs();

        // what the city would notice first: a taxpayer with two cases, a bill dunned twice
        JdbcClient jdbc = nodeA.bean(JdbcClient.class);
        for (String addresseeNo : taxpayers) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM delinquency_case WHERE addressee_no = ?").param(addresseeNo)
                    .query(Long.class).single()).as("cases of " + addresseeNo).isEqualTo(1);
        }
        List<String> caseIds = assertEveryBillDunnedOnce(taxpayers, asOf);
        var history = nodeA.engine().getHistoryService();
        for (String caseId : caseIds) {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
                    .processDefinitionKey(OverdueSweep.PROCESS_KEY).count()).as("process instances of " + caseId)
                    .isEqualTo(1);
        }
        var log = nodeA.bean(NegotiationLog.class);
        for (String caseId : caseIds) {
            assertThat(log.of(caseId)).as("case openings of " + caseId)
                    .filteredOn(e -> e.action() == NegotiationAction.CASE_OPENED).hasSize(1);
        }
        assertNoFailures();
        // and what the operator sees: both nodes answer, one of them that the night is already swept
        assertThat(failures).as("sweeps that failed instead of answering").isEmpty();
        assertThat(results).filteredOn(r -> !r.alreadyRun()).as("sweeps that opened the cases").hasSize(1)
                .first().satisfies(r -> assertThat(r.casesOpened()).isEqualTo(30));
        assertThat(results).filteredOn(OverdueSweep.Result::alreadyRun).as("sweeps that found the night swept")
                .hasSize(1);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Sets the engine clock — of both nodes: ClockUtil is static — to 09:00 Tokyo time of that day. */
    private static void today(LocalDate day) {
        ClockUtil.setCurrentTime(java.util.Date.from(day.atTime(9, 0).atZone(Today.TOKYO).toInstant()));
    }

    /**
     * Waits until the job executors of both nodes have run every job that is due (a running job stays in
     * ACT_RU_JOB until its transaction commits), seen twice in a row.
     */
    private void awaitNoExecutableJobs() {
        var management = nodeA.engine().getManagementService();
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        int quiet = 0;
        while (quiet < 2) {
            long executable = management.createJobQuery().executable().count();
            quiet = executable == 0 ? quiet + 1 : 0;
            if (System.nanoTime() > deadline) {
                fail(executable + " jobs still due after " + DRAIN_TIMEOUT);
            }
            sleep(150);
        }
    }

    /**
     * Every bill of these taxpayers is in one case and was dunned once, on {@code asOf}: the issue date set,
     * the fee added once, one DUNNING_NOTICE entry per bill in the negotiation log, one 督促状 per case.
     * Returns the case ids.
     */
    private List<String> assertEveryBillDunnedOnce(List<String> taxpayers, LocalDate asOf) {
        JdbcClient jdbc = nodeA.bean(JdbcClient.class);
        var cases = nodeA.bean(DelinquencyCaseRepository.class);
        var bills = nodeA.bean(TaxBillRepository.class);
        var log = nodeA.bean(NegotiationLog.class);
        List<String> caseIds = new ArrayList<>();
        for (String addresseeNo : taxpayers) {
            String caseId = cases.findOpenCaseOf(addresseeNo).orElseThrow(
                    () -> new AssertionError("no open case for " + addresseeNo));
            caseIds.add(caseId);
            List<TaxBill> ofCase = bills.findByCase(caseId);
            assertThat(ofCase).as("bills of " + caseId).isNotEmpty().allSatisfy(bill -> {
                assertThat(bill.addresseeNo()).isEqualTo(addresseeNo);
                assertThat(bill.dunningIssuedOn()).isEqualTo(asOf);
                assertThat(bill.dunningFee()).as("dunning fee of bill " + bill.id()).isEqualTo(DUNNING_FEE);
            });
            assertThat(jdbc.sql("SELECT COUNT(*) FROM tax_bill WHERE addressee_no = ? AND case_id IS NULL")
                    .param(addresseeNo).query(Long.class).single()).as("bills of " + addresseeNo + " in no case")
                    .isZero();
            List<String> dunningEntries = log.of(caseId).stream()
                    .filter(e -> e.action() == NegotiationAction.DUNNING_NOTICE).map(NegotiationLog.Entry::result)
                    .toList();
            assertThat(dunningEntries).as("DUNNING_NOTICE entries of " + caseId)
                    .containsExactlyInAnyOrderElementsOf(ofCase.stream().map(TaxBill::label).toList());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM document WHERE case_id = ? AND kind = 'DUNNING_NOTICE'")
                    .param(caseId).query(Long.class).single()).as("督促状 of " + caseId).isEqualTo(1);
        }
        return caseIds;
    }

    /** The successful runs of the cases' 督促状発付 jobs, from the job log (with the node that ran each). */
    /** The successful runs of one job activity in the named phase process of each case. */
    private List<HistoricJobLog> jobRuns(List<String> caseIds, String processKey, String activityId) {
        var history = nodeA.engine().getHistoryService();
        List<String> instances = caseIds.stream()
                .flatMap(caseId -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
                        .processDefinitionKey(processKey).list().stream())
                .map(p -> p.getId()).toList();
        assertThat(instances).as(processKey + " instances").hasSize(caseIds.size());
        return new ArrayList<>(instances.stream()
                .flatMap(id -> history.createHistoricJobLogQuery().processInstanceId(id)
                        .activityIdIn(activityId).successLog().list().stream())
                .toList());
    }

    private void assertNoFailures() {
        var engine = nodeA.engine();
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().failureLog().list())
                .as("failed job runs").extracting(HistoricJobLog::getJobExceptionMessage).isEmpty();
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
        assertThat(engine.getManagementService().createJobQuery().withException().count()).as("failed jobs").isZero();
    }

    private ProcessInstance sub(ProcessInstance caseProcess, String key) {
        return processInstanceQuery().superProcessInstanceId(caseProcess.getId()).processDefinitionKey(key).active()
                .singleResult();
    }

    private String newTaxpayer(Node node) {
        String no = "7%08d".formatted(nextAddressee.getAndIncrement());
        node.bean(TaxpayerRepository.class).insert(new Taxpayer(no, null, "試験 花子", "シケン ハナコ",
                LocalDate.of(1980, 1, 1), "2", null, "埼玉県熊谷市宮町二丁目47番地1", null, null, null, null, null,
                null, "01", "tanaka", "B", false, false), null, "test");
        return no;
    }

    private void newBill(Node node, String addresseeNo, long principal, LocalDate dueDate, int installmentNo) {
        node.bean(TaxBillRepository.class).insert(new TaxBill(0, addresseeNo, dueDate.getYear(), dueDate.getYear(),
                TaxItem.RESIDENT, "C" + addresseeNo, installmentNo, principal, 0, 0, 0, 0, 0, dueDate, dueDate, null,
                null, "OPEN", null), "test");
    }

    private static int resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern).length;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
