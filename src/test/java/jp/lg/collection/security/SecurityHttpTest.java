package jp.lg.collection.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.lg.collection.TestDatabase;
import jp.lg.collection.documents.PdfText;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application as it runs (demo profile, demo data, real server): which endpoints answer without a login,
 * the session cookie and headers, the Camunda webapp login in the operation log, the district restriction on
 * the demo cases, the search by My Number, and no demo My Number in any response or in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "collection.sweep.nightly=false")
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
class SecurityHttpTest {

    static final String PASSWORD = "Tainou-Seiri-2026";
    /** The demo data's My Numbers (DemoData): 山本 太郎 100000001 and 中村 さくら 100000005 (district 02). */
    static final List<String> MY_NUMBERS = List.of("123456789018", "987654321093");

    /** Mapped paths that answer without a login: the health probe, the error page, the root redirect. */
    static final Set<String> PUBLIC_MAPPINGS = Set.of("/error", "/");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServletWebServerApplicationContext server;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<byte[]> send(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String path, String user) throws Exception {
        return send("GET", path, user, null);
    }

    /** Every endpoint of ours, of /engine-rest and of the webapps' API refuses an anonymous request. */
    @Test
    void onlyTheListedEndpointsAnswerWithoutLogin() throws Exception {
        List<String> answered = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (PUBLIC_MAPPINGS.contains(pattern)) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    checked.add(method + " " + path);
                    HttpResponse<byte[]> response = send(method.name(), path, null, null);
                    if (!refused(response)) {
                        answered.add(method + " " + path + " → " + response.statusCode());
                    }
                }
            }
        }
        assertThat(checked).contains("GET /cases/1", "GET /api/documents/1", "POST /api/sweeps",
                "GET /api/audit/operations", "POST /api/taxpayers/by-my-number", "GET /api/breaches.csv");
        for (Method m : DefaultProcessEngineRestServiceImpl.class.getMethods()) {
            jakarta.ws.rs.Path path = m.getAnnotation(jakarta.ws.rs.Path.class);
            if (path != null) {
                String p = "/engine-rest" + path.value();
                checked.add("GET " + p);
                HttpResponse<byte[]> response = get(p, null);
                if (response.statusCode() != 401) {
                    answered.add("GET " + p + " → " + response.statusCode());
                }
            }
        }
        assertThat(checked).contains("GET /engine-rest/task", "GET /engine-rest/history", "GET /engine-rest/user");
        for (String p : List.of("/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/process-instance",
                "/camunda/api/engine/engine/default/history/process-instance", "/camunda/api/engine/engine/default/user",
                "/camunda/api/engine/engine/default/variable-instance", "/camunda/api/engine/engine/default/group",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
                "/camunda/api/admin/auth/user/default")) {
            HttpResponse<byte[]> response = get(p, null);
            if (response.statusCode() < 400) {
                answered.add("GET " + p + " → " + response.statusCode());
            }
        }
        assertThat(answered).as("endpoints that answer without a login").isEmpty();

        // the public ones
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/login", null).statusCode()).isEqualTo(200);
        assertThat(get("/camunda/app/tasklist/default/", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env", null).statusCode()).isNotEqualTo(200);
    }

    private static boolean refused(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        return status == 401 || status == 403 || status == 302 && response.headers().firstValue("Location")
                .orElse("").endsWith("/login");
    }

    /** Form login: CSRF on, the session cookie HttpOnly and SameSite, 30 minutes idle, headers on our pages. */
    @Test
    void sessionsCookiesAndHeaders() throws Exception {
        assertThat(post("/login", "username=sato&password=" + PASSWORD, null).statusCode())
                .as("a login without the CSRF token").isEqualTo(403);
        Session sato = formLogin("sato");
        assertThat(sato.setCookie).contains("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax");

        String caseId = jdbc.sql("SELECT case_id FROM delinquency_case WHERE addressee_no = '100000001'")
                .query(String.class).single();
        HttpResponse<byte[]> page = sato.get("/cases/" + caseId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'none'").contains("frame-ancestors 'self'");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        HttpResponse<byte[]> login = get("/login", null);
        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'").contains("frame-ancestors 'self'");
        HttpResponse<byte[]> api = get("/api/breaches", "sato");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.headers().firstValue("X-Frame-Options")).hasValue("DENY");

        org.apache.catalina.Context context = (org.apache.catalina.Context) ((TomcatWebServer) server.getWebServer())
                .getTomcat().getHost().findChildren()[0];
        assertThat(context.getSessionTimeout()).as("idle timeout, minutes").isEqualTo(30);
    }

    /** 担当外の情報を取得することはできない, on the demo data: tanaka works district 01, suzuki 01 and 02. */
    @Test
    void demoCollectorsSeeTheirDistrictsOnly() throws Exception {
        String kodaira = jdbc.sql("SELECT case_id FROM delinquency_case WHERE addressee_no = '100000005'")
                .query(String.class).single();
        HttpResponse<byte[]> refused = get("/api/cases/" + kodaira + "/documents", "tanaka");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("担当外の地区（02）");
        assertThat(get("/api/cases/" + kodaira + "/documents", "suzuki").statusCode()).isEqualTo(200);
        assertThat(formLogin("tanaka").get("/cases/" + kodaira).statusCode()).isEqualTo(403);
        assertThat(formLogin("suzuki").get("/cases/" + kodaira).statusCode()).isEqualTo(200);
    }

    /**
     * A refused or unknown page in a browser is a Japanese page with the reason and a way back (Tasklist), not
     * Spring's Whitelabel page or JSON; API clients keep problem details in JSON.
     */
    @Test
    void refusedAndUnknownPagesAreJapanesePagesForBrowsersAndJsonForApiClients() throws Exception {
        String kodaira = jdbc.sql("SELECT case_id FROM delinquency_case WHERE addressee_no = '100000005'")
                .query(String.class).single();
        HttpResponse<byte[]> district = formLogin("tanaka").browse("/cases/" + kodaira);
        assertThat(district.statusCode()).isEqualTo(403);
        assertThat(district.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(text(district)).contains("この画面を表示する権限がありません").contains("担当外の地区（02）")
                .contains("href=\"/camunda/app/tasklist/\"").contains("/css/tainou.css").doesNotContain("Whitelabel");

        HttpResponse<byte[]> designer = formLogin("yamada").browse("/cases/" + kodaira);
        assertThat(designer.statusCode()).as("Spring Security's refusal").isEqualTo(403);
        assertThat(text(designer)).contains("この画面を表示する権限がありません").contains("Tasklist")
                .doesNotContain("Whitelabel").doesNotContain("Forbidden");

        HttpResponse<byte[]> unknown = formLogin("sato").browse("/no-such-page");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(text(unknown)).contains("お探しのページは見つかりません").doesNotContain("Whitelabel");

        HttpResponse<byte[]> css = formLogin("sato").browse("/css/tainou.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");

        HttpResponse<byte[]> api = get("/api/documents/1", "yamada");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(text(api)).contains("\"status\":403").contains("この画面を表示する権限がありません");
        HttpResponse<byte[]> json = formLogin("tanaka").get("/cases/" + kodaira);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).as("no text/html asked for")
                .startsWith("application/json");
        assertThat(text(json)).contains("\"message\":\"担当外の地区（02）");
    }

    /** 番号利用事務以外で個人番号の検索を行うことはできない. */
    @Test
    void onlyNumberUsingStaffSearchByMyNumber() throws Exception {
        String yamamoto = "{\"myNumber\":\"123456789018\"}";
        for (String user : List.of("yamada", "kobayashi", "kimura", "admin")) {
            assertThat(send("POST", "/api/taxpayers/by-my-number", user, yamamoto).statusCode()).as(user).isEqualTo(403);
        }
        HttpResponse<byte[]> found = send("POST", "/api/taxpayers/by-my-number", "tanaka", yamamoto);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(new String(found.body(), StandardCharsets.UTF_8)).contains("100000001").contains("山本 太郎")
                .doesNotContain("123456789018");
        assertThat(send("POST", "/api/taxpayers/by-my-number", "tanaka", "{\"myNumber\":\"987654321093\"}").statusCode())
                .as("a taxpayer of district 02").isEqualTo(403);
        assertThat(send("POST", "/api/taxpayers/by-my-number", "sato", "{\"myNumber\":\"987654321093\"}").statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT target FROM operation_log WHERE action = 'MY_NUMBER_SEARCH' AND user_id = 'tanaka'")
                .query(String.class).list()).contains("/api/taxpayers/by-my-number → 宛名番号 100000001");
    }

    /**
     * 個人番号を利用しない業務…には個人番号が含まれない情報を提供する: no demo My Number in any page, API answer, PDF, CSV,
     * process variable, operation log entry or application log line.
     */
    @Test
    void noMyNumberInAnyResponseOrLog(CapturedOutput output) throws Exception {
        for (long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                System.nanoTime() < deadline && jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single() == 0; ) {
            Thread.sleep(500);
        }
        List<String> bodies = new ArrayList<>();
        send("POST", "/api/taxpayers/by-my-number", "sato", "{\"myNumber\":\"123456789018\"}");
        Session sato = formLogin("sato");
        List<String> cases = jdbc.sql("SELECT case_id FROM delinquency_case").query(String.class).list();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(5);
        for (String caseId : cases) {
            bodies.add(text(sato.get("/cases/" + caseId)));
            bodies.add(text(get("/api/cases/" + caseId + "/documents", "sato")));
        }
        List<Long> documents = jdbc.sql("SELECT id FROM document").query(Long.class).list();
        assertThat(documents).as("notices issued for the demo cases").isNotEmpty();
        for (long id : documents) {
            bodies.add(text(get("/api/documents/" + id, "sato")));
        }
        for (String addressee : List.of("100000001", "100000005")) {
            bodies.add(text(get("/api/certificates?addresseeNo=" + addressee + "&kind=PAYMENT", "sato")));
            bodies.add(text(get("/cases?addresseeNo=" + addressee, "sato")));
        }
        for (String csv : List.of("/api/breaches.csv", "/api/pia-changes.csv", "/api/subcontracts.csv")) {
            HttpResponse<byte[]> export = get(csv, "kimura");
            assertThat(export.statusCode()).isEqualTo(200);
            bodies.add(text(export));
        }
        for (String p : List.of("/engine-rest/variable-instance?maxResults=2000", "/engine-rest/history/variable-instance?maxResults=2000",
                "/engine-rest/history/user-operation?maxResults=2000", "/engine-rest/task", "/engine-rest/history/detail?maxResults=2000")) {
            HttpResponse<byte[]> response = get(p, "admin");
            assertThat(response.statusCode()).as(p).isEqualTo(200);
            bodies.add(text(response));
        }
        HttpResponse<byte[]> log = get("/api/audit/operations?limit=10000", "kobayashi");
        assertThat(log.statusCode()).isEqualTo(200);
        bodies.add(text(log));
        assertThat(bodies.get(bodies.size() - 1)).contains("MY_NUMBER_SEARCH");
        assertThat(String.join("\n", bodies)).contains("山本 太郎");

        for (String number : MY_NUMBERS) {
            for (String body : bodies) {
                assertThat(body).doesNotContain(number);
            }
            assertThat(output.getAll()).doesNotContain(number);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM operation_log WHERE target LIKE ?").param("%" + number + "%")
                    .query(Long.class).single()).isZero();
            // the print queue keeps each notice's content as issued: never the number
            assertThat(jdbc.sql("SELECT COUNT(*) FROM document WHERE payload LIKE ?").param("%" + number + "%")
                    .query(Long.class).single()).isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document WHERE payload IS NOT NULL").query(Long.class).single())
                .as("the demo notices were issued through the print queue").isPositive();
    }

    /**
     * A My Number typed as a user name ({@code curl -u 123456789018:x}) is never stored — not in the operation log,
     * not in the anomaly report, not in the application log — and every row of the log has the client's address
     * (logins, failures and refusals too, which Spring Security handles before our controllers).
     */
    @Test
    void aMyNumberTypedAsUserNameIsMaskedAndEveryRowHasAnAddress(CapturedOutput output) throws Exception {
        String number = MY_NUMBERS.get(0);
        HttpRequest typed = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/breaches"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((number + ":x")
                        .getBytes(StandardCharsets.UTF_8))).build();
        assertThat(http.send(typed, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(get("/api/breaches", "sato").statusCode()).isEqualTo(200);
        assertThat(get("/api/audit/operations", "sato").statusCode()).as("refused").isEqualTo(403);
        assertThat(new Browser().login("suzuki", "tasklist", PASSWORD)).isEqualTo(200);

        List<String> rows = jdbc.sql("""
                SELECT action || ' ' || COALESCE(user_id, '-') || ' ' || COALESCE(target, '-') || ' ' || result || ' '
                  || COALESCE(ip, 'NO-ADDRESS') FROM operation_log ORDER BY id""").query(String.class).list();
        assertThat(rows).noneMatch(r -> r.contains(number)).noneMatch(r -> r.endsWith("NO-ADDRESS"))
                .contains("LOGIN_FAILED ************ api BadCredentialsException: ユーザーIDまたはパスワードが正しくありません 127.0.0.1",
                        "LOGIN sato api OK 127.0.0.1", "ACCESS_DENIED sato GET /api/audit/operations DENIED 127.0.0.1",
                        "LOGIN suzuki camunda:tasklist OK 127.0.0.1");
        String anomalies = text(get("/api/audit/anomalies?date=" + jp.lg.collection.system.Today.date(), "kobayashi"));
        assertThat(anomalies).contains("************").doesNotContain(number);
        assertThat(output.getAll()).doesNotContain(number);
    }

    /**
     * Bad input never answers 500 or Tomcat's HTML page: a JSON value of the wrong type, an oversized field and a
     * future death date are 400 problem details naming the field; a URL Tomcat itself refuses is problem details too.
     */
    @Test
    void badInputIsA400NamingTheFieldNeverA500OrAnHtmlPage() throws Exception {
        String caseId = jdbc.sql("SELECT case_id FROM delinquency_case WHERE addressee_no = '100000001'")
                .query(String.class).single();
        String[][] refusals = {
                {"/api/breaches", "{\"summary\": \"x\", \"affectedPersons\": \"many\"}", "affectedPersons"},
                {"/api/breaches", "{\"summary\": \"x\", \"awareOn\": 20260901}", "awareOn"},
                {"/api/breaches", "{\"summary\": \"" + "漏".repeat(100_000) + "\"}", "summary"},
                {"/api/subcontracts", "{\"contractor\": \"A社\", \"attachments\": \"誓約書.pdf\"}", "attachments"},
                {"/api/taxpayers/by-my-number", "{\"myNumber\": [1]}", "myNumber"},
                {"/api/cases/" + caseId + "/property-found", "{\"note\": {\"text\": \"預金\"}}", "note"},
                {"/api/cases/" + caseId + "/payments?amount=100&paidOn=2026-01-05&recordId=" + "R".repeat(5_000), null,
                        "recordId"},
                {"/api/taxpayers/100000001/death?diedOn=2099-01-01", null, "diedOn"}};
        for (String[] refusal : refusals) {
            HttpResponse<byte[]> response = send("POST", refusal[0], "sato", refusal[1]);
            assertThat(response.statusCode()).as(refusal[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(text(response)).as(refusal[0]).contains("\"field\":\"" + refusal[2] + "\"");
        }
        assertThat(jdbc.sql("SELECT deceased FROM taxpayer WHERE addressee_no = '100000001'").query(Boolean.class)
                .single()).as("a death in 2099 is not recorded").isFalse();

        for (String target : List.of("/api/cases/" + caseId + "/payments?amount={\"yen\":1}&recordId=1",
                "/api/cases/%ZZ/documents")) {
            String answer = raw("POST " + target + " HTTP/1.1");
            assertThat(answer).as(target).startsWith("HTTP/1.1 400").contains("application/problem+json")
                    .contains("リクエストの形式が正しくありません").doesNotContain("<html").doesNotContain("Tomcat");
        }
    }

    /**
     * A password refused by the policy — where an administrator sets it (Camunda's REST API, Camunda Admin) — is a
     * 400 naming the broken rules in Japanese, not Camunda's 500 "Password does not match policy".
     */
    @Test
    void aRefusedPasswordIsA400NamingTheRuleInJapanese() throws Exception {
        String id = "pwtest" + System.nanoTime() % 100_000;
        String create = "{\"profile\": {\"id\": \"" + id + "\", \"firstName\": \"試験\", \"lastName\": \"太郎\"},"
                + " \"credentials\": {\"password\": \"%s\"}}";
        HttpResponse<byte[]> common = send("POST", "/engine-rest/user/create", "admin", create.formatted("Password123!"));
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(text(common)).contains("パスワードが規則に合いません: よく使われるパスワード（Password123! など）やその変形ではない");
        HttpResponse<byte[]> shortOne = send("POST", "/engine-rest/user/create", "admin", create.formatted("Aa1!"));
        assertThat(shortOne.statusCode()).isEqualTo(400);
        assertThat(text(shortOne)).contains("12文字以上");

        assertThat(send("POST", "/engine-rest/user/create", "admin", create.formatted("Hanabi#Kumagaya-26")).statusCode())
                .isEqualTo(204);
        String change = "{\"password\": \"%s\", \"authenticatedUserPassword\": \"" + PASSWORD + "\"}";
        HttpResponse<byte[]> variant = send("PUT", "/engine-rest/user/" + id + "/credentials", "admin",
                change.formatted("P@ssw0rd2026!"));
        assertThat(variant.statusCode()).isEqualTo(400);
        assertThat(text(variant)).contains("よく使われるパスワード").doesNotContain("does not match policy");
        assertThat(send("PUT", "/engine-rest/user/" + id + "/credentials", "admin",
                change.formatted("Hanabi#Kumagaya-27")).statusCode()).isEqualTo(204);
        assertThat(send("PUT", "/engine-rest/user/" + id + "/credentials", "admin",
                change.formatted("Hanabi#Kumagaya-26")).statusCode()).as("a recent one").isEqualTo(400);

        // Camunda Admin sets it through the webapp's own copy of the REST API
        Browser admin = new Browser();
        assertThat(admin.login("admin", "admin", PASSWORD)).isEqualTo(200);
        HttpResponse<String> inAdmin = admin.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/camunda/api/engine/engine/default/user/" + id + "/credentials"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", admin.token())
                .PUT(HttpRequest.BodyPublishers.ofString(change.formatted("Welcome-2026!"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(inAdmin.statusCode()).isEqualTo(400);
        assertThat(inAdmin.body()).contains("よく使われるパスワード");
    }

    /** A request as a client that does not check what it sends writes it, on a socket. */
    String raw(String requestLine) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The Camunda webapps' own login and logout reach the operation log; an ended account cannot log in there. */
    @Test
    void webappLoginsAreLoggedAndEndedAccountsRefused() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.login("suzuki", "tasklist", PASSWORD)).isEqualTo(200);
        assertThat(browser.logout()).isLessThan(400);
        assertThat(new Browser().login("nobody", "cockpit", "Wrong-Password-1")).isEqualTo(401);
        jdbc.sql("INSERT INTO account_validity (user_id, valid_until) VALUES ('kimura', ?)")
                .param(LocalDate.now().minusDays(1)).update();
        try {
            assertThat(new Browser().login("kimura", "tasklist", PASSWORD)).isEqualTo(401);
            assertThat(get("/api/breaches.csv", "kimura").statusCode()).isEqualTo(401);
        } finally {
            jdbc.sql("DELETE FROM account_validity WHERE user_id = 'kimura'").update();
        }
        List<String> logged = jdbc.sql("SELECT user_id || ' ' || action || ' ' || target FROM operation_log ORDER BY id")
                .query(String.class).list();
        assertThat(logged).contains("suzuki LOGIN camunda:tasklist", "suzuki LOGOUT camunda",
                "nobody LOGIN_FAILED camunda:cockpit", "kimura LOGIN_FAILED camunda:tasklist");
    }

    // ---------------------------------------------------------------------------------------------------------

    HttpResponse<byte[]> post(String path, String form, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    record Session(HttpClient http, int port, String cookie, String setCookie) {
        HttpResponse<byte[]> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        /** As a browser asks for a page. */
        HttpResponse<byte[]> browse(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** Spring's form login of our pages (/login), as a browser does it. */
    Session formLogin(String user) throws Exception {
        HttpResponse<byte[]> page = get("/login", null);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
                .matcher(new String(page.body(), StandardCharsets.UTF_8));
        assertThat(token.find()).isTrue();
        String csrf = token.group(1) != null ? token.group(1) : token.group(2);
        HttpResponse<byte[]> login = post("/login", "username=" + user + "&password=" + PASSWORD + "&_csrf="
                + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8), cookie);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        return new Session(http, port, setCookie.split(";")[0], setCookie);
    }

    /** The Camunda webapps' login, as their login page does it (CSRF token from the cookie). */
    class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        String token() throws Exception {
            client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .findFirst().orElseThrow().getValue();
        }

        int login(String user, String app, String password) throws Exception {
            return client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/" + app))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token())
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        }

        int logout() throws Exception {
            return client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/logout"))
                    .header("X-XSRF-TOKEN", token()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        }
    }

    static String text(HttpResponse<byte[]> response) {
        byte[] body = response.body();
        if (body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F') {
            return PdfText.of(body) + "\n" + new String(body, StandardCharsets.ISO_8859_1);
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}
