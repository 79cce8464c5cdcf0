package jp.lg.collection.imports;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import jp.lg.collection.export.CsvExport;
import jp.lg.collection.export.CsvExport.Column;
import jp.lg.collection.imports.layout.PaymentLayout;
import jp.lg.collection.imports.layout.PaymentLayouts;
import jp.lg.collection.system.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Files in: {@code POST /api/imports/{kind}} (multipart field {@code file}) for the CSV files, {@code POST
 * /api/imports/payment-files/{layout}} for a payment file of a layout (docs/file-formats.md), then the run's
 * progress and its error report as CSV (line, field, message) for whoever fixes the file.
 */
@RestController
public class ImportController {

    private final CsvImporter importer;
    private final Map<String, ImportKind<?>> kinds;
    private final PaymentFileImport paymentFiles;
    private final PaymentLayouts layouts;

    public ImportController(CsvImporter importer, List<ImportKind<?>> kinds, PaymentFileImport paymentFiles,
            PaymentLayouts layouts) {
        this.importer = importer;
        this.kinds = kinds.stream().collect(java.util.stream.Collectors.toMap(k -> k.kind().toLowerCase(), k -> k));
        this.paymentFiles = paymentFiles;
        this.layouts = layouts;
    }

    /** A layout as the API lists it. */
    public record LayoutSummary(String id, String name, String kind, String format, String encoding,
            Integer recordLength, String source) {
    }

    /** The payment-file layouts the application read at start (shipped and the city's own). */
    @GetMapping("/api/imports/payment-layouts")
    public List<LayoutSummary> layouts() {
        return layouts.all().stream().map(l -> new LayoutSummary(l.id(), l.name(), l.kind().name(), l.format().name(),
                l.encoding(), l.recordLength(), l.source())).toList();
    }

    /** A payment file of a layout: {@code POST /api/imports/payment-files/{layout}} (multipart field {@code file}). */
    @PostMapping(path = "/api/imports/payment-files/{layout}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportRun uploadPaymentFile(@PathVariable String layout, @RequestParam("file") MultipartFile file,
            Principal user) throws IOException {
        PaymentLayout paymentLayout = layouts.find(layout).orElseThrow(() -> new IllegalArgumentException(
                "layout: 支払ファイルのレイアウトは " + String.join(", ", layouts.ids()) + " です (" + layout + ")"));
        try (InputStream in = file.getInputStream()) {
            return paymentFiles.run(paymentLayout, in, file.getOriginalFilename(), user.getName());
        }
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

    /**
     * The error report of a run, for whoever fixes the file: the manager who ran it, exporters and admins (other
     * managers are refused: the report may repeat what the file held).
     */
    @GetMapping("/api/imports/{id}/errors.csv")
    public ResponseEntity<byte[]> errors(@PathVariable long id, Authentication user) {
        ImportRun run = run(id);
        boolean exporter = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Roles.authority(Roles.EXPORTERS)) || a.equals(Roles.authority(Roles.ADMINS)));
        if (!exporter && !run.runBy().equals(user.getName())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "取込 " + id + " のエラー一覧は、取り込んだ本人とデータ出力担当だけが出力できます");
        }
        List<Column<String[]>> columns = List.of(new Column<>("行", e -> Integer.valueOf(e[0])),
                new Column<>("項目", e -> e[1]), new Column<>("内容", e -> e[2]));
        return CsvExport.response("import-" + id + "-errors.csv", CsvExport.write(columns, importer.errors(id)));
    }
}
