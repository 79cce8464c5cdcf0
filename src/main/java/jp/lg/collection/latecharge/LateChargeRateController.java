package jp.lg.collection.latecharge;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import jp.lg.collection.audit.AuditInterceptor;
import jp.lg.collection.bill.LateChargeRates;
import jp.lg.collection.delinquency.payment.PendingLateCharges;
import jp.lg.collection.rules.LateChargeRate;
import jp.lg.collection.system.Today;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 延滞金の割合の登録 (administrators): the yearly rates of 地方税法附則3の2 are data, a newly published year one new
 * row, added without a release. Adding a year is in the operation log (LATE_CHARGE_RATE_ADD, with the rates) and
 * computes at once every late charge that was pending for want of it. A loaded year is never changed: the late
 * charges fixed with it stay as they are.
 */
@RestController
public class LateChargeRateController {

    /** The table with what an administrator must do about it. */
    public record RateTable(List<LateChargeRates.Row> rates, List<String> warnings) {
    }

    /** A year added, and how many pending late charges it let be computed. */
    public record YearAdded(int year, int pendingLateChargesComputed) {
    }

    private final LateChargeRates rates;
    private final PendingLateCharges pending;
    private final LateChargeRateCheck check;

    public LateChargeRateController(LateChargeRates rates, PendingLateCharges pending, LateChargeRateCheck check) {
        this.rates = rates;
        this.pending = pending;
        this.check = check;
    }

    @GetMapping("/api/admin/late-charge-rates")
    public RateTable rates() {
        return new RateTable(rates.rows(), check.warnings(Today.date()));
    }

    /**
     * Adds a year's rates in %/year: first month (延滞金特例基準割合 + 1 %), after one month (+ 7.3 %), during a
     * grace (猶予特例基準割合) and of the 還付加算金 (還付加算金特例基準割合, 法17の4, 附則3の2), with the notice they were
     * taken from.
     */
    @PostMapping("/api/admin/late-charge-rates")
    @Transactional
    public YearAdded add(@RequestParam("year") int year,
            @RequestParam("firstMonthPercent") BigDecimal firstMonthPercent,
            @RequestParam("laterPercent") BigDecimal laterPercent,
            @RequestParam(name = "gracePercent", required = false) BigDecimal gracePercent,
            @RequestParam(name = "refundAdditionPercent", required = false) BigDecimal refundAdditionPercent,
            @RequestParam("source") String source, Principal user, HttpServletRequest request) {
        if (year < 2000 || year > Today.date().getYear() + 1) {
            throw new IllegalArgumentException("year: 登録できるのは2000年から翌年 (" + (Today.date().getYear() + 1)
                    + "年) までです");
        }
        if (source == null || source.isBlank() || source.length() > 300) {
            throw new IllegalArgumentException("source: 根拠 (告示の名称・日付) を300字以内で入力してください");
        }
        requireRate("firstMonthPercent", "納期限の翌日から1月の割合", firstMonthPercent,
                LateChargeRate.STATUTORY_FIRST_MONTH_PERCENT);
        requireRate("laterPercent", "1月経過後の割合", laterPercent, LateChargeRate.STATUTORY_LATER_PERCENT);
        if (gracePercent != null) {
            requireRate("gracePercent", "猶予期間の割合", gracePercent, LateChargeRate.STATUTORY_FIRST_MONTH_PERCENT);
        }
        if (refundAdditionPercent != null) {
            requireRate("refundAdditionPercent", "還付加算金の割合", refundAdditionPercent,
                    LateChargeRate.STATUTORY_REFUND_ADDITION_PERCENT);
        }
        LateChargeRate rate = new LateChargeRate(year, firstMonthPercent, laterPercent, gracePercent,
                refundAdditionPercent);
        request.setAttribute(AuditInterceptor.TARGET, year + "年 " + firstMonthPercent.toPlainString() + "% / "
                + laterPercent.toPlainString() + "% / 猶予 " + (gracePercent == null ? "-" : gracePercent.toPlainString()
                + "%") + " / 還付加算金 " + (refundAdditionPercent == null ? "-"
                        : refundAdditionPercent.toPlainString() + "%"));
        rates.add(rate, source.strip(), user.getName());
        return new YearAdded(year, pending.fixAll(user.getName()));
    }

    /**
     * Adds the 還付加算金 rate (%/year) to a year loaded without it; a loaded one is never changed (400 naming the
     * year).
     */
    @PostMapping("/api/admin/late-charge-rates/{year}/refund-addition")
    @Transactional
    public RateTable addRefundAddition(@PathVariable("year") int year, @RequestParam("percent") BigDecimal percent,
            @RequestParam("source") String source, HttpServletRequest request) {
        if (source == null || source.isBlank() || source.length() > 300) {
            throw new IllegalArgumentException("source: 根拠 (告示の名称・日付) を300字以内で入力してください");
        }
        requireRate("percent", "還付加算金の割合", percent, LateChargeRate.STATUTORY_REFUND_ADDITION_PERCENT);
        request.setAttribute(AuditInterceptor.TARGET, year + "年 還付加算金 " + percent.toPlainString() + "%");
        rates.addRefundAddition(year, percent, source.strip());
        return rates();
    }

    /** 附則3の2: a special rate applies only below the statutory rate of 法326 / 法17の4 (7.3 % / 14.6 %). */
    private static void requireRate(String field, String label, BigDecimal rate, BigDecimal statutory) {
        if (rate.signum() < 0 || rate.compareTo(statutory) > 0 || rate.scale() > 2) {
            throw new IllegalArgumentException(field + ": " + label + "は0%以上" + statutory.toPlainString()
                    + "%以下、小数第2位までで入力してください (" + rate.toPlainString() + "%)");
        }
    }
}
