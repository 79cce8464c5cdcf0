package jp.lg.collection.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The production profile refuses to start with the demo's comforts: it needs an admin password, a My
 * Number key and a database password from the environment, and must not be combined with "demo".
 */
public class ProductionGuard implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> profiles = Arrays.asList(environment.getActiveProfiles());
        if (!profiles.contains("prod")) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (blank(environment.getProperty("ADMIN_PASSWORD"))) {
            missing.add("ADMIN_PASSWORD (管理者パスワード)");
        }
        if (blank(environment.getProperty("COLLECTION_MY_NUMBER_KEY"))) {
            missing.add("COLLECTION_MY_NUMBER_KEY (個人番号の暗号鍵, base64 32バイト)");
        }
        if (profiles.contains("demo")) {
            missing.add("profile demo must not be active together with prod");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("prod profile refuses to start; set: " + String.join(", ", missing));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
