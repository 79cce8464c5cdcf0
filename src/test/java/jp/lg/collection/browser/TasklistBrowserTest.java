package jp.lg.collection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import jp.lg.collection.TestDatabase;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.forms.JapaneseDateInput;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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
 * The README's journey in a real headless Chromium (Japanese, Asia/Tokyo) against the real application (demo
 * profile, job executor on), typed as people type: the collector records a payment promise typed 「2026/12/20」
 * (stored as that day), sends another case to investigation, ticks a bank in the list of inquiry targets (its
 * 照会書 is printed), records the deposit found as 「120,000」, decides 差押へ, proposes the seizure prefilled
 * from that deposit; the manager approves it with the facts on the form (taxpayer, amount owed today, lawful
 * day, reasoning, earlier rejections); the collector records the money collected, the manager approves the
 * distribution statement, the payout day comes and the case ends. A screenshot of each step goes to
 * target/browser/.
 *
 * <p>Needs the Debian packages chromium and chromium-driver (/usr/bin); nothing is downloaded.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "collection.sweep.nightly=false")
@ActiveProfiles("demo")
class TasklistBrowserTest {

    static final String PASSWORD = "Tainou-Seiri-2026";
    static final String PHONE_TASK = "電話催告・納付交渉";
    /** 山本 太郎: dunned weeks ago, owes about 118,000 yen; a deposit of 120,000 yen settles the case. */
    static final String SEIZED_TAXPAYER = "100000001";
    /** 高橋 美咲: promises to pay. */
    static final String PROMISING_TAXPAYER = "100000002";
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
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    DelinquencyCaseRepository cases;
    @Autowired
    JdbcClient jdbc;

    ChromeDriver driver;
    WebDriverWait wait;
    HeadlessChromium browser;
    String testName;
    int step;

    @BeforeEach
    void startBrowser(TestInfo info) throws IOException {
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
        browser = new HeadlessChromium("ja", "ja", 2400);
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
    void theReadmesJourneyFromPhoneCallToTheEndOfTheCase() throws Exception {
        waitForPhoneReminders();
        try {
            login("tanaka");
            promiseTypedAsAClerkTypesIt();
            String caseId = cases.findOpenCaseOf(SEIZED_TAXPAYER).orElseThrow();
            investigationWithABankTarget(caseId);
            seizureProposedPrefilled(caseId);
            login("sato");
            managerApprovesWithTheFacts(caseId);
            login("tanaka");
            collection(caseId);
            login("sato");
            distributionAndTheEnd(caseId);
        } catch (Throwable failure) {
            screenshot("failure");
            dumpPage();
            throw failure;
        }
    }

    /** 高橋 美咲 promises to pay on 2026/12/20 (or two weeks ahead once that day has passed). */
    private void promiseTypedAsAClerkTypesIt() {
        String caseId = cases.findOpenCaseOf(PROMISING_TAXPAYER).orElseThrow();
        Task task = awaitTask(caseId, PHONE_TASK);
        open(task, "電話催告・納付交渉");

        // the city's name in the header; the vendor's end-of-life banner is not in front of the staff
        assertThat(driver.findElement(By.cssSelector(".navbar-brand")).getAttribute("title")).contains("熊谷市");
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).allSatisfy(
                banner -> assertThat(banner.isDisplayed()).isFalse());
        // what the taxpayer owes today, late charge included, is on the form
        assertThat(formText()).contains("高橋 美咲", "現在・延滞金を含む", "合計");
        // the case view opens beside the form, not in its place
        String target = wait.until(d -> d.findElement(By.cssSelector(".fjs-container a[href^='/cases/']"))
                .getAttribute("target"));
        assertThat(target).isEqualTo("_blank");
        assertThat(visible(COMPLETE).getText().trim()).isEqualTo("完了");

        // in the browser: nothing chosen, form-js refuses before anything is sent, in Japanese
        press(COMPLETE);
        assertThat(visible(By.cssSelector(".fjs-form-field-error")).getText()).contains("入力してください");
        screenshot("phone-required");

        // month/day/year is refused by the server, in Japanese, without the task id
        radio("納付約束").click();
        WebElement date = field("納付約束日", "input");
        date.sendKeys("12/20/2026");
        assertThat(reading("納付約束日", "年から入力してください")).as("refused while typing, before 完了")
                .contains("月/日/年の順には対応していません");
        press(COMPLETE);
        WebElement refusal = visible(By.xpath("//*[contains(@class,'alert')][contains(normalize-space(.),'年から入力してください')]"));
        assertThat(refusal.getText()).contains("「納付約束日」: 月/日/年の順には対応していません")
                .doesNotContain("Cannot submit").doesNotContain("ENGINE-").doesNotContain(task.getId());
        screenshot("phone-refused");
        closeNotifications();

        LocalDate today = Today.date();
        LocalDate promised = LocalDate.of(2026, 12, 20);
        if (!promised.isAfter(today) || promised.isAfter(today.plusMonths(3))) {
            promised = today.plusDays(14);
        }
        date.clear();
        date.sendKeys(promised.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        // what will be stored, read back in the era the papers print
        String era = jp.lg.collection.rules.WarekiDate.format(promised);
        assertThat(reading("納付約束日", "→ " + era)).startsWith("→ " + era + "(");
        field("交渉内容", "textarea").sendKeys("本人と通話。給料日に納付するとのこと。");
        screenshot("phone-promise");
        completeAndWait(task);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName("promisedDate").singleResult().getValue()).isEqualTo(promised.toString());
        assertThat(log(caseId, "PAYMENT_PROMISE")).containsExactly(JapaneseDateInput.describe(promised) + "までに納付");
    }

    /** 山本 太郎: to investigation; a bank ticked in the list; the deposit found typed as 「120,000」; 差押へ. */
    private void investigationWithABankTarget(String caseId) {
        Task phone = awaitTask(caseId, PHONE_TASK);
        open(phone, "電話催告・納付交渉");
        radio("財産調査へ進む").click();
        field("交渉内容", "textarea").sendKeys("本人と通話。納付の意思なし。預金調査に進む。");
        completeAndWait(phone);

        Task select = awaitTask(caseId, "調査照会先の選択");
        open(select, "調査照会先の選択");
        clickable(By.xpath("//div[contains(@class,'fjs-form-field-checklist')]//label[contains(.,'埼玉りそな銀行 熊谷支店')]"))
                .click();
        screenshot("investigation-targets");
        completeAndWait(select);

        Task answer = awaitTask(caseId, "照会回答の登録");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document WHERE case_id = ? AND kind = 'INQUIRY_LETTER'").param(caseId)
                .query(Long.class).single()).as("the 照会書 printed for the bank").isEqualTo(1);
        open(answer, "照会回答の登録");
        radio("財産あり").click();
        select("財産の種類", "預貯金");
        field("財産の内容", "textarea").sendKeys("普通預金 口座番号 1234567");
        field("見込額", "input").sendKeys("12万");
        assertThat(reading("見込額", "→ ")).isEqualTo("→ 120,000円");
        screenshot("investigation-answer");
        completeAndWait(answer);
        assertThat(jdbc.sql("SELECT estimated_value FROM found_asset WHERE case_id = ?").param(caseId).query(Long.class)
                .single()).as("「12万」 stored as 120,000 yen").isEqualTo(120_000L);

        Task decision = awaitTask(caseId, "財産調査の結果判断");
        open(decision, "財産調査の結果判断");
        radio("差押へ").click();
        field("理由", "textarea").sendKeys("預金の残高で完納できる見込み");
        screenshot("investigation-decision");
        completeAndWait(decision);
        assertThat(log(caseId, "INVESTIGATION_DECIDED")).hasSize(1);
    }

    /** The proposal opens with the deposit found; the collector adds the reasoning. */
    private void seizureProposedPrefilled(String caseId) {
        Task proposal = awaitTask(caseId, "差押の起案");
        open(proposal, "差押の起案");
        assertThat(formText()).contains("財産調査で見つかった財産", "普通預金 口座番号 1234567");
        assertThat(field("財産の表示", "input").getAttribute("value")).isEqualTo("普通預金 口座番号 1234567");
        assertThat(field("第三債務者", "input").getAttribute("value")).isEqualTo("埼玉りそな銀行 熊谷支店");
        assertThat(field("見積額", "input").getAttribute("value")).isEqualTo("120,000");
        field("起案の理由", "textarea").sendKeys("催告に応じず納付の意思がない。預金で完納できるため");
        screenshot("seizure-proposal");
        completeAndWait(proposal);
    }

    private void managerApprovesWithTheFacts(String caseId) {
        Task approval = awaitTask(caseId, "差押の決裁");
        open(approval, "差押の決裁");
        assertThat(formText()).contains("差押 預貯金", "普通預金 口座番号 1234567", "120,000円",
                "催告に応じず納付の意思がない。預金で完納できるため", "山本 太郎", "現在・延滞金を含む", "合計",
                "差押ができる最初の日", "本日は差押できます", "これまでの却下", "預金の残高で完納できる見込み");
        screenshot("seizure-approval");
        claim();
        radio("はい").click();
        completeAndWait(approval);
    }

    private void collection(String caseId) {
        Task collection = awaitTask(caseId, "取立・配当受領の登録");
        open(collection, "取立・配当受領の登録");
        radio("取立・配当を受領した").click();
        field("受領額", "input").sendKeys("120,000");
        field("受領日", "input").sendKeys(Today.date().format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        screenshot("collection");
        completeAndWait(collection);
    }

    private void distributionAndTheEnd(String caseId) {
        Task review = awaitTask(caseId, "配当計算書の確認");
        open(review, "配当計算書の確認");
        assertThat(formText()).contains("配当計算書", "120,000円", "残余金");
        screenshot("distribution-review");
        claim();
        radio("承認する").click();
        completeAndWait(review);

        // the payout day (徴132②: the 7th day) comes: its timer is run as the calendar would
        Job payout = wait.until(d -> managementService.createJobQuery().processInstanceId(
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                        .processDefinitionKey("Distribution").singleResult().getId()).timers().singleResult());
        managementService.executeJob(payout.getId());
        wait.withTimeout(Duration.ofSeconds(60)).until(d -> "CLOSED".equals(cases.statusOf(caseId)));
        assertThat(log(caseId, "CASE_CLOSED")).hasSize(1);

        driver.get(url("/cases/" + caseId));
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("交渉経過"));
        String text = driver.findElement(By.tagName("body")).getText();
        assertThat(text).contains(caseId).contains("財産調査照会").contains("差押").contains("配当");
        assertThat(text).doesNotContain("123456789018").doesNotContain("987654321093");
        screenshot("case-closed");
    }

    // ---- Tasklist as a user works it

    static final By COMPLETE = By.cssSelector(".form-actions button.btn-primary");

    /** Logs in on a fresh page (the previous user's session forgotten). */
    private void login(String user) {
        driver.manage().deleteAllCookies();
        WebElement username = openLoginPage();
        assertThat(username.getAttribute("placeholder")).isEqualTo("ユーザー名");
        username.sendKeys(user);
        driver.findElement(By.cssSelector("form[name='signinForm'] input[type='password']")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        visible(By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]"));
    }

    /** Opens a task as the list's link does, and waits for its Camunda Form with the heading. */
    private void open(Task task, String heading) {
        driver.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
        visible(By.xpath("//div[contains(@class,'fjs-container')]//h3[contains(normalize-space(.),'" + heading + "')]"));
        visible(COMPLETE);
    }

    /** A group's task is taken on (引受け) before its form can be filled in. */
    private void claim() {
        clickable(By.cssSelector("button.claim")).click();
        wait.until(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty());
    }

    private String formText() {
        return visible(By.cssSelector(".fjs-container")).getText();
    }

    /** The input of the form field with that label. */
    private WebElement field(String label, String tag) {
        return visible(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.),'" + label
                + "')]]//" + tag + "[not(@type='hidden')]"));
    }

    /** The server's reading under a date or amount field (or its refusal), once it contains the text expected. */
    private String reading(String label, String expected) {
        By line = By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.),'" + label
                + "')]]//div[contains(@class,'tainou-reading')]");
        return wait.until(d -> {
            String text = d.findElement(line).getText();
            return text.contains(expected) ? text : null;
        });
    }

    /** form-js's select: opens its list and picks the option. */
    private void select(String label, String option) {
        WebElement display = visible(By.xpath("//div[contains(@class,'fjs-form-field-select')][.//label[contains(.,'"
                + label + "')]]//div[contains(@class,'fjs-select-display')]"));
        display.click();
        clickable(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']")).click();
    }

    /** Completes the task in Tasklist and waits until the engine has it completed. */
    private void completeAndWait(Task task) {
        press(COMPLETE);
        try {
            new WebDriverWait(driver, WAIT, Duration.ofMillis(200))
                    .until(d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("task " + task.getName() + " not completed; the page says: "
                    + driver.findElements(By.cssSelector(".page-notifications .alert")).stream()
                            .map(WebElement::getText).toList(), e);
        }
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
        assertThat(done.getDeleteReason()).isEqualTo("completed");
    }

    /** The case's open task of that name (a phase's tasks carry the case id as business key). */
    private Task awaitTask(String caseId, String name) {
        return new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(300)).until(d -> taskService
                .createTaskQuery().processInstanceBusinessKey(caseId).taskName(name).singleResult());
    }

    private List<String> log(String caseId, String action) {
        return jdbc.sql("SELECT result FROM negotiation_log WHERE case_id = ? AND action = ? ORDER BY id")
                .params(caseId, action).query(String.class).list();
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
        while (taskService.createTaskQuery().taskAssignee("tanaka").taskName(PHONE_TASK).count() < 2) {
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

    private void closeNotifications() {
        for (WebElement close : driver.findElements(
                By.cssSelector(".page-notifications .alert button.close[ng-click^='removeNotification']"))) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
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
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(getClass().getSimpleName() + "-%02d-".formatted(++step)
                    + outcome + ".png"), StandardCopyOption.REPLACE_EXISTING);
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
