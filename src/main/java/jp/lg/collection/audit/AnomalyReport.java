package jp.lg.collection.audit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.lg.collection.system.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 異常アクセス（休業日や業務時間外のアクセス、ログインエラー等）については定期的にチェック (熊谷市 評価書 Ⅲ-3): for a day,
 * the logged operations of people (not of the system's own jobs) on a weekend or holiday ({@code office_holiday})
 * or outside office hours ({@value #OPENS}–{@value #CLOSES}), and every failed login or refused access. Each
 * morning at 07:00 the report of the day before is made and its size logged (ANOMALY_REPORT) for the security
 * officer, who reads it at {@code GET /api/audit/anomalies?date=}.
 */
@Component
public class AnomalyReport {

    static final String OPENS = "08:30";
    static final String CLOSES = "17:15";
    private static final Logger LOG = LoggerFactory.getLogger(AnomalyReport.class);
    private static final List<String> SYSTEM_USERS = List.of("system", "nightly-sweep", "demo");

    public record Anomaly(String reason, OperationLog.Entry entry) {
    }

    private final JdbcClient jdbc;
    private final OperationLog log;

    public AnomalyReport(JdbcClient jdbc, OperationLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    public List<Anomaly> of(LocalDate day) {
        Optional<String> holiday = holiday(day);
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        List<Anomaly> anomalies = new ArrayList<>();
        for (OperationLog.Entry e : log.search(null, day, day, null, 10_000)) {
            if (e.action().equals("ANOMALY_REPORT") || e.userId() == null || SYSTEM_USERS.contains(e.userId())) {
                continue;
            }
            LocalTime time = e.loggedAt().toLocalTime();
            if (e.action().equals("LOGIN_FAILED")) {
                anomalies.add(new Anomaly("ログインエラー", e));
            } else if (e.action().equals("ACCESS_DENIED") || e.result().startsWith("DENIED")) {
                anomalies.add(new Anomaly("権限外の操作", e));
            } else if (holiday.isPresent()) {
                anomalies.add(new Anomaly("休業日のアクセス（" + holiday.get() + "）", e));
            } else if (weekend) {
                anomalies.add(new Anomaly("休業日のアクセス（" + (day.getDayOfWeek() == DayOfWeek.SATURDAY ? "土曜日" : "日曜日") + "）", e));
            } else if (time.isBefore(LocalTime.parse(OPENS)) || time.isAfter(LocalTime.parse(CLOSES))) {
                anomalies.add(new Anomaly("業務時間外のアクセス", e));
            }
        }
        return anomalies;
    }

    public Optional<String> holiday(LocalDate day) {
        return jdbc.sql("SELECT name FROM office_holiday WHERE holiday_date = ?").param(day).query(String.class).optional();
    }

    /** 07:00 Tokyo: yesterday's report, its size in the operation log for the security officer. */
    @Scheduled(cron = "${collection.audit.anomaly-cron:0 0 7 * * *}", zone = "Asia/Tokyo")
    public void daily() {
        LocalDate yesterday = Today.date().minusDays(1);
        int count = of(yesterday).size();
        log.record("system", "ANOMALY_REPORT", yesterday.toString(), count + " 件");
        if (count > 0) {
            LOG.warn("異常アクセス報告 {}: {} 件 (GET /api/audit/anomalies?date={})", yesterday, count, yesterday);
        }
    }
}
