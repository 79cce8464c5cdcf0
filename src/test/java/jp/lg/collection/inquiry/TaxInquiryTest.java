package jp.lg.collection.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import jp.lg.collection.TestDatabase;
import jp.lg.collection.TestUsers;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * 他課照会 over HTTP on the demo data, as the demo inquirer {@code kato} (group inquirers) calls it: what each purpose
 * answers and nothing more — no My Number (no run of 12 digits anywhere), no address, telephone or birth date, the name
 * only where the purpose allows it — the purpose required and in the operation log; and every other door shut to him
 * (engine-rest, Tasklist, Cockpit, Admin, the case view, the rest of /api), while the collection division's own staff
 * do not use this door.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "collection.sweep.nightly=false")
@ActiveProfiles("demo")
class TaxInquiryTest {

    static final String PASSWORD = "Tainou-Seiri-2026";
    static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9])");
    /** 山本 太郎: delinquent since the demo's bills of 150 and 90 days ago; his My Number is 123456789018. */
    static final String YAMAMOTO = "100000001";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaxpayerRepository taxpayers;
    @Autowired
    TaxBillRepository bills;
    @Autowired
    WebApplicationContext web;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> call(String method, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> ask(String addresseeNo, String query) throws Exception {
        return call("GET", "/api/inquiries/taxpayers/" + addresseeNo + query, "kato");
    }

    static void noLeak(String body) {
        assertThat(body).doesNotContain("123456789018").doesNotContain("987654321093");
        assertThat(TWELVE_DIGITS.matcher(body).find()).as("a 12-digit run in %s", body).isFalse();
        assertThat(body).doesNotContain("熊谷市宮町").doesNotContain("090-1234-5678").doesNotContain("1978")
                .doesNotContain("ヤマモト").doesNotContain("myNumber").doesNotContain("\"address\"")
                .doesNotContain("phone").doesNotContain("birth");
    }

    @Test
    void aChildAllowanceInquiryLearnsOnlyWhetherTheTaxpayerIsInArrears() throws Exception {
        HttpResponse<String> answer = ask(YAMAMOTO, "?purpose=CHILD_ALLOWANCE&reference=KD-2026-0451");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"delinquent\":true").contains("\"purpose\":\"CHILD_ALLOWANCE\"")
                .contains("児童手当の申請").contains("滞納の有無")
                .doesNotContain("山本").doesNotContain("balances").doesNotContain("totalOwed").doesNotContain("58000")
                .doesNotContain("\"name\"");
        noLeak(answer.body());
        assertThat(jdbc.sql("""
                SELECT target FROM operation_log WHERE user_id = 'kato' AND action = 'TAX_INQUIRY' AND result = 'OK'
                """).query(String.class).list()).anyMatch(t -> t.startsWith("/api/inquiries/taxpayers/" + YAMAMOTO)
                        && t.contains("目的 CHILD_ALLOWANCE (児童手当の申請)") && t.contains("照会元番号 KD-2026-0451")
                        && t.contains("回答 滞納の有無"));
    }

    @Test
    void aLivelihoodSupportInquiryWithConsentLearnsTheBalancesAndTheNameButNoAddress() throws Exception {
        HttpResponse<String> answer = ask(YAMAMOTO, "?purpose=LIVELIHOOD_SUPPORT");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"delinquent\":true").contains("\"name\":\"山本 太郎\"")
                .contains("\"balances\"").contains("\"principal\":58000").contains("\"principal\":57000")
                .contains("市民税・県民税(普通徴収)").contains("\"totalOwed\"");
        noLeak(answer.body());
    }

    @Test
    void aTaxpayerWithNothingOverdueIsNotInArrears() throws Exception {
        String no = "100000901";
        if (!taxpayers.exists(no)) {
            taxpayers.insert(new Taxpayer(no, null, "照会 花子", "ショウカイ ハナコ", LocalDate.of(1990, 1, 1), "2", null,
                    "埼玉県熊谷市本石一丁目1番地", null, null, null, null, null, null, "01", "tanaka", "B", false, false),
                    TestUsers.withCheckDigit("11122233344"), "test");
            LocalDate later = Today.date().plusDays(30);
            bills.insert(new TaxBill(0, no, later.getYear(), later.getYear(), TaxItem.LIGHT_VEHICLE, "Q0000901", 1,
                    10_800, 0, 0, 0, 0, 0, later, later, null, null, "OPEN", null), "test");
        }
        HttpResponse<String> answer = ask(no, "?purpose=PUBLIC_HOUSING");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"delinquent\":false").doesNotContain("照会 花子");
        noLeak(answer.body());
        HttpResponse<String> balances = ask(no, "?purpose=LIVELIHOOD_SUPPORT");
        assertThat(balances.body()).contains("\"balances\":[]").contains("\"totalOwed\":0");
        noLeak(balances.body());
    }

    @Test
    void thePurposeIsRequiredAndAnUnknownTaxpayerIsNotFound() throws Exception {
        HttpResponse<String> none = ask(YAMAMOTO, "");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("\"field\":\"purpose\"").contains("CHILD_ALLOWANCE = 児童手当の申請");
        assertThat(ask(YAMAMOTO, "?purpose=CURIOSITY").statusCode()).isEqualTo(400);
        assertThat(ask(YAMAMOTO, "?purpose=SUBSIDY&reference=" + "x".repeat(41)).statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = ask("199999999", "?purpose=SUBSIDY");
        assertThat(unknown.statusCode()).isEqualTo(404);
        noLeak(none.body());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM operation_log WHERE user_id = 'kato' AND action = 'TAX_INQUIRY'"
                + " AND result LIKE 'ERROR%'").query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theCollectionDivisionsOwnStaffDoNotUseThisDoor() throws Exception {
        for (String staff : List.of("tanaka", "sato", "kobayashi", "kimura", "yamada")) {
            assertThat(call("GET", "/api/inquiries/taxpayers/" + YAMAMOTO + "?purpose=SUBSIDY", staff).statusCode())
                    .as(staff).isEqualTo(403);
        }
    }

    @Test
    void anInquirerGetsNothingFromTheEngineTheWebappsTheCasesOrTheRestOfTheApi() throws Exception {
        String caseId = jdbc.sql("SELECT case_id FROM delinquency_case WHERE addressee_no = ?").param(YAMAMOTO)
                .query(String.class).list().get(0);
        List<String> answered = new ArrayList<>();
        for (String[] door : new String[][] {
                {"GET", "/engine-rest/task"}, {"GET", "/engine-rest/process-instance"},
                {"GET", "/engine-rest/process-definition"}, {"GET", "/engine-rest/history/process-instance"},
                {"GET", "/engine-rest/history/variable-instance"}, {"GET", "/engine-rest/variable-instance"},
                {"GET", "/engine-rest/user"}, {"GET", "/engine-rest/group"}, {"GET", "/engine-rest/deployment"},
                {"GET", "/engine-rest/filter"}, {"GET", "/engine-rest/authorization"},
                {"POST", "/engine-rest/process-definition/key/DelinquencyCase/start"},
                {"GET", "/api/cases/" + caseId + "/documents"}, {"GET", "/api/cases/" + caseId + "/late-charges"},
                {"GET", "/api/documents/1"}, {"GET", "/api/certificates?addresseeNo=" + YAMAMOTO + "&kind=PAYMENT"},
                {"GET", "/api/late-charge?principal=100000&dueDate=2025-05-31&paidOn=2025-08-29"},
                {"POST", "/api/taxpayers/by-my-number"}, {"GET", "/api/breaches.csv"}, {"GET", "/api/audit/operations"},
                {"GET", "/api/taxpayers/" + YAMAMOTO + "/tax-reductions"},
                {"POST", "/api/taxpayers/" + YAMAMOTO + "/accelerated-collections"}}) {
            HttpResponse<String> response = call(door[0], door[1], "kato");
            if (response.statusCode() != 403) {
                answered.add(door[0] + " " + door[1] + " → " + response.statusCode() + " " + response.body());
            }
            noLeak(response.body());
        }
        assertThat(answered).isEmpty();
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            assertThat(webappLogin("kato", app)).as(app).isEqualTo(403);
        }
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var kato = user("kato").authorities(new SimpleGrantedAuthority("GROUP_inquirers"));
        mvc.perform(get("/cases/" + caseId).with(kato)).andExpect(status().isForbidden());
        mvc.perform(get("/cases").param("addresseeNo", YAMAMOTO).with(kato)).andExpect(status().isForbidden());
        // and Camunda itself holds no grant for the group (RoleSetup takes back any) but the one Camunda gives every
        // group: its members may read the group itself
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ = 'inquirers'
                  AND NOT (RESOURCE_TYPE_ = ? AND RESOURCE_ID_ = 'inquirers')
                """).param(org.camunda.bpm.engine.authorization.Resources.GROUP.resourceType())
                .query(Long.class).single()).isZero();
    }

    /** Logs in as the webapp's own login page does: fetch its CSRF token, then post the credentials. */
    private int webappLogin(String user, String app) throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
                .build(), HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + PASSWORD)).build();
        return browser.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
