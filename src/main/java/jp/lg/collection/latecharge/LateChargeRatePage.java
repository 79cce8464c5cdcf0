package jp.lg.collection.latecharge;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.security.Principal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.lg.collection.bill.LateChargeRates;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 延滞金の割合 as a page for administrators ({@code /admin/late-charge-rates}, form login): the yearly rates with
 * where each came from and who registered it, the warnings (next year's rate missing from 1 December, late charges
 * pending, unverified rows), and the form to add a year — the same checks and the same operation-log entry as
 * {@code POST /api/admin/late-charge-rates}, which it calls.
 */
@Controller
public class LateChargeRatePage {

    private final LateChargeRates rates;
    private final LateChargeRateCheck check;
    private final LateChargeRateController api;

    public LateChargeRatePage(LateChargeRates rates, LateChargeRateCheck check, LateChargeRateController api) {
        this.rates = rates;
        this.check = check;
        this.api = api;
    }

    @GetMapping("/admin/late-charge-rates")
    public String page(Model model) {
        LocalDate today = Today.date();
        var rows = new java.util.ArrayList<>(rates.rows());
        java.util.Collections.reverse(rows); // the newest year first
        model.addAttribute("rows", rows);
        model.addAttribute("warnings", check.warnings(today));
        Map<Integer, String> eras = new LinkedHashMap<>();
        rows.forEach(r -> eras.put(r.year(),
                WarekiDate.format(LocalDate.of(r.year(), 1, 1)).replaceFirst("1月1日$", "")));
        model.addAttribute("eras", eras);
        if (!model.containsAttribute("typed")) {
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("year", Integer.toString(today.getMonthValue() == 12 ? today.getYear() + 1 : today.getYear()));
            model.addAttribute("typed", typed);
        }
        return "admin/late-charge-rates";
    }

    @PostMapping("/admin/late-charge-rates")
    public String add(@RequestParam Map<String, String> form, Principal user, HttpServletRequest request,
            RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String name : new String[] {"year", "firstMonthPercent", "laterPercent", "gracePercent",
                "refundAdditionPercent", "source"}) {
            typed.put(name, form.getOrDefault(name, "").strip());
        }
        try {
            int year = Integer.parseInt(required(typed, "year", "年"));
            var added = api.add(year, percent(typed, "firstMonthPercent", "納期限の翌日から1月の割合", true),
                    percent(typed, "laterPercent", "1月経過後の割合", true),
                    percent(typed, "gracePercent", "猶予期間の割合", false),
                    percent(typed, "refundAdditionPercent", "還付加算金の割合", false), typed.get("source"), user, request);
            redirect.addFlashAttribute("done", added.year() + "年の割合を登録しました。計算保留だった延滞金 "
                    + added.pendingLateChargesComputed() + " 件を計算しました。");
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("error", "year: 年は西暦の数字で入力してください (例: 2027)");
            redirect.addFlashAttribute("typed", typed);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:/admin/late-charge-rates";
    }

    private static String required(Map<String, String> typed, String name, String label) {
        String value = Normalizer.normalize(typed.get(name), Normalizer.Form.NFKC).strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + label + "を入力してください");
        }
        return value;
    }

    /** A rate as typed: 2.8, ２．８, 2.8% — the percent sign and full-width digits are read, nothing is rounded. */
    private static BigDecimal percent(Map<String, String> typed, String name, String label, boolean needed) {
        String value = Normalizer.normalize(typed.get(name), Normalizer.Form.NFKC).strip().replaceFirst("%$", "")
                .strip();
        if (value.isEmpty()) {
            if (needed) {
                throw new IllegalArgumentException(name + ": " + label + "を入力してください");
            }
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": " + label + "は数字で入力してください (例: 2.8)");
        }
    }
}
