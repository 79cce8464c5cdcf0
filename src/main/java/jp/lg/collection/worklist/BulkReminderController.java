package jp.lg.collection.worklist;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import jp.lg.collection.audit.AuditInterceptor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 対象者抽出 and 一括催告 over the API (managers and admins, SecurityConfig): saved selections, their preview, and
 * the reminder runs with their progress. The page {@code /selections} does the same for people.
 */
@RestController
public class BulkReminderController {

    private final CaseSelections selections;
    private final BulkReminders reminders;

    public BulkReminderController(CaseSelections selections, BulkReminders reminders) {
        this.selections = selections;
        this.reminders = reminders;
    }

    @GetMapping("/api/selections")
    public List<CaseSelection> all() {
        return selections.all();
    }

    @PostMapping("/api/selections")
    public ResponseEntity<CaseSelection> create(@RequestBody CaseSelection selection, Principal user) {
        CaseSelection withoutId = new CaseSelection(null, selection.name(), selection.districtCode(),
                selection.taxItem(), selection.minAmount(), selection.maxAmount(), selection.phase(),
                selection.minRank(), selection.minDaysSinceContact(), selection.promiseBroken());
        return ResponseEntity.status(HttpStatus.CREATED).body(selections.save(withoutId, user.getName()));
    }

    @PutMapping("/api/selections/{id}")
    public CaseSelection change(@PathVariable("id") long id, @RequestBody CaseSelection selection, Principal user) {
        return selections.save(new CaseSelection(id, selection.name(), selection.districtCode(), selection.taxItem(),
                selection.minAmount(), selection.maxAmount(), selection.phase(), selection.minRank(),
                selection.minDaysSinceContact(), selection.promiseBroken()), user.getName());
    }

    /** Conditions not saved yet: how many cases, how many ready for a round, the first 50. */
    @PostMapping("/api/selections/preview")
    public BulkReminders.Preview preview(@RequestBody CaseSelection conditions) {
        return reminders.preview(conditions);
    }

    @GetMapping("/api/selections/{id}/preview")
    public BulkReminders.Preview preview(@PathVariable("id") long id) {
        return reminders.preview(selections.require(id));
    }

    /** Starts today's run (202), or answers the run already started today (200, {@code alreadyRun}). */
    @PostMapping("/api/selections/{id}/bulk-reminders")
    public ResponseEntity<BulkReminders.Run> start(@PathVariable("id") long id, Principal user,
            HttpServletRequest request) {
        BulkReminders.Run run = reminders.start(id, user.getName());
        request.setAttribute(AuditInterceptor.TARGET, "一括催告 " + run.id() + " 「" + run.selectionName() + "」 "
                + run.matched() + "件" + (run.alreadyRun() ? " (本日実行済み)" : ""));
        return ResponseEntity.status(run.alreadyRun() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(run);
    }

    @GetMapping("/api/selections/{id}/bulk-reminders")
    public List<BulkReminders.Run> runs(@PathVariable("id") long id) {
        selections.require(id);
        return reminders.runsOf(id);
    }

    @GetMapping("/api/bulk-reminders/{runId}")
    public BulkReminders.Run run(@PathVariable("runId") long runId) {
        return reminders.run(runId);
    }

    @GetMapping("/api/bulk-reminders/{runId}/targets")
    public List<BulkReminders.Target> targets(@PathVariable("runId") long runId,
            @RequestParam(name = "status", required = false) BulkReminders.TargetStatus status) {
        return reminders.targets(runId, status);
    }
}
