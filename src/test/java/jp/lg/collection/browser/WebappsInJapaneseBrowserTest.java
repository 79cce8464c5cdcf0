package jp.lg.collection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.lg.collection.TestDatabase;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The webapps read Japanese for a browser that asks for English ({@code --lang=en}, Accept-Language en-US): the
 * login pages of Cockpit and the welcome page, Cockpit's dashboard, processes, decisions and deployments, Admin's
 * users — no English word in their navigation (header, menus, breadcrumbs, headings, table heads, labels,
 * buttons, tabs), and names read 姓 名 (Admin's user list, Tasklist's header). Setup as {@link TasklistBrowserTest}
 * (Debian chromium and chromium-driver, nothing downloaded); a screenshot of each view goes to target/browser/.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "collection.sweep.nightly=false")
@ActiveProfiles("demo")
class WebappsInJapaneseBrowserTest {

    static final String PASSWORD = "Tainou-Seiri-2026";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Duration FIRST_LOAD = Duration.ofSeconds(90);
    static final Path SCREENSHOTS = Path.of("target", "browser");

    /** What people read for navigation: the visible text of these, never the data in table cells. */
    static final String NAVIGATION = "header, .navbar, nav, .breadcrumb, .breadcrumbs, h1, h2, h3, h4, h5, th, label, "
            + "button, .btn, .nav-tabs > li > a, .dropdown-menu a, .section-title, .ctn-header, .dashboard-heading";
    /** A word of three or more Latin letters is English, except these names and codes. */
    static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    /** Data shown as headings: the deployed files' names and the starter's deployment name. */
    static final Pattern DATA = Pattern.compile("[\\w./-]+\\.(bpmn|dmn|cmmn|form)\\b|SpringAutoDeployment");
    static final Set<String> NAMES = Set.of("Cockpit", "Tasklist", "Admin", "BPMN", "DMN", "CMMN", "DRD", "CSV",
            "JSON", "admin", "tanaka");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    ChromeDriver driver;
    WebDriverWait wait;
    HeadlessChromium browser;
    int step;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = new HeadlessChromium("en", "en-US,en", 1600);
        driver = browser.driver;
        wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(200));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void cockpitAndAdminReadJapaneseForAnEnglishBrowser() throws InterruptedException {
        try {
            assertThat(((JavascriptExecutor) driver).executeScript("return navigator.language")).isEqualTo("en-US");
            WebElement username = openLoginPage("/camunda/app/cockpit/");
            assertThat(username.getAttribute("placeholder")).isEqualTo("ユーザー名");
            assertThat(driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).getText())
                    .isEqualTo("ログイン");
            noEnglish("cockpit-login");
            logIn("admin");

            view("/camunda/app/cockpit/default/#/dashboard", "実行中のプロセスインスタンス", "cockpit-dashboard");
            view("/camunda/app/cockpit/default/#/processes", "件のプロセス定義をデプロイ済み", "cockpit-processes");
            view("/camunda/app/cockpit/default/#/decisions", "ディシジョン", "cockpit-decisions");
            view("/camunda/app/cockpit/default/#/repository", "デプロイ日時", "cockpit-deployments");

            view("/camunda/app/admin/default/#/users", "ユーザー一覧", "admin-users");
            WebElement tanaka = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tr[td[contains(@class,'username')]//a[normalize-space(.)='tanaka']]")));
            assertThat(tanaka.findElement(By.cssSelector("td.firstname")).getText().trim()).isEqualTo("田中");
            assertThat(tanaka.findElement(By.cssSelector("td.lastname")).getText().trim()).isEqualTo("一郎");
            assertThat(driver.findElement(By.cssSelector("th.firstname")).getText()).startsWith("姓");
            assertThat(driver.findElement(By.cssSelector("th.lastname")).getText()).startsWith("名");

            // our own pages open with the same login (statistics, the auditor's operation log)
            driver.get(url("/statistics"));
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains("税目別 収納状況"));
            assertThat(driver.findElements(By.cssSelector("svg.chart rect"))).isNotEmpty();
            screenshot("statistics");
            driver.get(url("/audit/operations?action=LOGIN"));
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains("ログイン (LOGIN)"));
            assertThat(driver.findElement(By.cssSelector("#operations")).getText()).contains("admin", "camunda:cockpit");
            screenshot("operation-log");
        } catch (Throwable failure) {
            screenshot("failure");
            throw failure;
        }
    }

    @Test
    void theWelcomePageAndTasklistToo() throws InterruptedException {
        // the demo users appear a few seconds after the application answers
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (identityService.createUserQuery().userId("tanaka").count() == 0) {
            assertThat(System.nanoTime()).as("the demo user tanaka within %s", WAIT).isLessThan(deadline);
            Thread.sleep(200);
        }
        try {
            WebElement username = openLoginPage("/camunda/app/welcome/default/");
            assertThat(username.getAttribute("placeholder")).isEqualTo("ユーザー名");
            noEnglish("welcome-login");
            username = openLoginPage("/camunda/app/tasklist/");
            assertThat(username.getAttribute("placeholder")).isEqualTo("ユーザー名");
            logIn("tanaka");
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]")));
            // Tasklist's header prints "firstName lastName": the family name first
            wait.until(d -> d.findElements(By.cssSelector(".dropdown-toggle")).stream()
                    .anyMatch(toggle -> toggle.getText().contains("田中 一郎")));
            noEnglish("tasklist");
        } catch (Throwable failure) {
            screenshot("failure");
            throw failure;
        }
    }

    /** Opens a view, waits for a Japanese text it shows once loaded, and checks its navigation. */
    private void view(String path, String loaded, String name) throws InterruptedException {
        driver.get(url(path));
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(loaded));
        Thread.sleep(1500); // the view's other parts (plugins) load beside it
        noEnglish(name);
    }

    /** The navigation of the page shows no English word (the words found are named when it does). */
    private void noEnglish(String name) {
        screenshot(name);
        Set<String> english = new TreeSet<>();
        List<String> where = new ArrayList<>();
        for (WebElement element : driver.findElements(By.cssSelector(NAVIGATION))) {
            String text;
            try {
                if (!element.isDisplayed()) {
                    continue;
                }
                text = element.getText();
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                continue;
            }
            Matcher words = WORD.matcher(DATA.matcher(text).replaceAll(""));
            while (words.find()) {
                if (!NAMES.contains(words.group())) {
                    english.add(words.group());
                    where.add(element.getTagName() + "." + element.getAttribute("class") + ": " + text.strip());
                }
            }
        }
        assertThat(english).as("English words in the navigation of %s: %s", name, where).isEmpty();
    }

    /**
     * Logs in on the open login page and waits until the form is gone. A click the webapp had not bound yet is
     * typed again (the page is loaded, its AngularJS form sometimes a moment later).
     */
    private void logIn(String user) {
        By form = By.cssSelector("form[name='signinForm']");
        for (int attempt = 1; ; attempt++) {
            WebElement username = driver.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='username']"));
            WebElement password = driver.findElement(By.cssSelector("form[name='signinForm'] input[type='password']"));
            username.clear();
            username.sendKeys(user);
            password.clear();
            password.sendKeys(PASSWORD);
            driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOfElementLocated(form));
                return;
            } catch (org.openqa.selenium.TimeoutException stillThere) {
                if (attempt == 3) {
                    throw stillThere;
                }
            }
        }
    }

    private WebElement openLoginPage(String path) {
        driver.manage().deleteAllCookies();
        By form = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
        long deadline = System.nanoTime() + FIRST_LOAD.toNanos();
        driver.get(url(path));
        while (true) {
            try {
                return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(form));
            } catch (org.openqa.selenium.TimeoutException stalled) {
                if (System.nanoTime() > deadline) {
                    throw stalled;
                }
                driver.navigate().refresh();
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String outcome) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(getClass().getSimpleName() + "-%02d-".formatted(++step)
                    + outcome + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            System.err.println("no screenshot: " + e);
        }
    }
}
