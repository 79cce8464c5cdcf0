package jp.lg.collection.imports.layout;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The payment-file layouts the application knows, read once at start: those shipped under
 * {@code payment-layouts/} on the classpath, then those in the city's directory
 * ({@code collection.payment-layouts.directory}, YAML files) — a city adds its bank's or its collection agent's
 * layout there without a release, and a file there with the id of a shipped layout replaces it. A layout file
 * with a problem stops the start with the file and the problem named: a wrong layout found at start is better
 * than a payment file refused at night.
 */
@Component
public class PaymentLayouts {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentLayouts.class);
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Map<String, PaymentLayout> byId = new LinkedHashMap<>();

    public PaymentLayouts(@Value("${collection.payment-layouts.directory:}") String directory) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:payment-layouts/*.yaml")) {
            try (InputStream in = resource.getInputStream()) {
                add(read(in, resource.getDescription()), resource.getDescription(), false);
            }
        }
        if (directory != null && !directory.isBlank()) {
            Path dir = Path.of(directory);
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("collection.payment-layouts.directory: " + dir.toAbsolutePath()
                        + " はディレクトリではありません");
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                        .sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        add(read(in, file.toString()), file.toString(), true);
                    }
                }
            }
        }
    }

    /** The layout, if there is one of that id. */
    public Optional<PaymentLayout> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<PaymentLayout> all() {
        return byId.values();
    }

    /** Reads one layout file; a file that is not a layout stops here with its problems. */
    static PaymentLayout read(InputStream in, String where) {
        PaymentLayout layout;
        try {
            layout = YAML.readValue(in, PaymentLayout.class);
        } catch (IOException e) {
            throw new IllegalStateException("支払ファイルのレイアウト " + where + " を読めません: " + e.getMessage(), e);
        }
        List<String> problems = layout == null ? List.of("空のファイルです") : layout.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("支払ファイルのレイアウト " + where + " に誤りがあります: "
                    + String.join(" / ", problems));
        }
        return layout;
    }

    private void add(PaymentLayout layout, String where, boolean city) {
        PaymentLayout before = byId.put(layout.id(), layout);
        if (before != null && !city) {
            throw new IllegalStateException("支払ファイルのレイアウト " + where + ": id " + layout.id() + " が重複しています");
        }
        LOG.info("支払ファイルのレイアウト {} ({}){} を読み込みました", layout.id(), layout.name(),
                before != null ? " — 標準のレイアウトを置き換えます" : "");
    }

    /** The ids, for an error message. */
    public List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }
}
