package jp.lg.collection;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.OverdueSweep;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Process tests run the real application (real delegates, real domain tables) on the test database, with
 * the job executor off: a test moves the engine clock and executes jobs itself. Tests share one context, so
 * each builds its own taxpayer with a fresh addressee number.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ProcessTestSupport {

    private static final AtomicInteger NEXT_ADDRESSEE = new AtomicInteger(1);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected TaxpayerRepository taxpayers;
    @Autowired
    protected TaxBillRepository bills;
    @Autowired
    protected OverdueSweep overdueSweep;
    @Autowired
    protected DelinquencyCaseRepository cases;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    private WebApplicationContext web;
    private MockMvc mvc;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        AbstractAssertions.reset();
    }

    /** Sets the engine clock (the product's only "today") to 09:00 Tokyo time of that day. */
    protected static void today(LocalDate day) {
        ClockUtil.setCurrentTime(java.util.Date.from(day.atTime(9, 0).atZone(Today.TOKYO).toInstant()));
    }

    /**
     * Runs the overdue sweep for a date as the nightly job would. Tests share one database, so the record
     * of an earlier test's run of the same date is forgotten first (only the bills of this test are unswept).
     */
    protected OverdueSweep.Result sweep(LocalDate asOf) {
        jdbc.sql("DELETE FROM sweep_run WHERE as_of = ?").param(asOf).update();
        return overdueSweep.sweep(asOf, "test");
    }

    /** A case as the sweep opens it: its id, its process and the Dunning phase that issued its 督促状. */
    protected record DunnedCase(String caseId, ProcessInstance process, ProcessInstance dunning) {
    }

    /**
     * Sweeps {@code day} with the clock on it and returns the case the sweep opened for the taxpayer's overdue
     * bills: the 督促状 issued that day, the Dunning phase waiting until a seizure is lawful (法331①一).
     */
    protected DunnedCase openDunnedCase(String addresseeNo, LocalDate day) {
        today(day);
        sweep(day);
        String caseId = cases.findOpenCaseOf(addresseeNo).orElseThrow();
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).processDefinitionKey(OverdueSweep.PROCESS_KEY).singleResult();
        ProcessInstance dunning = dunningOf(process);
        assertThat(dunning).hasPassed("Task_IssueDunningNotice").isWaitingAt("Event_SeizureEligible");
        return new DunnedCase(caseId, process, dunning);
    }

    /** The case's running Dunning phase (the first one, or the one for bills a later sweep added). */
    protected ProcessInstance dunningOf(ProcessInstance caseProcess) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caseProcess.getId())
                .processDefinitionKey("Dunning").active().singleResult();
    }

    /** The completion is refused for that field, by the form check (wrapped by the engine) or the delegate. */
    protected static void refused(Task task, Map<String, Object> variables, String field, String message) {
        Throwable thrown = catchThrowable(() -> complete(task, variables));
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof TaskInputException)) {
            cause = cause.getCause();
        }
        org.assertj.core.api.Assertions.assertThat(cause).as("%s", thrown).isInstanceOf(TaskInputException.class);
        org.assertj.core.api.Assertions.assertThat(((TaskInputException) cause).field()).isEqualTo(field);
        org.assertj.core.api.Assertions.assertThat(cause).hasMessageContaining(message);
    }

    /** The web layer behind the application's real security chain, for tests of pages and the API. */
    protected MockMvc mvc() {
        if (mvc == null) {
            mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        }
        return mvc;
    }

    protected String newTaxpayer(String collector) {
        String no = "9%08d".formatted(NEXT_ADDRESSEE.getAndIncrement() + (int) (System.nanoTime() % 1000) * 10000);
        while (taxpayers.exists(no)) {
            no = "9%08d".formatted(NEXT_ADDRESSEE.getAndIncrement());
        }
        taxpayers.insert(new Taxpayer(no, null, "試験 太郎", "シケン タロウ", LocalDate.of(1980, 1, 1), "1", null,
                "埼玉県熊谷市宮町二丁目47番地1", null, null, null, null, null, null, "01", collector, "B", false,
                false), null, "test");
        return no;
    }

    protected long newBill(String addresseeNo, long principal, LocalDate dueDate) {
        // a notice of its own per bill, installment 1: as real as the bank file's 1–12 range wants it
        String noticeNo = "T" + addresseeNo + "-" + NEXT_ADDRESSEE.getAndIncrement();
        return bills.insert(new TaxBill(0, addresseeNo, dueDate.getYear(), dueDate.getYear(), TaxItem.RESIDENT,
                noticeNo, 1, principal, 0, 0, 0, 0, 0, dueDate, dueDate, null, null, "OPEN", null), "test");
    }
}
