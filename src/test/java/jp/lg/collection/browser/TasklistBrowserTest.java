package jp.lg.collection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.lg.collection.TestDatabase;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A collector's day in a real headless Chromium against the real application (demo profile, job executor on):
 * log in to Tasklist (in Japanese), open 「自分のタスク」, open a 「電話催告・納付交渉」 task, see the Camunda Form,
 * see the server refuse a payment promise dated in the past, record 「財産調査へ進む」 and complete. Then the
 * engine has the task completed and the negotiation log has tanaka's phone call.
 *
 * <p>Needs the Debian packages chromium and chromium-driver (/usr/bin); nothing is downloaded. Screenshots go
 * to target/browser/.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "collection.sweep.nightly=false")
@ActiveProfiles("demo")
class TasklistBrowserTest {

    static final String PASSWORD = "Tainou-Seiri-2026";
    static final String TASK_NAME = "電話催告・納付交渉";
    static final Duration WAIT = Duration.ofSeconds(30);
    /** The first load of Tasklist (several MB of scripts) on a busy CI machine. */
    static final Duration FIRST_LOAD = Duration.ofSeconds(90);
    static final Path SCREENSHOTS = Path.of("target", "browser");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;

    ChromeDriver driver;
    WebDriverWait wait;
    Path profile;
    String testName;

    @BeforeEach
    void startBrowser(TestInfo info) throws IOException {
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1600,1200", "--lang=ja");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Asia/Tokyo")).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(200));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void collectorRecordsPhoneCallInTasklist() throws Exception {
        waitForPhoneReminders();
        try {
            workThePhoneReminder();
            screenshot("success");
        } catch (Throwable failure) {
            screenshot("failure");
            dumpPage();
            throw failure;
        }
    }

    private void workThePhoneReminder() throws Exception {
        // login page, in Japanese
        WebElement username = openLoginPage();
        assertThat(username.getAttribute("placeholder")).isEqualTo("ユーザー名");
        username.sendKeys("tanaka");
        driver.findElement(By.cssSelector("form[name='signinForm'] input[type='password']")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();

        // the filter 自分のタスク, then a phone reminder in it
        By myTasks = By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]"
                + "/a[contains(normalize-space(.),'自分のタスク')]");
        By phoneReminder = By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]"
                + "/a[contains(normalize-space(.),'" + TASK_NAME + "')]");
        // the lists re-render while they load and refresh, so find and click again until the URL shows the task
        wait.until(d -> click(myTasks) && click(phoneReminder) && taskIdInUrl() != null);
        String taskId = taskIdInUrl();
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task).as("task %s from the URL", taskId).isNotNull();
        assertThat(task.getName()).isEqualTo(TASK_NAME);
        assertThat(task.getAssignee()).isEqualTo("tanaka");
        String caseId = (String) taskService.getVariable(taskId, "caseId");

        // the city's name in the header; the vendor's end-of-life banner is not in front of the staff
        assertThat(driver.findElement(By.cssSelector(".navbar-brand")).getAttribute("title")).contains("熊谷市");
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).allSatisfy(
                banner -> assertThat(banner.isDisplayed()).isFalse());

        // the Camunda Form renders, with the Japanese labels
        visible(By.xpath("//label[contains(@class,'fjs-form-field-label')][contains(normalize-space(.),'交渉結果')]"));
        By complete = By.cssSelector(".form-actions button.btn-primary");
        assertThat(visible(complete).getText().trim()).isEqualTo("完了");

        // in the browser: no result chosen, form-js refuses before anything is sent
        press(complete);
        visible(By.cssSelector(".fjs-form-field-error"));
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        // on the server: a payment promise dated in the past is refused and the reason shows in Tasklist
        radio("納付約束").click();
        WebElement date = visible(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(.,'納付約束日')]]"
                + "//input[not(@type='hidden')]"));
        date.click();
        date.sendKeys("01/06/2020");
        date.sendKeys(Keys.TAB);
        boolean dateTaken = !String.valueOf(date.getAttribute("value")).isBlank();
        if (dateTaken) {
            press(complete);
            visible(By.xpath("//*[contains(@class,'alert')][contains(normalize-space(.),'納付約束日は明日以降')]"));
            assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        }

        // 財産調査へ進む with a note, then 完了
        radio("財産調査へ進む").click();
        WebElement note = visible(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(.,'交渉内容')]]"
                + "//textarea"));
        note.sendKeys("本人と通話。納付の意思なし。預金調査に進む。");
        press(complete);

        // the engine has it completed, the domain has the log entry
        // Tasklist closes the completed task and asks for the next one
        visible(By.xpath("//*[contains(normalize-space(.),'一覧からタスクを選択してください。')]"));
        wait.until(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        assertThat(done.getEndTime()).isNotNull();
        assertThat(done.getDeleteReason()).isEqualTo("completed");
        assertThat(historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(task.getProcessInstanceId()).variableName("contactResult").singleResult()
                .getValue()).isEqualTo("INVESTIGATE");
        List<List<String>> log = jdbc.sql("""
                        SELECT result, note, collector FROM negotiation_log
                        WHERE case_id = ? AND action = 'PHONE_CALL' ORDER BY id""")
                .param(caseId).query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(log).containsExactly(List.of("財産調査へ", "本人と通話。納付の意思なし。預金調査に進む。", "tanaka"));
        if (dateTaken) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM negotiation_log WHERE case_id = ? AND action = 'PAYMENT_PROMISE'")
                    .param(caseId).query(Long.class).single()).as("the refused promise was rolled back").isZero();
        }

        // the case view, in the same browser session as Tasklist (no second login): the call just recorded is in
        // the negotiation log, and a My Number shows only as masked
        driver.get(url("/cases/" + caseId));
        WebElement page = visible(By.tagName("body"));
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("交渉経過"));
        String text = driver.findElement(By.tagName("body")).getText();
        assertThat(text).contains(caseId).contains("電話催告").contains("財産調査へ").contains("本人と通話");
        assertThat(text).doesNotContain("123456789018").doesNotContain("987654321093");
        assertThat(page.getText()).containsAnyOf("************", "(未登録)");
        screenshot("caseview");
    }

    /**
     * Opens Tasklist and waits for its login form. On a busy machine the first start of the single-page app
     * sometimes stalls on the spinner; a user would reload, and so does the test (within FIRST_LOAD).
     */
    private WebElement openLoginPage() {
        By form = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
        long deadline = System.nanoTime() + FIRST_LOAD.toNanos();
        driver.get(url("/camunda/app/tasklist/"));
        while (true) {
            try {
                return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(form));
            } catch (org.openqa.selenium.TimeoutException stalled) {
                if (System.nanoTime() > deadline) {
                    throw stalled;
                }
                System.err.println("Tasklist did not show its login form within " + WAIT + ", reloading; loaded so far:\n"
                        + loadedResources());
                driver.navigate().refresh();
            }
        }
    }

    private Object loadedResources() {
        return ((JavascriptExecutor) driver).executeScript("return performance.getEntriesByType('resource')"
                + ".map(e => Math.round(e.startTime) + '+' + Math.round(e.duration) + 'ms ' + e.name).join('\\n')");
    }

    /** The demo cases' phone reminders are created by the job executor within seconds of the start. */
    private void waitForPhoneReminders() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (taskService.createTaskQuery().taskAssignee("tanaka").taskName(TASK_NAME).count() == 0) {
            assertThat(System.nanoTime()).as("a phone reminder for tanaka within %s", WAIT).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private WebElement radio(String label) {
        return clickable(By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[contains(normalize-space(.),'"
                + label + "')]"));
    }

    /**
     * Clicks a button as a user would: scrolled into view, and when one of Tasklist's notifications (bottom
     * right, they stay until closed) covers it, closes the notifications first.
     */
    private void press(By button) {
        wait.until(d -> {
            try {
                WebElement element = d.findElement(button);
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return true;
            } catch (ElementClickInterceptedException covered) {
                closeNotifications();
                return false;
            } catch (NoSuchElementException | StaleElementReferenceException notYet) {
                return false;
            }
        });
    }

    /** Finds and clicks; false (try again) when the element is not there yet or was just re-rendered. */
    private boolean click(By by) {
        try {
            WebElement element = driver.findElement(by);
            if (!element.isDisplayed()) {
                return false;
            }
            element.click();
            return true;
        } catch (NoSuchElementException | StaleElementReferenceException | ElementClickInterceptedException e) {
            return false;
        }
    }

    private void closeNotifications() {
        for (WebElement close : driver.findElements(
                By.cssSelector(".page-notifications .alert button.close[ng-click^='removeNotification']"))) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
    }

    private String taskIdInUrl() {
        Matcher m = Pattern.compile("[?&]task=([0-9a-fA-F-]+)").matcher(driver.getCurrentUrl());
        return m.find() ? m.group(1) : null;
    }

    private WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private WebElement clickable(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String outcome) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + testName + "-" + outcome
                    + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            System.err.println("no screenshot: " + e);
        }
    }

    private void dumpPage() {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + testName + "-failure.html"),
                    driver.getCurrentUrl() + "\n" + driver.getPageSource());
            Object lang = ((JavascriptExecutor) driver).executeScript("return navigator.languages.join(',')");
            System.err.println("browser at " + driver.getCurrentUrl() + ", languages " + lang + ", loaded:\n"
                    + loadedResources());
        } catch (Exception e) {
            System.err.println("no page source: " + e);
        }
    }
}
