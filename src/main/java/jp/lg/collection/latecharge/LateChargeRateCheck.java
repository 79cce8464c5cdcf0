package jp.lg.collection.latecharge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.lg.collection.audit.OperationLog;
import jp.lg.collection.bill.LateChargeRates;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.payment.PendingLateCharges;
import jp.lg.collection.system.Startup;
import jp.lg.collection.system.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the yearly late-charge rates from running out unnoticed (statutory-rules.md §2: warn administrators from
 * December on that next year's row is missing). What is missing — next year's row from 1 December, this year's
 * row, and the late charges waiting for a rate — is stated in Japanese: in the application log (WARN) and the
 * operation log (LATE_CHARGE_RATE_MISSING, user system) at start-up and each night at 00:05, and in the answer of
 * {@code GET /api/admin/late-charge-rates}. Each night it also fixes the pending late charges whose rate has
 * come in meanwhile (a row added on another node).
 */
@Component
@Order(50)
public class LateChargeRateCheck implements Startup.Step {

    private static final Logger LOG = LoggerFactory.getLogger(LateChargeRateCheck.class);

    private final LateChargeRates rates;
    private final TaxBillRepository bills;
    private final PendingLateCharges pending;
    private final OperationLog operations;

    public LateChargeRateCheck(LateChargeRates rates, TaxBillRepository bills, PendingLateCharges pending,
            OperationLog operations) {
        this.rates = rates;
        this.bills = bills;
        this.pending = pending;
        this.operations = operations;
    }

    /** What an administrator must do about the rates on {@code today}, in Japanese; empty when nothing. */
    public List<String> warnings(LocalDate today) {
        List<String> warnings = new ArrayList<>();
        for (int year : rates.table().yearsToWarnAbout(today)) {
            warnings.add(year + "年の延滞金の割合が未登録です。" + (year > today.getYear()
                    ? year + "年1月1日以降の日にかかる延滞金は、登録されるまで計算保留になります。"
                    : "延滞金は登録されるまで計算保留になります。")
                    + "総務省・財務省の告示に基づき登録してください (POST /api/admin/late-charge-rates)。");
        }
        for (int year : rates.table().refundAdditionYearsToWarnAbout(today)) {
            warnings.add(year + "年の還付加算金の割合が未登録です。" + (year > today.getYear()
                    ? year + "年1月1日以降に支出決定する還付は、登録されるまで決裁できません。"
                    : "還付の決裁は登録されるまでできません。")
                    + "財務省の告示 (平均貸付割合) に基づき登録してください (POST /api/admin/late-charge-rates/" + year
                    + "/refund-addition)。");
        }
        int waiting = bills.findLateChargePending().size();
        if (waiting > 0) {
            warnings.add("延滞金の計算保留が " + waiting + " 期あります (割合の登録後に自動で計算されます)。");
        }
        String unverified = rates.rows().stream().filter(r -> !r.verified()).map(r -> String.valueOf(r.year()))
                .collect(Collectors.joining("・"));
        if (!unverified.isEmpty()) {
            warnings.add("未確認の割合があります (" + unverified + "年: 猶予期間の割合は旧附則3の2②から導いた値、要確認)。");
        }
        String unverifiedRefund = rates.rows().stream()
                .filter(r -> r.refundAdditionPercent() != null && !r.refundAdditionVerified())
                .map(r -> String.valueOf(r.year())).collect(Collectors.joining("・"));
        if (!unverifiedRefund.isEmpty()) {
            warnings.add("未確認の還付加算金の割合があります (" + unverifiedRefund + "年: 平均貸付割合から導いた値、告示で要確認)。");
        }
        return warnings;
    }

    @Override
    public void run() {
        warn();
    }

    @Scheduled(cron = "${collection.late-charge.check-cron:0 5 0 * * *}", zone = "Asia/Tokyo")
    public void nightly() {
        rates.forget();
        int fixed = pending.fixAll("system");
        if (fixed > 0) {
            LOG.info("保留していた延滞金 {} 期を計算しました", fixed);
        }
        warn();
    }

    private void warn() {
        LocalDate today = Today.date();
        List<Integer> missing = rates.table().yearsToWarnAbout(today);
        for (String warning : warnings(today)) {
            LOG.warn(warning);
        }
        if (!missing.isEmpty()) {
            operations.record("system", "LATE_CHARGE_RATE_MISSING",
                    missing.stream().map(y -> y + "年").collect(Collectors.joining("・")), "WARN");
        }
    }
}
