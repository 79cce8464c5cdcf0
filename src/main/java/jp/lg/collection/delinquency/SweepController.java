package jp.lg.collection.delinquency;

import java.security.Principal;
import java.time.LocalDate;
import jp.lg.collection.system.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The nightly overdue sweep, the operator's way to re-run a missed or interrupted night, and the resumer that
 * finishes a night whose node died (docs/operations.md).
 */
@RestController
public class SweepController {

    private static final Logger LOG = LoggerFactory.getLogger(SweepController.class);

    private final OverdueSweep sweep;
    private final boolean nightly;
    private final boolean resume;

    public SweepController(OverdueSweep sweep, @Value("${collection.sweep.nightly:true}") boolean nightly,
            @Value("${collection.sweep.resume:${collection.sweep.nightly:true}}") boolean resume) {
        this.sweep = sweep;
        this.nightly = nightly;
        this.resume = resume;
    }

    @PostMapping("/api/sweeps")
    public OverdueSweep.Result run(@RequestParam("asOf") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Principal user) {
        if (asOf.isAfter(Today.date())) {
            throw new IllegalArgumentException("asOf: 未来の日付 (" + asOf + ") では名寄せできません");
        }
        return sweep.sweep(asOf, user.getName());
    }

    /** How the sweep of a date stands: running (and its lease), finished, or interrupted (the next call resumes it). */
    @GetMapping("/api/sweeps/{asOf}")
    public OverdueSweep.Result status(@PathVariable("asOf") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return sweep.status(asOf)
                .orElseThrow(() -> new IllegalArgumentException("asOf: " + asOf + " の名寄せは実行されていません"));
    }

    /** 01:30 Tokyo time: everything due yesterday or earlier and still unpaid. */
    @Scheduled(cron = "${collection.sweep.cron:0 30 1 * * *}", zone = "Asia/Tokyo")
    public void nightly() {
        if (nightly) {
            sweep.sweep(Today.date(), "nightly-sweep");
        }
    }

    /**
     * Every minute: a sweep of the last week that died (its node killed, its database gone longer than the sweep
     * waits) and whose lease has expired is taken over by whichever node looks first — the night finishes
     * without an operator. Off where the nightly sweep is off ({@code collection.sweep.resume}).
     */
    @Scheduled(fixedDelayString = "${collection.sweep.resume-every:PT1M}",
            initialDelayString = "${collection.sweep.resume-every:PT1M}")
    public void resumeInterrupted() {
        if (!resume) {
            return;
        }
        try {
            for (LocalDate asOf : sweep.interruptedRuns()) {
                LOG.warn("overdue sweep {} was interrupted: resuming it", asOf);
                sweep.sweep(asOf, "resume");
            }
        } catch (RuntimeException e) {
            LOG.warn("resuming interrupted sweeps failed ({}); trying again in a minute", e.toString());
        }
    }
}
