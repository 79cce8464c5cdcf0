package jp.lg.collection.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The production profile refuses to start with the demo's comforts: it needs an admin password, a My
 * Number key and a database password from the environment, and must not be combined with "demo"; the demo
 * password and the demo/test keys published in this repository are refused as well.
 */
public class ProductionGuard implements EnvironmentPostProcessor {

    /** The demo's published password and the demo and test My Number keys (application-demo/-test.yaml). */
    static final String DEMO_PASSWORD = "Tainou-Seiri-2026";
    static final List<String> DEMO_KEYS = List.of("ZGVtby1rZXktZm9yLXRhaW5vdS1zZWlyaS1vbmx5ISE=",
            "dGVzdC1rZXktZm9yLXRhaW5vdS1zZWlyaS10ZXN0cyE=");

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
        if (DEMO_PASSWORD.equals(environment.getProperty("ADMIN_PASSWORD"))
                || DEMO_PASSWORD.equals(environment.getProperty("camunda.bpm.admin-user.password"))) {
            missing.add("ADMIN_PASSWORD must not be the demo password");
        }
        if (DEMO_KEYS.contains(String.valueOf(environment.getProperty("COLLECTION_MY_NUMBER_KEY")))
                || DEMO_KEYS.contains(String.valueOf(environment.getProperty("collection.my-number.key")))) {
            missing.add("COLLECTION_MY_NUMBER_KEY must not be the demo or test key");
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
