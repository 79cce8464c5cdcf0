package jp.lg.collection.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.lg.collection.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * 操作ログ (熊谷市 評価書 Ⅲ-3: ユーザIDとともに…アクセス、操作（登録、更新、印刷、外部媒体への出力等）のアクセス記録をログとして
 * 保管; Ⅲ-2: 証跡については完全性を担保し、容易に改ざんできない) and the anomaly report (異常アクセス（休業日や業務時間外の
 * アクセス、ログインエラー等）については定期的にチェック).
 */
class OperationLogTest extends ProcessTestSupport {

    @Autowired
    OperationLog log;
    @Autowired
    AnomalyReport anomalies;

    @Test
    void loginsFailuresAndOperationsAreLoggedWithUserTimeTargetResultAndAddress() throws Exception {
        today(LocalDate.of(2026, 6, 3));
        String id = newManager();
        mvc().perform(get("/api/breaches").with(httpBasic(id, "wrong-Password-1"))).andExpect(status().isUnauthorized());
        clock(LocalDateTime.of(2026, 6, 3, 9, 5)); // past Camunda's login delay after a failure
        mvc().perform(get("/api/breaches").with(httpBasic(id, "Sousa-Kiroku-2026"))).andExpect(status().isOk());
        mvc().perform(get("/api/breaches").with(httpBasic(id, "Sousa-Kiroku-2026"))).andExpect(status().isOk());
        mvc().perform(get("/api/audit/operations").with(httpBasic(id, "Sousa-Kiroku-2026")))
                .andExpect(status().isForbidden());

        List<OperationLog.Entry> mine = log.search(id, null, null, null, 100);
        assertThat(mine).extracting(OperationLog.Entry::action)
                .containsExactly("LOGIN_FAILED", "LOGIN", "VIEW", "VIEW", "ACCESS_DENIED");
        assertThat(mine.get(0).result()).startsWith("BadCredentialsException");
        assertThat(mine.get(1).target()).isEqualTo("api");
        assertThat(mine.get(2).target()).isEqualTo("/api/breaches");
        assertThat(mine.get(2).result()).isEqualTo("OK");
        assertThat(mine.get(2).ip()).isEqualTo("127.0.0.1");
        assertThat(mine.get(2).loggedAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(mine.get(4).target()).isEqualTo("GET /api/audit/operations");
    }

    @Test
    void auditorsSearchTheLogByUserDateAndAction() throws Exception {
        log.record(LocalDateTime.of(2026, 7, 1, 10, 0), "search-a", "CASE_VIEW", "/cases/D1", "OK", "10.0.0.1");
        log.record(LocalDateTime.of(2026, 7, 2, 10, 0), "search-a", "PDF_DOWNLOAD", "/api/documents/1", "OK", "10.0.0.1");
        log.record(LocalDateTime.of(2026, 7, 2, 11, 0), "search-b", "CASE_VIEW", "/cases/D2", "OK", "10.0.0.2");
        var auditor = user("kobayashi").authorities(new SimpleGrantedAuthority("GROUP_auditors"));
        mvc().perform(get("/api/audit/operations").param("user", "search-a").with(auditor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc().perform(get("/api/audit/operations").param("user", "search-a").param("from", "2026-07-02")
                .param("to", "2026-07-02").with(auditor)).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].action").value("PDF_DOWNLOAD"));
        mvc().perform(get("/api/audit/operations").param("action", "CASE_VIEW").param("from", "2026-07-02")
                .param("to", "2026-07-02").with(auditor)).andExpect(jsonPath("$[0].userId").value("search-b"));
        mvc().perform(get("/api/audit/operations").with(user("tanaka").authorities(
                new SimpleGrantedAuthority("GROUP_collectors")))).andExpect(status().isForbidden());
        mvc().perform(get("/api/audit/operations").with(user("sato").authorities(
                new SimpleGrantedAuthority("GROUP_managers")))).andExpect(status().isForbidden());
    }

    /** 証跡については完全性を担保し、容易に改ざんできない: an edited, inserted or deleted row breaks the chain. */
    @Test
    void tamperingIsFound() throws Exception {
        log.record(LocalDateTime.of(2026, 7, 3, 9, 0), "chain", "CASE_VIEW", "/cases/D3", "OK", "10.0.0.3");
        log.record(LocalDateTime.of(2026, 7, 3, 9, 1), "chain", "PDF_DOWNLOAD", "/api/documents/3", "OK", "10.0.0.3");
        log.record(LocalDateTime.of(2026, 7, 3, 9, 2), "chain", "CASE_VIEW", "/cases/D4", "OK", "10.0.0.3");
        var auditor = user("kobayashi").authorities(new SimpleGrantedAuthority("GROUP_auditors"));
        mvc().perform(get("/api/audit/verify").with(auditor)).andExpect(jsonPath("$.intact").value(true));
        long middle = log.search("chain", null, null, "PDF_DOWNLOAD", 10).get(0).id();

        jdbc.sql("UPDATE operation_log SET user_id = 'someone-else' WHERE id = ?").param(middle).update();
        try {
            mvc().perform(get("/api/audit/verify").with(auditor)).andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenId").value(middle));
        } finally {
            jdbc.sql("UPDATE operation_log SET user_id = 'chain' WHERE id = ?").param(middle).update();
        }
        assertThat(log.verify().intact()).isTrue();

        // deleting the newest row: the head no longer matches
        OperationLog.Entry last = log.last().orElseThrow();
        jdbc.sql("DELETE FROM operation_log WHERE id = ?").param(last.id()).update();
        try {
            assertThat(log.verify().intact()).isFalse();
        } finally {
            jdbc.sql("""
                    INSERT INTO operation_log (id, logged_at, user_id, action, target, result, ip, prev_hash, hash)
                    VALUES (?,?,?,?,?,?,?,?,?)""").params(last.id(), last.loggedAt(), last.userId(), last.action(),
                    last.target(), last.result(), last.ip(), last.prevHash(), last.hash()).update();
        }
        assertThat(log.verify().intact()).isTrue();
    }

    /**
     * Five failed logins lock an account (anyone can cause it): the lockout's whole reason is stored, the hash
     * covers exactly what is stored, so the chain stays intact through it and through texts longer than their
     * columns — and a row changed afterwards is still found.
     */
    @Test
    void lockoutsAndLongTextsKeepTheChainIntactAndTamperingIsStillFound() throws Exception {
        String id = newManager();
        LocalDateTime at = LocalDateTime.of(2026, 6, 4, 10, 0);
        for (int i = 0; i < 6; i++) {
            at = at.plusMinutes(5); // past Camunda's growing login delay, so each attempt counts
            clock(at);
            mvc().perform(get("/api/breaches").with(httpBasic(id, "Wrong-Pass-2026"))).andExpect(status().isUnauthorized());
        }
        log.record(at.plusMinutes(1), id, "UPDATE", "/api/" + "長".repeat(1_000), "ERROR " + "理由".repeat(1_000), "10.0.0.9");
        var auditor = user("kobayashi").authorities(new SimpleGrantedAuthority("GROUP_auditors"));
        mvc().perform(get("/api/audit/verify").with(auditor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));

        List<OperationLog.Entry> failures = log.search(id, null, null, "LOGIN_FAILED", 10);
        assertThat(failures).hasSize(6);
        OperationLog.Entry locked = failures.get(5);
        assertThat(locked.result()).isEqualTo("LockedException: ログインに5回失敗したためアカウントがロックされています。"
                + "システム管理者に解除を依頼してください");
        assertThat(log.search(id, null, null, "UPDATE", 10)).singleElement().satisfies(e -> {
            assertThat(e.target()).hasSize(300);
            assertThat(e.result()).hasSize(500);
        });

        jdbc.sql("UPDATE operation_log SET result = 'BadCredentialsException' WHERE id = ?").param(locked.id()).update();
        try {
            mvc().perform(get("/api/audit/verify").with(auditor)).andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenId").value(locked.id()));
        } finally {
            jdbc.sql("UPDATE operation_log SET result = ? WHERE id = ?").params(locked.result(), locked.id()).update();
        }
        mvc().perform(get("/api/audit/verify").with(auditor)).andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void myNumbersNeverReachTheLog() {
        log.record(LocalDateTime.of(2026, 7, 4, 9, 0), "masking", "VIEW", "/api/x?q=123456789018", "OK", null);
        assertThat(log.search("masking", null, null, null, 10).get(0).target()).isEqualTo("/api/x?q=************");
        // typed as a user name, written 4-4-4 or in full-width digits, in any field
        log.record(LocalDateTime.of(2026, 7, 4, 9, 1), "123456789018", "LOGIN_FAILED", "api 1234-5678-9018",
                "BadCredentialsException: １２３４５６７８９０１８", "10.0.0.4");
        OperationLog.Entry typed = log.last().orElseThrow();
        assertThat(typed.userId()).isEqualTo("************");
        assertThat(typed.target()).isEqualTo("api ************");
        assertThat(typed.result()).isEqualTo("BadCredentialsException: ************");
        // longer numbers (a 13-digit corporate number, a date-time) are not My Numbers
        log.record(LocalDateTime.of(2026, 7, 4, 9, 2), "masking", "VIEW", "/api/x?corp=1234567890123&d=2026-07-04",
                "OK", null);
        assertThat(log.last().orElseThrow().target()).isEqualTo("/api/x?corp=1234567890123&d=2026-07-04");
        assertThat(log.last().orElseThrow().ip()).as("a row no request started: this node").startsWith("node");
    }

    private String newManager() {
        String id = "oplog" + System.nanoTime() % 100000;
        var u = engine.getIdentityService().newUser(id);
        u.setPassword("Sousa-Kiroku-2026");
        engine.getIdentityService().saveUser(u);
        engine.getIdentityService().createMembership(id, "managers");
        return id;
    }

    private static void clock(LocalDateTime at) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
                java.util.Date.from(at.atZone(jp.lg.collection.system.Today.TOKYO).toInstant()));
    }

    /** Off-hours, weekends, holidays and login errors, for the security officer each morning. */
    @Test
    void theAnomalyReportListsOffHoursHolidaysAndLoginErrors() throws Exception {
        // Monday 2026-06-08: office hours 08:30–17:15
        log.record(LocalDateTime.of(2026, 6, 8, 8, 29), "night-owl", "CASE_VIEW", "/cases/D5", "OK", null);
        log.record(LocalDateTime.of(2026, 6, 8, 8, 30), "day-worker", "CASE_VIEW", "/cases/D5", "OK", null);
        log.record(LocalDateTime.of(2026, 6, 8, 17, 15), "day-worker", "CASE_VIEW", "/cases/D6", "OK", null);
        log.record(LocalDateTime.of(2026, 6, 8, 21, 40), "night-owl", "PDF_DOWNLOAD", "/api/documents/5", "OK", null);
        log.record(LocalDateTime.of(2026, 6, 8, 10, 0), "typo", "LOGIN_FAILED", "api", "BadCredentialsException", null);
        log.record(LocalDateTime.of(2026, 6, 8, 23, 0), "nightly-sweep", "SWEEP", "/api/sweeps", "OK", null);
        // Saturday 2026-06-13 and 海の日 2026-07-20 (a Monday)
        log.record(LocalDateTime.of(2026, 6, 13, 11, 0), "weekend", "CASE_VIEW", "/cases/D7", "OK", null);
        log.record(LocalDateTime.of(2026, 7, 20, 11, 0), "holiday", "CASE_VIEW", "/cases/D8", "OK", null);

        var auditor = user("kobayashi").authorities(new SimpleGrantedAuthority("GROUP_auditors"));
        String body = mvc().perform(get("/api/audit/anomalies").param("date", "2026-06-08").with(auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(anomalies.of(LocalDate.of(2026, 6, 8))).extracting(a -> a.entry().userId() + " " + a.reason())
                .contains("night-owl 業務時間外のアクセス", "typo ログインエラー")
                .doesNotContain("day-worker 業務時間外のアクセス", "nightly-sweep 業務時間外のアクセス")
                .filteredOn(s -> s.startsWith("night-owl")).hasSize(2);
        assertThat(body).contains("night-owl").doesNotContain("day-worker");
        assertThat(anomalies.of(LocalDate.of(2026, 6, 13))).extracting(a -> a.entry().userId() + " " + a.reason())
                .contains("weekend 休業日のアクセス（土曜日）");
        assertThat(anomalies.of(LocalDate.of(2026, 7, 20))).extracting(a -> a.entry().userId() + " " + a.reason())
                .contains("holiday 休業日のアクセス（海の日）");

        today(LocalDate.of(2026, 6, 9));
        anomalies.daily();
        assertThat(log.last().orElseThrow()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("ANOMALY_REPORT");
            assertThat(e.target()).isEqualTo("2026-06-08");
        });
        mvc().perform(get("/api/audit/anomalies").param("date", "2026-06-08")
                .with(user("sato").authorities(new SimpleGrantedAuthority("GROUP_managers"))))
                .andExpect(status().isForbidden());
    }
}
