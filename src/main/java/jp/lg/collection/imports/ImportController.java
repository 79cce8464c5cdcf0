package jp.lg.collection.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files in: {@code POST /api/imports/{kind}} (multipart field {@code file}), then the run's progress and
 * its error report as CSV (line, field, message) for whoever fixes the file.
 */
@RestController
public class ImportController {

    private final CsvImporter importer;
    private final Map<String, ImportKind<?>> kinds;

    public ImportController(CsvImporter importer, java.util.List<ImportKind<?>> kinds) {
        this.importer = importer;
        this.kinds = kinds.stream().collect(java.util.stream.Collectors.toMap(k -> k.kind().toLowerCase(), k -> k));
    }

    @PostMapping(path = "/api/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportRun upload(@PathVariable String kind, @RequestParam("file") MultipartFile file,
            @RequestParam(value = "charset", required = false) String charset, Principal user) throws IOException {
        ImportKind<?> importKind = kinds.get(kind.toLowerCase());
        if (importKind == null) {
            throw new IllegalArgumentException("kind: 取込種別は " + String.join(", ", kinds.keySet()) + " です");
        }
        try (InputStream in = file.getInputStream()) {
            return importer.run(importKind, in, file.getOriginalFilename(), charset, user.getName());
        }
    }

    @GetMapping("/api/imports/{id}")
    public ImportRun run(@PathVariable long id) {
        return importer.find(id).orElseThrow(() -> new IllegalArgumentException("id: 取込 " + id + " はありません"));
    }

    @GetMapping("/api/imports/{id}/errors.csv")
    public ResponseEntity<byte[]> errors(@PathVariable long id) {
        run(id);
        StringBuilder csv = new StringBuilder("\uFEFF行,項目,内容\r\n");
        for (String[] e : importer.errors(id)) {
            csv.append(e[0]).append(',').append(quote(e[1])).append(',').append(quote(e[2])).append("\r\n");
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=import-" + id + "-errors.csv")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
