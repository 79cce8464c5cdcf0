package jp.lg.collection.delinquency;

import java.security.Principal;
import java.time.LocalDate;
import jp.lg.collection.system.Today;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The nightly overdue sweep, and the operator's way to re-run a missed night. */
@RestController
public class SweepController {

    private final OverdueSweep sweep;
    private final boolean nightly;

    public SweepController(OverdueSweep sweep, @Value("${collection.sweep.nightly:true}") boolean nightly) {
        this.sweep = sweep;
        this.nightly = nightly;
    }

    @PostMapping("/api/sweeps")
    public OverdueSweep.Result run(@RequestParam("asOf") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Principal user) {
        if (asOf.isAfter(Today.date())) {
            throw new IllegalArgumentException("asOf: 未来の日付 (" + asOf + ") では名寄せできません");
        }
        return sweep.sweep(asOf, user.getName());
    }

    /** 01:30 Tokyo time: everything due yesterday or earlier and still unpaid. */
    @Scheduled(cron = "${collection.sweep.cron:0 30 1 * * *}", zone = "Asia/Tokyo")
    public void nightly() {
        if (nightly) {
            sweep.sweep(Today.date(), "nightly-sweep");
        }
    }
}
