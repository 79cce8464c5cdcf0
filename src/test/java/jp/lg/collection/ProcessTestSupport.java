package jp.lg.collection;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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
    protected jp.lg.collection.delinquency.OverdueSweep overdueSweep;
    @Autowired
    protected org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
    protected jp.lg.collection.delinquency.OverdueSweep.Result sweep(LocalDate asOf) {
        jdbc.sql("DELETE FROM sweep_run WHERE as_of = ?").param(asOf).update();
        return overdueSweep.sweep(asOf, "test");
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
