package jp.lg.collection.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import jp.lg.collection.TestDatabase;
import jp.lg.collection.demo.DemoData;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application as a newcomer starts it (demo profile, job executor on), on the test database:
 * models and forms deployed together, the demo collector finds work, nothing answers without a login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "collection.sweep.nightly=false")
@ActiveProfiles("demo")
class ApplicationTest {

    static final String PASSWORD = "Tainou-Seiri-2026";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    StaffNames names;
    @Autowired
    DemoData demoData;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void modelsAndFormsAreDeployedTogether() {
        List<String> keys = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).toList();
        assertThat(keys).contains("DelinquencyCase", "Dunning", "Reminders");
        String deploymentId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("Reminders")
                .latestVersion().singleResult().getDeploymentId();
        assertThat(repositoryService.getDeploymentResourceNames(deploymentId))
                .anyMatch(name -> name.endsWith("phone-reminder.form"))
                .anyMatch(name -> name.endsWith("reminders.bpmn"));
    }

    /**
     * 姓 名 everywhere: Camunda prints "firstName lastName" (Admin's user list, Tasklist's header), so the family name
     * is in firstName; our pages (StaffNames) read the same; a demo database of an earlier release, which kept the
     * given name first (Admin showed 「一郎 田中」), is put right at the next start.
     */
    @Test
    void namesReadFamilyNameFirstInCamundaAndOnOurPages() throws Exception {
        String users = get("/engine-rest/user?id=tanaka", "admin").body();
        assertThat(users).contains("\"firstName\":\"田中\"").contains("\"lastName\":\"一郎\"");
        assertThat(names.person("tanaka")).isEqualTo("田中 一郎");
        assertThat(names.person("kobayashi")).isEqualTo("小林 監査");

        User earlier = identityService.createUserQuery().userId("kimura").singleResult();
        earlier.setFirstName("出力");
        earlier.setLastName("木村");
        identityService.saveUser(earlier);
        demoData.run();
        assertThat(names.person("kimura")).isEqualTo("木村 出力");
        assertThat(get("/engine-rest/user?id=kimura", "admin").body()).contains("\"firstName\":\"木村\"");
    }

    @Test
    void restAnswers401WithoutCredentials() throws Exception {
        assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
        assertThat(post("/api/sweeps?asOf=2026-01-05", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/task", "tanaka").statusCode()).isEqualTo(200);
    }

    /** suzuki only: a failed login delays that user's next attempt (Camunda's login throttling). */
    @Test
    void wrongPasswordIsRefused() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("suzuki:wrong".getBytes()))
                .build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void demoCollectorHasPhoneRemindersWaiting() throws Exception {
        String body = "[]";
        for (long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos(); System.nanoTime() < deadline; ) {
            body = get("/engine-rest/task?assignee=tanaka", "tanaka").body();
            if (body.contains("Task_PhoneReminder")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(body).contains("Task_PhoneReminder").contains("電話催告・納付交渉");
    }

    @Test
    void collectorsMayNotRunTheSweepButManagersMay() throws Exception {
        assertThat(post("/api/sweeps?asOf=2020-01-05", "tanaka").statusCode()).isEqualTo(403);
        HttpResponse<String> run = post("/api/sweeps?asOf=2020-01-05", "sato");
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("\"asOf\":\"2020-01-05\"");
        assertThat(post("/api/sweeps?asOf=not-a-date", "sato").body()).contains("asOf");
    }

    @Test
    void eachGroupReachesOnlyItsWebapps() throws Exception {
        assertThat(webappLogin("tanaka", "tasklist")).isEqualTo(200);
        assertThat(webappLogin("tanaka", "cockpit")).isEqualTo(403);
        assertThat(webappLogin("sato", "cockpit")).isEqualTo(200);
        assertThat(webappLogin("yamada", "cockpit")).isEqualTo(200);
        assertThat(webappLogin("yamada", "tasklist")).isEqualTo(403);
        assertThat(webappLogin("kobayashi", "cockpit")).isEqualTo(200);
        assertThat(webappLogin("kobayashi", "admin")).isEqualTo(403);
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
