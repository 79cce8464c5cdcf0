package jp.lg.collection.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver (installed by .ci/run; nothing is downloaded), headless, in a profile of its
 * own, in Tokyo time and the browser language a test asks for — the one way the browser tests start a browser.
 */
final class HeadlessChromium implements AutoCloseable {

    final ChromeDriver driver;
    private final Path profile;

    /**
     * @param language  Chromium's UI language and the Accept-Language it sends ({@code ja}, or {@code en} with
     *                  {@code en-US,en})
     * @param height    the window's height in pixels (1600 wide)
     */
    HeadlessChromium(String language, String acceptLanguages, int height) throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1600," + height, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        Map<String, String> environment = new HashMap<>(Map.of("TZ", "Asia/Tokyo"));
        if (!language.startsWith("ja")) {
            environment.putAll(Map.of("LANGUAGE", language, "LANG", "en_US.UTF-8"));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort()
                .withEnvironment(environment).build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
