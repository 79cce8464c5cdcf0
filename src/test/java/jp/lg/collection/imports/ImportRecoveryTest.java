package jp.lg.collection.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.system.RunLeases;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A payment file whose run died (issue 20): a RUNNING row whose lease expired reads INTERRUPTED (nothing written,
 * 0 lines done) and the same file sent again runs it again under the same id; a live run is left alone; a run that
 * lost its lease to another node commits nothing. The real kill -9 is {@code KillRecoveryDrillTest} and drills/.
 */
class ImportRecoveryTest extends ProcessTestSupport {

    static final String HEADER = "収納レコード番号,通知書番号,期別,賦課年度,税目コード,納付日,金額,収納チャネル\r\n";

    @Autowired
    CsvImporter importer;
    @Autowired
    PaymentImport paymentImport;
    @Autowired
    TaxpayerImport taxpayerImport;
    @Autowired
    RunLeases leases;
    @Autowired
    PlatformTransactionManager transactions;

    String paymentFile(String prefix, int lines) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < lines; i++) {
            TaxBill b = bills.require(newBill(newTaxpayer("tanaka"), 10_000, LocalDate.of(2026, 8, 31)));
            csv.append(prefix).append(i).append(',').append(b.noticeNo()).append(',').append(b.installmentNo())
                    .append(',').append(b.fiscalYear()).append(',').append(b.taxItem().code())
                    .append(",2026-08-20,10000,BANK\r\n");
        }
        return csv.toString();
    }

    ImportRun send(ImportKind<?> kind, String csv, String by) throws Exception {
        return importer.run(kind, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "bank.csv", null, by);
    }

    /** The row a node killed in the middle of the file leaves behind: RUNNING, its progress, its lease. */
    long runningRow(String csv, java.time.LocalDateTime leaseUntil) throws Exception {
        String checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(csv.getBytes(StandardCharsets.UTF_8)));
        jdbc.sql("""
                INSERT INTO import_run (kind, file_name, checksum, charset, status, lines_total, lines_done, started_at,
                  run_by, node_id, run_token, lease_until, heartbeat_at, attempts)
                VALUES ('PAYMENTS', 'bank.csv', ?, 'UTF-8', 'RUNNING', 3, 2, ?, 'sato', 'node-x/4711', 'dead', ?, ?, 1)
                """).params(checksum, leases.now().minusMinutes(3), leaseUntil, leaseUntil.minusSeconds(45)).update();
        return jdbc.sql("SELECT id FROM import_run WHERE checksum = ?").param(checksum).query(Long.class).single();
    }

    long payments(String prefix) {
        return jdbc.sql("SELECT COUNT(*) FROM payment WHERE bank_record_id LIKE ?").param(prefix + "%")
                .query(Long.class).single();
    }

    @Test
    void aFileWhoseRunDiedRunsAgainWhenSentAgain() throws Exception {
        String csv = paymentFile("DIED-", 3);
        long id = runningRow(csv, leases.now().minusSeconds(1));

        ImportRun dead = importer.find(id).orElseThrow();
        assertThat(dead.status()).isEqualTo("INTERRUPTED");
        assertThat(dead.linesDone()).as("nothing of a dead run is written").isZero();
        assertThat(dead.finishedAt()).isNull();
        assertThat(dead.node()).isEqualTo("node-x/4711");

        ImportRun again = send(paymentImport, csv, "sato");

        assertThat(again.id()).isEqualTo(id);
        assertThat(again.status()).isEqualTo("DONE");
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(again.linesDone()).isEqualTo(3);
        assertThat(again.recordsWritten()).isEqualTo(3);
        assertThat(again.finishedAt()).isAfterOrEqualTo(again.startedAt());
        assertThat(again.leaseUntil()).isNull();
        assertThat(payments("DIED-")).isEqualTo(3);

        ImportRun third = send(paymentImport, csv, "sato");
        assertThat(third.status()).as("a finished file is not run again").isEqualTo("DONE");
        assertThat(third.attempts()).isEqualTo(2);
        assertThat(payments("DIED-")).isEqualTo(3);
    }

    @Test
    void aLiveRunIsLeftAlone() throws Exception {
        String csv = paymentFile("LIVE-", 2);
        long id = runningRow(csv, leases.now().plusMinutes(5));

        ImportRun answer = send(paymentImport, csv, "sato");

        assertThat(answer.id()).isEqualTo(id);
        assertThat(answer.status()).isEqualTo("RUNNING");
        assertThat(answer.leaseUntil()).isAfter(leases.now());
        assertThat(payments("LIVE-")).isZero();
    }

    /**
     * Another node took the run over while this one was still writing (its lease had expired: a long pause): this
     * node's writes roll back whole, and the run is the other node's.
     */
    @Test
    void aRunThatLostItsLeaseCommitsNothing() throws Exception {
        var separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ImportKind<TaxpayerImport.Row> stolen = new ImportKind<>() {
            @Override
            public String kind() {
                return taxpayerImport.kind();
            }

            @Override
            public List<String> header() {
                return taxpayerImport.header();
            }

            @Override
            public TaxpayerImport.Row parse(CSVRecord record, Problems problems) {
                return taxpayerImport.parse(record, problems);
            }

            @Override
            public boolean write(TaxpayerImport.Row row, String by) {
                separate.executeWithoutResult(tx -> jdbc.sql("""
                        UPDATE import_run SET run_token = 'the-other-node', node_id = 'node-y/1', lease_until = ?
                        WHERE status = 'RUNNING' AND kind = 'TAXPAYERS' AND run_by = 'paused-node'
                        """).param(leases.now().plusMinutes(5)).update());
                return taxpayerImport.write(row, by);
            }
        };
        String csv = "宛名番号,個人番号,漢字氏名,カナ氏名,生年月日,性別,郵便番号,住所,方書,電話番号,地区コード,担当者\r\n"
                + "740000001,,青木 花子,アオキ ハナコ,1970-01-02,2,360-0041,埼玉県熊谷市宮町二丁目1番地,,,01,\r\n";

        ImportRun run = send(stolen, csv, "paused-node");

        assertThat(run.status()).isEqualTo("RUNNING");
        assertThat(run.node()).isEqualTo("node-y/1");
        assertThat(taxpayers.exists("740000001")).as("rolled back whole").isFalse();
    }
}
