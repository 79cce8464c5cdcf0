package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import jp.lg.collection.rules.GraceInstallments;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * What the grace phase watches while a grace runs: the grace with its extensions as one period (its first day, its
 * last day, its 分割納付), the day the model looks next ({@code graceCheckAt}: the day after the next part is due, or
 * the day after the grace ends), and the other phases that wait for it.
 *
 * <p>The phases that wait for a grace (督促, 催告, 差押, 公売) wait at a timer named {@code Event_…GraceEnds} due the day
 * after the grace's last day; when a grace is revoked those timers are brought forward to the revocation, so the
 * case resumes at once ({@link #wake}). A grace granted while an auction waits for its day cancels that round
 * ({@code Message_SaleStayed}, {@link #staySale}).
 */
@Service
public class GraceWatch {

    /** The timers of the other models that wait for a grace to end (a naming convention: Event_…GraceEnds). */
    static final List<String> WAITS = List.of("Event_GraceEnds", "Event_CollectionGraceEnds", "Event_SaleGraceEnds");

    private final GraceRepository graces;
    private final RuntimeService runtime;
    private final ManagementService management;

    public GraceWatch(GraceRepository graces, RuntimeService runtime, ManagementService management) {
        this.graces = graces;
        this.runtime = runtime;
        this.management = management;
    }

    /** A grace with its granted extensions as the taxpayer lives it. */
    public record Period(Grace first, LocalDate startsOn, LocalDate endsOn, List<GraceInstallments.Part> parts,
            List<Grace> rows) {

        /** The row in force on {@code day} (the original or an extension), or the last one. */
        public Grace current(LocalDate day) {
            return rows.stream().filter(g -> g.granted() && !g.startsOn().isAfter(day) && !g.endsOn().isBefore(day))
                    .findFirst().orElse(rows.get(rows.size() - 1));
        }
    }

    public Period period(long graceId) {
        List<Grace> rows = graces.chain(graceId).stream().filter(Grace::granted).toList();
        if (rows.isEmpty()) {
            rows = List.of(graces.require(graceId));
        }
        List<GraceInstallments.Part> parts = new ArrayList<>();
        for (Grace g : rows) {
            parts.addAll(graces.installments(g.id()));
        }
        LocalDate end = rows.stream().map(Grace::endsOn).max(LocalDate::compareTo).orElseThrow();
        return new Period(rows.get(0), rows.get(0).startsOn(), end, List.copyOf(parts), rows);
    }

    /** When the model looks next: the day after the next part falls due, at the latest the day after the grace. */
    public Date nextCheck(Period p, LocalDate today) {
        LocalDate afterEnd = p.endsOn().plusDays(1);
        LocalDate next = GraceInstallments.nextDue(p.parts(), today).map(d -> d.plusDays(1)).filter(
                d -> d.isBefore(afterEnd)).orElse(afterEnd);
        return Today.startOf(next.isAfter(today) ? next : afterEnd.isAfter(today) ? afterEnd : today);
    }

    /**
     * Brings the case's timers waiting for the end of a grace forward to {@code on} (a revocation). Each wait looks
     * again when its timer fires and waits anew for a grace still in force, so waking them all is safe.
     */
    public int wake(String caseId, LocalDate on) {
        Date due = Today.startOf(on);
        int woken = 0;
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).active()
                .list()) {
            for (String wait : WAITS) {
                for (Job job : management.createJobQuery().processInstanceId(instance.getId()).activityId(wait).timers()
                        .list()) {
                    if (job.getDuedate().after(due)) {
                        management.setJobDuedate(job.getId(), due);
                        woken++;
                    }
                }
            }
        }
        return woken;
    }

    /** A grace granted: an auction of the case waiting for its day is cancelled (公売の中止). */
    public void staySale(String caseId) {
        runtime.createMessageCorrelation("Message_SaleStayed").processInstanceBusinessKey(caseId).correlateAll();
    }
}
