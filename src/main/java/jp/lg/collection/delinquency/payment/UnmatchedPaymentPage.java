package jp.lg.collection.delinquency.payment;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.payment.UnmatchedPayments.Decision;
import jp.lg.collection.delinquency.payment.UnmatchedPayments.Resolution;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /payments/unmatched}: 消込不能入金の一覧 — the lines no installment matched, resolved many at a time (the
 * same decisions as the Tasklist form; each line's task is completed with it), and the コンビニ 速報 still waiting
 * for their 確報 past the configured days. Same stylesheet as the case view; no script.
 */
@Controller
public class UnmatchedPaymentPage {

    private final UnmatchedPayments unmatched;
    private final CvsReports cvs;

    public UnmatchedPaymentPage(UnmatchedPayments unmatched, CvsReports cvs) {
        this.unmatched = unmatched;
        this.cvs = cvs;
    }

    @GetMapping("/payments/unmatched")
    public ModelAndView list(Principal viewer, HttpServletResponse response) {
        response.setHeader("Cache-Control", "private, no-store");
        return page(viewer, Map.of(), List.of(), null);
    }

    @PostMapping("/payments/unmatched")
    public ModelAndView resolve(@RequestParam(value = "recordIds", required = false) List<String> recordIds,
            @RequestParam Map<String, String> form, Authentication viewer, HttpServletResponse response,
            RedirectAttributes redirect) {
        List<String> selected = recordIds == null ? List.of() : recordIds;
        try {
            Decision decision = new Decision(resolution(form.get("resolution")), form.get("targetCaseId"),
                    form.get("targetAddresseeNo"), whole("targetFiscalYear", form.get("targetFiscalYear")),
                    form.get("targetTaxItem"), form.get("targetNoticeNo"),
                    whole("targetInstallmentNo", form.get("targetInstallmentNo")), form.get("resolutionNote"));
            int resolved = unmatched.resolve(selected, decision, viewer.getName(), UnmatchedPayments.groupsOf(viewer));
            redirect.addFlashAttribute("message", resolved + "件の入金を「" + decision.resolution().label() + "」で処理しました");
            return new ModelAndView("redirect:/payments/unmatched");
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setHeader("Cache-Control", "private, no-store");
            return page(viewer, form, selected, e.getMessage());
        }
    }

    private ModelAndView page(Principal viewer, Map<String, String> form, List<String> selected, String error) {
        ModelAndView page = new ModelAndView("payment/unmatched");
        page.addObject("lines", unmatched.open());
        page.addObject("overdue", cvs.overdue());
        page.addObject("provisional", cvs.provisional().size());
        page.addObject("confirmationDays", cvs.confirmationDays());
        page.addObject("resolutions", Resolution.values());
        page.addObject("taxItems", TaxItem.values());
        page.addObject("form", new HashMap<>(form));
        page.addObject("selected", selected);
        page.addObject("error", error);
        page.addObject("viewer", viewer == null ? "" : viewer.getName());
        page.addObject("today", Today.date());
        page.addObject("f", Format.INSTANCE);
        return page;
    }

    private static Resolution resolution(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("resolution: 処理を選んでください");
        }
        try {
            return Resolution.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("resolution: 処理を選んでください (" + value + ")");
        }
    }

    private static Integer whole(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": 半角数字で入力してください (" + value + ")");
        }
    }

    /** How the page prints values: 和暦 with the ISO date, yen with separators. */
    public static final class Format {
        static final Format INSTANCE = new Format();

        public String date(LocalDate d) {
            return d == null ? "" : WarekiDate.formatShort(d) + " (" + d + ")";
        }

        public String yen(long amount) {
            return Yen.of(amount);
        }

        public String fiscalYear(Integer year) {
            return year == null ? "" : NoticeLine.fiscalYearLabel(year);
        }

        public String dateTime(java.time.LocalDateTime t) {
            return t == null ? "" : t.toLocalDate() + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
        }
    }
}
