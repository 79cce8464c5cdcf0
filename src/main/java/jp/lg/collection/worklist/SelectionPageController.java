package jp.lg.collection.worklist;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.audit.OperationLog;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.StaffNames;
import jp.lg.collection.system.Today;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /selections}: 対象者抽出・一括催告 for managers (session login, or the Tasklist login of the same session).
 * Conditions are typed into a form, previewed (how many cases, how many can start a round now, the first 50 by
 * rank), saved under a name for reuse, and a saved selection's reminder round is started for all its cases at
 * once; {@code /selections/runs/{id}} shows the run's progress and reloads itself until the run is done. The
 * page has no script: the progress page refreshes by a meta tag.
 */
@Controller
public class SelectionPageController {

    /** Formats the page prints. */
    public static final class Format {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

        public String yen(long amount) {
            return Yen.of(amount);
        }

        public String date(LocalDate d) {
            return d == null ? "" : WarekiDate.formatShort(d) + " (" + d + ")";
        }

        public String dateTime(LocalDateTime t) {
            return t == null ? "" : WarekiDate.formatShort(t.toLocalDate()) + " " + TIME.format(t);
        }
    }

    private static final Format FORMAT = new Format();

    private final CaseSelections selections;
    private final BulkReminders reminders;
    private final RankSettings ranks;
    private final StaffNames staff;
    private final OperationLog operations;

    public SelectionPageController(CaseSelections selections, BulkReminders reminders, RankSettings ranks,
            StaffNames staff, OperationLog operations) {
        this.selections = selections;
        this.reminders = reminders;
        this.ranks = ranks;
        this.staff = staff;
        this.operations = operations;
    }

    /**
     * The page; {@code selection}: a saved selection to preview and run; {@code preview}: preview the conditions
     * of the form (not saved).
     */
    @GetMapping("/selections")
    public ModelAndView page(@RequestParam(name = "selection", required = false) Long selectionId,
            @RequestParam(name = "preview", required = false) String preview,
            @ModelAttribute("conditions") CaseSelection conditions, Principal viewer, HttpServletResponse response) {
        Map<String, Object> model = base(viewer);
        CaseSelection form = conditions;
        try {
            if (selectionId != null) {
                CaseSelection saved = selections.require(selectionId);
                form = saved;
                model.put("selected", saved);
                model.put("preview", reminders.preview(saved));
                model.put("runs", reminders.runsOf(selectionId));
            } else if (preview != null) {
                model.put("preview", reminders.preview(conditions));
            }
        } catch (IllegalArgumentException e) {
            model.put("error", message(e));
        }
        model.put("conditions", form);
        response.setHeader("Cache-Control", "private, no-store");
        return new ModelAndView("worklist/selections", model);
    }

    /** Saves the form's conditions under their name. */
    @PostMapping("/selections")
    public ModelAndView save(@ModelAttribute("conditions") CaseSelection conditions, Principal user,
            RedirectAttributes redirect) {
        try {
            CaseSelection saved = selections.save(new CaseSelection(null, conditions.name(), conditions.districtCode(),
                    conditions.taxItem(), conditions.minAmount(), conditions.maxAmount(), conditions.phase(),
                    conditions.minRank(), conditions.minDaysSinceContact(), conditions.promiseBroken()),
                    user.getName());
            redirect.addFlashAttribute("notice", "抽出条件「" + saved.name() + "」を保存しました");
            return new ModelAndView("redirect:/selections?selection=" + saved.id());
        } catch (IllegalArgumentException e) {
            Map<String, Object> model = base(user);
            model.put("conditions", conditions);
            model.put("error", message(e));
            return new ModelAndView("worklist/selections", model);
        }
    }

    /** Starts today's reminder round for the saved selection (or shows the run already started today). */
    @PostMapping("/selections/{id}/bulk-reminders")
    public String start(@PathVariable("id") long id, Principal user) {
        BulkReminders.Run run = reminders.start(id, user.getName());
        operations.record(user.getName(), "BULK_REMINDER", "一括催告 " + run.id() + " 「" + run.selectionName() + "」 "
                + run.matched() + "件" + (run.alreadyRun() ? " (本日実行済み)" : ""), "OK");
        return "redirect:/selections/runs/" + run.id() + (run.alreadyRun() ? "?again=1" : "");
    }

    @GetMapping("/selections/runs/{runId}")
    public ModelAndView run(@PathVariable("runId") long runId,
            @RequestParam(name = "again", required = false) String again, Principal viewer,
            HttpServletResponse response) {
        Map<String, Object> model = base(viewer);
        BulkReminders.Run run = reminders.run(runId);
        model.put("run", run);
        model.put("again", again != null);
        model.put("failed", run.failed() == 0 ? List.of() : reminders.targets(runId, BulkReminders.TargetStatus.FAILED));
        response.setHeader("Cache-Control", "private, no-store");
        return new ModelAndView("worklist/run", model);
    }

    private Map<String, Object> base(Principal viewer) {
        Map<String, Object> model = new HashMap<>();
        model.put("f", FORMAT);
        model.put("today", Today.date());
        model.put("viewer", viewer == null ? "" : staff.person(viewer.getName()));
        model.put("saved", selections.all());
        model.put("phases", CasePhase.values());
        model.put("taxItems", TaxItem.values());
        model.put("bands", ranks.current().bands());
        return model;
    }

    /** The message without the field name a problem detail would carry. */
    private static String message(IllegalArgumentException e) {
        String text = e.getMessage() == null ? "入力が正しくありません" : e.getMessage();
        int colon = text.indexOf(": ");
        return colon > 0 && colon < 40 ? text.substring(colon + 2) : text;
    }
}
