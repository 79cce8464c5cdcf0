package jp.lg.collection.audit;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import jp.lg.collection.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The operation log as the auditor's page: search by user, date range, action and target, newest first, 50 lines a
 * page, in Japanese, 12-digit numbers masked as the JSON API returns them; nobody but auditors (and admins).
 */
class AuditPageTest extends ProcessTestSupport {

    @Autowired
    OperationLog log;

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc().perform(request.with(member("kobayashi", "auditors"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void auditorsSearchByUserDatesActionAndTarget() throws Exception {
        log.record(LocalDateTime.of(2026, 8, 1, 9, 0), "page-a", "CASE_VIEW", "/cases/DX-PAGE-777", "OK", "10.0.0.1");
        log.record(LocalDateTime.of(2026, 8, 2, 9, 0), "page-a", "PDF_DOWNLOAD", "/api/documents/77", "OK", "10.0.0.1");
        log.record(LocalDateTime.of(2026, 8, 3, 9, 0), "page-a", "CASE_VIEW", "/cases/DX-PAGE-778", "OK", "10.0.0.1");
        log.record(LocalDateTime.of(2026, 8, 3, 10, 0), "page-x", "CASE_VIEW", "/cases/DX-PAGE-777", "DENIED",
                "10.0.0.9");

        String byUser = page(get("/audit/operations").param("user", "page-a"));
        assertThat(byUser).contains("操作ログ", "全 3 件", "案件の閲覧", "文書の表示・印刷", "/cases/DX-PAGE-778",
                "2026-08-03 09:00:00").doesNotContain("page-x");
        // newest first
        assertThat(byUser.indexOf("DX-PAGE-778")).isLessThan(byUser.indexOf("DX-PAGE-777"));

        String range = page(get("/audit/operations").param("user", "page-a").param("from", "2026-08-02")
                .param("to", "2026-08-02"));
        assertThat(range).contains("全 1 件", "/api/documents/77").doesNotContain("/cases/DX-PAGE-778");

        String action = page(get("/audit/operations").param("user", "page-a").param("action", "CASE_VIEW"));
        assertThat(action).contains("全 2 件").doesNotContain("/api/documents/77");

        String target = page(get("/audit/operations").param("target", "dx-page-777"));
        assertThat(target).contains("全 2 件", "page-a", "page-x", "DENIED");

        String none = page(get("/audit/operations").param("user", "page-nobody"));
        assertThat(none).contains("条件に合う記録はありません");
    }

    @Test
    void fiftyLinesAPageWithLinksToTheOthers() throws Exception {
        for (int i = 0; i < 60; i++) {
            log.record(LocalDateTime.of(2026, 8, 10, 9, 0).plusMinutes(i), "page-b", "VIEW", "/api/x/" + i, "OK",
                    "10.0.0.2");
        }
        String first = page(get("/audit/operations").param("user", "page-b"));
        assertThat(first).contains("全 60 件 ・ 1〜50 件目", "/api/x/59", "/api/x/10", "古い記録へ")
                .doesNotContain("/api/x/9<").doesNotContain("新しい記録へ");
        assertThat(first).contains("href=\"/audit/operations?user=page-b&amp;page=2\"");
        String second = page(get("/audit/operations").param("user", "page-b").param("page", "2"));
        assertThat(second).contains("全 60 件 ・ 51〜60 件目", "/api/x/9<", "/api/x/0<", "新しい記録へ")
                .doesNotContain("古い記録へ");
    }

    @Test
    void numbersThatMayBeMyNumbersAreMaskedAsInTheJson() throws Exception {
        log.record(LocalDateTime.of(2026, 8, 20, 9, 0), "page-c", "MY_NUMBER_SEARCH", "123456789012 を検索", "OK",
                "10.0.0.3");
        String masked = page(get("/audit/operations").param("user", "page-c"));
        assertThat(masked).contains("************ を検索").doesNotContain("123456789012");
        String typed = page(get("/audit/operations").param("target", "1234 5678 9012"));
        assertThat(typed).doesNotContain("1234 5678 9012").contains("value=\"************\"");
        mvc().perform(get("/api/audit/operations").param("user", "page-c").with(member("kobayashi", "auditors")))
                .andExpect(status().isOk()).andExpect(result -> assertThat(result.getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)).contains("************ を検索"));
    }

    @Test
    void onlyAuditorsAndAdminsOpenIt() throws Exception {
        mvc().perform(get("/audit/operations").with(member("tanaka", "collectors"))).andExpect(status().isForbidden());
        mvc().perform(get("/audit/operations").with(member("sato", "managers"))).andExpect(status().isForbidden());
        mvc().perform(get("/audit/operations").with(member("kimura", "exporters"))).andExpect(status().isForbidden());
        mvc().perform(get("/audit/operations").with(member("admin", "admins"))).andExpect(status().isOk());
        mvc().perform(get("/audit/operations")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aWrongDateIsSaidInJapanese() throws Exception {
        String answer = mvc().perform(get("/audit/operations").param("from", "2026/08/01")
                .with(member("kobayashi", "auditors"))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains("開始日は YYYY-MM-DD の形で指定してください");
        String reversed = mvc().perform(get("/audit/operations").param("from", "2026-08-02").param("to", "2026-08-01")
                .with(member("kobayashi", "auditors"))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(reversed).contains("開始日は終了日より前の日にしてください");
    }
}
