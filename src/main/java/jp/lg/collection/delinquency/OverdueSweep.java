package jp.lg.collection.delinquency;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 名寄せ: finds installments unpaid after their due date and gathers them per taxpayer into one case. A
 * taxpayer with an open case gets the new installments added to it (the case then issues their dunning
 * notices); otherwise a case is opened and its process started. Idempotent: an installment joins a case
 * once, and a date already swept returns its first result unchanged.
 */
@Service
public class OverdueSweep {

    public static final String PROCESS_KEY = "DelinquencyCase";
    public static final String MESSAGE_BILL_ADDED = "Message_OverdueBillAdded";

    public record Result(LocalDate asOf, int billsFound, int casesOpened, int billsJoined, boolean alreadyRun) {
    }

    private final TaxBillRepository bills;
    private final TaxpayerRepository taxpayers;
    private final DelinquencyCaseRepository cases;
    private final NegotiationLog log;
    private final RuntimeService runtimeService;
    private final JdbcClient jdbc;

    public OverdueSweep(TaxBillRepository bills, TaxpayerRepository taxpayers, DelinquencyCaseRepository cases,
            NegotiationLog log, RuntimeService runtimeService, JdbcClient jdbc) {
        this.bills = bills;
        this.taxpayers = taxpayers;
        this.cases = cases;
        this.log = log;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
    }

    @Transactional
    public Result sweep(LocalDate asOf, String runBy) {
        var previous = jdbc.sql("SELECT bills_found, cases_opened, bills_joined FROM sweep_run WHERE as_of = ?")
                .param(asOf)
                .query((rs, n) -> new Result(asOf, rs.getInt(1), rs.getInt(2), rs.getInt(3), true)).optional();
        if (previous.isPresent()) {
            return previous.get();
        }
        Map<String, List<TaxBill>> byTaxpayer = new LinkedHashMap<>();
        for (TaxBill bill : bills.findOverdueWithoutCase(asOf)) {
            byTaxpayer.computeIfAbsent(bill.addresseeNo(), k -> new java.util.ArrayList<>()).add(bill);
        }
        int found = 0;
        int opened = 0;
        int joined = 0;
        for (var entry : byTaxpayer.entrySet()) {
            found += entry.getValue().size();
            var open = cases.findOpenCaseOf(entry.getKey());
            if (open.isPresent()) {
                join(open.get(), entry.getValue());
                joined += entry.getValue().size();
            } else {
                openCase(entry.getKey(), entry.getValue(), asOf);
                opened++;
            }
        }
        jdbc.sql("""
                INSERT INTO sweep_run (as_of, started_at, bills_found, cases_opened, bills_joined, run_by)
                VALUES (?, CURRENT_TIMESTAMP, ?, ?, ?, ?)
                """).params(asOf, found, opened, joined, runBy).update();
        return new Result(asOf, found, opened, joined, false);
    }

    private void openCase(String addresseeNo, List<TaxBill> overdue, LocalDate asOf) {
        var taxpayer = taxpayers.require(addresseeNo);
        String caseId = cases.open(addresseeNo, asOf);
        overdue.forEach(b -> bills.attachToCase(b.id(), caseId));
        log.record(caseId, NegotiationAction.CASE_OPENED, overdue.size() + "期別", describe(overdue), null);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, caseId,
                Variables.createVariables()
                        .putValue("caseId", caseId)
                        .putValue("addresseeNo", addresseeNo)
                        // display label for Tasklist lists only; the domain row stays the source of truth
                        .putValue("taxpayerName", taxpayer.nameKanji())
                        .putValue("assignedCollector", taxpayer.assignedCollector()));
        cases.linkProcessInstance(caseId, instance.getId());
    }

    private void join(String caseId, List<TaxBill> overdue) {
        overdue.forEach(b -> bills.attachToCase(b.id(), caseId));
        log.record(caseId, NegotiationAction.BILL_JOINED, overdue.size() + "期別", describe(overdue), null);
        runtimeService.createMessageCorrelation(MESSAGE_BILL_ADDED).processInstanceBusinessKey(caseId).correlateAll();
    }

    private static String describe(List<TaxBill> overdue) {
        return String.join("、", overdue.stream().map(TaxBill::label).toList());
    }
}
