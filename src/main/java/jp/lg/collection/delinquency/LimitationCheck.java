package jp.lg.collection.delinquency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.lg.collection.rules.CollectionLimitation;
import jp.lg.collection.rules.LimitationHistory;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 消滅時効 (法18①): the collection right is extinguished absolutely when its 5 years have run, with no
 * invocation. Nightly, every open installment whose period has run is marked EXTINGUISHED; a case left with
 * nothing open goes to write-off through its process.
 *
 * <p>Whether the period has run is {@link CollectionLimitation#extinguishedOn(LimitationHistory)} over the
 * installment's history: its recorded start (the later of the statutory start, the dunning restart and the
 * acknowledgements), the seizures, 参加差押 and 交付要求 of its case (a standing one keeps it alive; an ended
 * one restarts it), the graces of its case (the period does not run during them) and the written reminders
 * (催告, deferring completion once by 6 months). An event of a case reaches the installments of the case that
 * were dunned by its day (enforcement presupposes the dunning; a reminder letter lists the installments then in
 * arrears); a grace reaches all of them. An heir's installment (法9) also carries the events of the decedent's
 * case. Only installments whose undisturbed 5 years have run are looked at: every event only makes the period
 * longer.
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

    private record Bill(long id, String caseId, LocalDate start, LocalDate dunnedOn, Long succeededFrom) {
    }

    /** Returns the cases whose every installment is now extinguished. */
    @Transactional
    public List<String> run(LocalDate today) {
        return extinguish(candidates("", List.of(), today), today);
    }

    /** The same check for the installments of one case only (a case looked at on its own, and tests). */
    @Transactional
    public List<String> runFor(String caseId, LocalDate today) {
        return extinguish(candidates("AND case_id = ? ", List.of(caseId), today), today);
    }

    /**
     * The day each of these cases loses its first open installment to limitation, when that is no later than
     * {@code notAfter} (the work lists' 時効が近い). Only installments whose undisturbed 5 years end by then are
     * looked at, each with its whole history as the nightly check sees it; a case kept alive longer (a standing
     * seizure, a later restart) is not in the map.
     */
    public java.util.Map<String, LocalDate> extinctionDates(java.util.Collection<String> caseIds, LocalDate notAfter) {
        java.util.Map<String, LocalDate> earliest = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return earliest;
        }
        List<Bill> near = jdbc.sql("SELECT id, case_id, limitation_start, dunning_issued_on, succeeded_from FROM tax_bill "
                        + "WHERE status = 'OPEN' AND case_id IN (:cases) AND limitation_start IS NOT NULL "
                        + "AND limitation_start <= :latest")
                .param("cases", caseIds)
                .param("latest", notAfter.minusYears(CollectionLimitation.LIMITATION_YEARS))
                .query((rs, n) -> bill(rs)).list();
        for (Bill bill : near) {
            CollectionLimitation.extinguishedOn(history(bill)).filter(day -> !day.isAfter(notAfter))
                    .ifPresent(day -> earliest.merge(bill.caseId(), day, (a, b) -> a.isBefore(b) ? a : b));
        }
        return earliest;
    }

    private List<Bill> candidates(String and, List<Object> args, LocalDate today) {
        List<Object> params = new ArrayList<>(args);
        params.add(today.minusYears(CollectionLimitation.LIMITATION_YEARS).plusDays(1));
        return jdbc.sql("SELECT id, case_id, limitation_start, dunning_issued_on, succeeded_from FROM tax_bill "
                        + "WHERE status = 'OPEN' " + and + "AND limitation_start IS NOT NULL AND limitation_start <= ?")
                .params(params).query((rs, n) -> bill(rs)).list();
    }

    private List<String> extinguish(List<Bill> open, LocalDate today) {
        Set<String> touched = new LinkedHashSet<>();
        for (Bill bill : open) {
            Optional<LocalDate> gone = CollectionLimitation.extinguishedOn(history(bill));
            if (gone.isPresent() && !CollectionLimitation.acceptsPaymentOn(gone.get(), today)) {
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

    private static Bill bill(java.sql.ResultSet rs) throws java.sql.SQLException {
        long from = rs.getLong("succeeded_from");
        return new Bill(rs.getLong("id"), rs.getString("case_id"), rs.getObject("limitation_start", LocalDate.class),
                rs.getObject("dunning_issued_on", LocalDate.class), rs.wasNull() ? null : from);
    }

    /** The installment's history from its case, and from the decedent's case for an heir's installment. */
    LimitationHistory history(Bill bill) {
        List<String> cases = new ArrayList<>();
        Bill at = bill;
        for (int hops = 0; at != null && hops < 10; hops++) { // 10: heirs of heirs, and never a loop
            if (at.caseId() != null) {
                cases.add(at.caseId());
            }
            at = at.succeededFrom() == null ? null : jdbc.sql("SELECT id, case_id, limitation_start, dunning_issued_on, "
                    + "succeeded_from FROM tax_bill WHERE id = ?").param(at.succeededFrom()).query((rs, n) -> bill(rs))
                    .optional().orElse(null);
        }
        if (cases.isEmpty()) {
            return LimitationHistory.startingOn(bill.start());
        }
        String in = String.join(", ", Collections.nCopies(cases.size(), "?"));
        List<LimitationHistory.Enforcement> enforcements = List.of();
        List<LocalDate> reminders = List.of();
        if (bill.dunnedOn() != null) {
            List<Object> args = new ArrayList<>(cases);
            args.add(bill.dunnedOn());
            // a seizure stands until released, or — once its money is collected — until the money is distributed
            enforcements = jdbc.sql("""
                    SELECT d.executed_on, d.status, d.released_on,
                      (SELECT MAX(x.executed_on) FROM distribution x
                       WHERE x.disposition_id = d.id AND x.status = 'DISTRIBUTED') AS distributed_on
                    FROM disposition d
                    WHERE d.case_id IN (%s) AND d.executed_on IS NOT NULL AND d.executed_on >= ?
                    """.formatted(in)).params(args).query((rs, n) -> new LimitationHistory.Enforcement(
                            rs.getObject("executed_on", LocalDate.class), switch (rs.getString("status")) {
                                case "RELEASED" -> rs.getObject("released_on", LocalDate.class);
                                case "COLLECTED", "REALIZED" -> rs.getObject("distributed_on", LocalDate.class);
                                default -> null;
                            })).list();
            reminders = jdbc.sql("SELECT occurred_at FROM negotiation_log WHERE case_id IN (%s) AND action = '%s'"
                            .formatted(in, NegotiationAction.REMINDER_LETTER.name()))
                    .params(cases).query((rs, n) -> rs.getObject("occurred_at", java.time.LocalDateTime.class)
                            .toLocalDate()).list().stream().filter(day -> !day.isBefore(bill.dunnedOn())).toList();
        }
        List<LimitationHistory.Grace> graces = jdbc.sql(
                        "SELECT starts_on, ends_on FROM grace WHERE case_id IN (%s) AND status = 'GRANTED'".formatted(in))
                .params(cases).query((rs, n) -> new LimitationHistory.Grace(rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class))).list();
        return new LimitationHistory(bill.start(), enforcements, graces, reminders);
    }
}
