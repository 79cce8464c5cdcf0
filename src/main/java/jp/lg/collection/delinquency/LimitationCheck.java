package jp.lg.collection.delinquency;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.rules.CollectionLimitation;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 消滅時効 (法18①): the collection right is extinguished absolutely when its 5 years have run from the
 * (renewed) start, with no invocation. Nightly, every open installment whose period has run is marked
 * EXTINGUISHED; a case left with nothing open goes to write-off through its process.
 */
@Service
public class LimitationCheck {

    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;
    private final boolean nightly;

    public LimitationCheck(JdbcClient jdbc, RuntimeService runtimeService,
            @Value("${collection.sweep.nightly:true}") boolean nightly) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.nightly = nightly;
    }

    @Scheduled(cron = "0 0 2 * * *", zone = "Asia/Tokyo")
    public void nightly() {
        if (nightly) {
            run(Today.date());
        }
    }

    /** Returns the cases whose every installment is now extinguished. */
    @Transactional
    public List<String> run(LocalDate today) {
        record Open(long id, String caseId, LocalDate start) {
        }
        List<Open> open = jdbc.sql("SELECT id, case_id, limitation_start FROM tax_bill WHERE status = 'OPEN' "
                        + "AND limitation_start IS NOT NULL AND limitation_start <= ?")
                .param(today.minusYears(CollectionLimitation.LIMITATION_YEARS).plusDays(1))
                .query((rs, n) -> new Open(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class))).list();
        java.util.Set<String> touched = new java.util.LinkedHashSet<>();
        for (Open bill : open) {
            if (!CollectionLimitation.acceptsPaymentOn(CollectionLimitation.extinguishedOn(bill.start()), today)) {
                jdbc.sql("UPDATE tax_bill SET status = 'EXTINGUISHED', updated_at = CURRENT_TIMESTAMP, "
                        + "updated_by = 'limitation' WHERE id = ?").param(bill.id()).update();
                if (bill.caseId() != null) {
                    touched.add(bill.caseId());
                }
            }
        }
        List<String> ended = touched.stream().filter(caseId -> jdbc.sql(
                        "SELECT COUNT(*) FROM tax_bill WHERE case_id = ? AND status = 'OPEN'").param(caseId)
                .query(Long.class).single() == 0).toList();
        for (String caseId : ended) {
            runtimeService.createMessageCorrelation("Message_DebtExtinguished").processInstanceBusinessKey(caseId)
                    .correlateAll();
        }
        return ended;
    }
}
