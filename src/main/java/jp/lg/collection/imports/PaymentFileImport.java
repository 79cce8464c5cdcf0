package jp.lg.collection.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.delinquency.payment.CvsReports;
import jp.lg.collection.delinquency.payment.DirectDebitFailures;
import jp.lg.collection.delinquency.payment.PaymentReconciliation;
import jp.lg.collection.delinquency.payment.PaymentSlip;
import jp.lg.collection.imports.CsvImporter.Checked;
import jp.lg.collection.imports.CsvImporter.WriteFailed;
import jp.lg.collection.imports.layout.LayoutFile;
import jp.lg.collection.imports.layout.PaymentLayout;
import jp.lg.collection.imports.layout.PaymentLine;
import jp.lg.collection.system.Today;
import org.springframework.stereotype.Service;

/**
 * A payment file of a layout ({@link PaymentLayout}: 全銀 口座振替結果, コンビニ 速報・確報, a city's own), imported
 * with the same run as the CSV files ({@link CsvImporter}: idempotent by the file's bytes, all-or-nothing, FAILED
 * with the lines named and run again when the same file is resent): pass 1 reads every record after the layout
 * ({@link LayoutFile}: record order, encodings, types, the barcode's check digit, the trailers' counts and amounts)
 * and stores each problem by record number and field — any problem rejects the whole file; pass 2 reads the file
 * again and hands the data records over {@value CsvImporter#WRITE_CHUNK} at a time, each chunk's lookups and writes
 * batched as the CSV payments' are. What a data record does depends on the layout's kind:
 * <ul>
 * <li>PAYMENT: money, reconciled like a CSV line ({@link PaymentReconciliation}; the slip's installment first);</li>
 * <li>DIRECT_DEBIT_RESULT: 振替結果コード 0 is money, as above; any other result is a failed debit and its
 * follow-up ({@link DirectDebitFailures}: 口座振替不能通知書, 交渉経過);</li>
 * <li>CVS_PRELIMINARY: recorded as provisional, not applied ({@link CvsReports});</li>
 * <li>CVS_FINAL: confirms the 速報 (or stands alone) and is reconciled as money.</li>
 * </ul>
 * The run's lines are the data records; its error report names records by their number in the file (1 = the
 * first record, the header where there is one).
 */
@Service
public class PaymentFileImport {

    private final CsvImporter importer;
    private final PaymentReconciliation reconciliation;
    private final DirectDebitFailures directDebits;
    private final CvsReports cvs;

    public PaymentFileImport(CsvImporter importer, PaymentReconciliation reconciliation,
            DirectDebitFailures directDebits, CvsReports cvs) {
        this.importer = importer;
        this.reconciliation = reconciliation;
        this.directDebits = directDebits;
        this.cvs = cvs;
    }

    public ImportRun run(PaymentLayout layout, InputStream upload, String fileName, String by) throws IOException {
        return importer.run(layout.id(), upload, fileName, spool -> new CsvImporter.Prepared(
                layout.encoding(), new CsvImporter.Passes() {
                    @Override
                    public Checked check(Path file, long id) throws IOException {
                        return PaymentFileImport.this.check(layout, file, id);
                    }

                    @Override
                    public void write(Path file, long id, int lines, String runBy) {
                        PaymentFileImport.this.write(layout, file, id, lines, runBy);
                    }
                }), by);
    }

    private Checked check(PaymentLayout layout, Path spool, long id) throws IOException {
        int[] errors = {0};
        LayoutFile.Result result = LayoutFile.read(layout, spool, Today.date(), line -> {
        }, (lineNo, field, message) -> importer.error(id, lineNo, field, message, errors));
        return new Checked(result.dataRecords(), errors[0], result.unreadable());
    }

    private void write(PaymentLayout layout, Path spool, long id, int total, String by) {
        LocalDate today = Today.date();
        List<PaymentLine> chunk = new ArrayList<>(CsvImporter.WRITE_CHUNK);
        int[] counts = {0, 0}; // done, written
        try {
            LayoutFile.read(layout, spool, today, line -> {
                chunk.add(line);
                if (chunk.size() == CsvImporter.WRITE_CHUNK) {
                    flush(layout, chunk, id, total, by, counts);
                }
            }, (lineNo, field, message) -> {
                throw new IllegalStateException(lineNo + "行目 " + field + ": " + message);
            });
        } catch (IOException e) {
            throw new IllegalStateException("取込ファイルを再読込できません", e);
        }
        flush(layout, chunk, id, total, by, counts);
        importer.done(id, total, counts[0], counts[1], counts[0] - counts[1]);
    }

    private void flush(PaymentLayout layout, List<PaymentLine> chunk, long id, int total, String by, int[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        int written;
        try {
            written = writeAll(layout, chunk, id, by);
        } catch (RuntimeException refused) {
            throw new WriteFailed(chunk.get(0).lineNo(), chunk.get(chunk.size() - 1).lineNo(), refused);
        }
        int before = counts[0];
        counts[0] += chunk.size();
        counts[1] += written;
        chunk.clear();
        if (counts[0] / CsvImporter.PROGRESS_EVERY > before / CsvImporter.PROGRESS_EVERY) {
            importer.progress(id, total, counts[0]);
        }
    }

    /** Writes consecutive data records of the file; returns how many changed something (the others were there). */
    private int writeAll(PaymentLayout layout, List<PaymentLine> lines, long runId, String by) {
        return switch (layout.kind()) {
            case PAYMENT -> reconcile(slips(layout, lines), by);
            case DIRECT_DEBIT_RESULT -> {
                List<PaymentLine> money = lines.stream().filter(PaymentLine::money).toList();
                List<DirectDebitFailures.Failure> failures = lines.stream().filter(l -> !l.money())
                        .map(l -> new DirectDebitFailures.Failure(slip(layout, l), l.resultCode())).toList();
                yield reconcile(slips(layout, money), by) + directDebits.record(failures, runId, by);
            }
            case CVS_PRELIMINARY -> cvs.recordPreliminary(slips(layout, lines), runId);
            case CVS_FINAL -> reconcile(cvs.confirm(slips(layout, lines), runId), by);
        };
    }

    private int reconcile(List<PaymentSlip> slips, String by) {
        if (slips.isEmpty()) {
            return 0;
        }
        return (int) reconciliation.reconcileAll(slips, by).stream()
                .filter(o -> o != PaymentReconciliation.Outcome.ALREADY_RECORDED).count();
    }

    private static List<PaymentSlip> slips(PaymentLayout layout, List<PaymentLine> lines) {
        return lines.stream().map(l -> slip(layout, l)).toList();
    }

    private static PaymentSlip slip(PaymentLayout layout, PaymentLine l) {
        return new PaymentSlip(l.recordId(), l.noticeNo(), l.installmentNo(), l.fiscalYear(), l.taxItem(), l.paidOn(),
                l.amount(), layout.channel(), l.payerName());
    }
}
