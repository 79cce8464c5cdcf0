package jp.lg.collection.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.system.StaffNames;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /audit/operations}: the operation log as a page for the auditors (and admins; SecurityConfig) — search by
 * user, date range, action and target, newest first, 50 lines a page, in Japanese. It shows the rows exactly as
 * the table keeps them and {@code /api/audit/operations} returns them: 12-digit numbers were masked when logged,
 * and what the auditor types is masked the same way before it is searched or shown again.
 */
@Controller
public class AuditPage {

    static final int PAGE_SIZE = 50;

    /** One line of the page: the entry with the user's name and the action's words. */
    public record Line(OperationLog.Entry entry, String userName, String actionLabel) {
    }

    private final OperationLog log;
    private final StaffNames names;

    public AuditPage(OperationLog log, StaffNames names) {
        this.log = log;
        this.names = names;
    }

    @GetMapping("/audit/operations")
    public ModelAndView operations(@RequestParam(value = "user", required = false) String user,
            @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to,
            @RequestParam(value = "action", required = false) String action,
            @RequestParam(value = "target", required = false) String target,
            @RequestParam(value = "page", defaultValue = "1") String page, HttpServletResponse response) {
        Map<String, Object> model = new HashMap<>();
        List<String> problems = new ArrayList<>();
        LocalDate fromDay = day(from, "開始日", problems);
        LocalDate toDay = day(to, "終了日", problems);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            problems.add("開始日は終了日より前の日にしてください");
        }
        int number = 1;
        try {
            number = Math.max(1, Integer.parseInt(page.trim()));
        } catch (NumberFormatException notANumber) {
            problems.add("ページは数字で指定してください");
        }
        OperationLog.Search search = new OperationLog.Search(user, fromDay, toDay, action, target);
        model.put("search", search);
        model.put("fromText", OperationLog.maskMyNumbers(from == null ? "" : from));
        model.put("toText", OperationLog.maskMyNumbers(to == null ? "" : to));
        model.put("actions", OperationActions.LABELS);
        model.put("problems", problems);
        if (problems.isEmpty()) {
            OperationLog.Page result = log.page(search, number, PAGE_SIZE);
            Map<String, String> people = new HashMap<>();
            List<Line> lines = new ArrayList<>();
            for (OperationLog.Entry e : result.entries()) {
                String name = e.userId() == null ? "" : people.computeIfAbsent(e.userId(), names::person);
                lines.add(new Line(e, name.equals(e.userId()) ? "" : name, OperationActions.label(e.action())));
            }
            model.put("result", result);
            model.put("lines", lines);
            model.put("previous", link(search, from, to, result.number() - 1));
            model.put("next", link(search, from, to, result.number() + 1));
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        response.setHeader("Cache-Control", "private, no-store");
        return new ModelAndView("audit/operations", model);
    }

    private static LocalDate day(String text, String name, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            problems.add(name + "は YYYY-MM-DD の形で指定してください");
            return null;
        }
    }

    /** The same search on another page. */
    private static String link(OperationLog.Search search, String from, String to, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("user", search.user());
        params.put("from", search.from() == null ? null : from.trim());
        params.put("to", search.to() == null ? null : to.trim());
        params.put("action", search.action());
        params.put("target", search.target());
        params.put("page", String.valueOf(page));
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit/operations");
        params.forEach((name, value) -> {
            if (value != null) {
                uri.queryParam(name, value);
            }
        });
        return uri.encode().build().toUriString();
    }
}
