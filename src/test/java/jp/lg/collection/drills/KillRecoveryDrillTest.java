package jp.lg.collection.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import jp.lg.collection.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The short versions of drills 1 and 2 (drills/README.md), in {@code mvn verify}'s PostgreSQL run: the real
 * application in its own JVM (profile prod) on a fresh database with a small synthetic city
 * ({@code bench/city.sql}), killed with SIGKILL in the middle of the night's sweep, started again, the same
 * sweep call made again; then killed in the middle of a payment file, started again, the same file sent again.
 * After each recovery the invariants of {@code drills/*-invariants.sql} must all be 0: every overdue bill in
 * exactly one case, one 督促 and one dunning notice per case, no taxpayer with two open cases, no orphan
 * process; every payment line applied exactly once, every case told once.
 *
 * <p>Three starts of the application: about a minute on a quiet machine. PostgreSQL only (tag {@code drill},
 * excluded from the H2 run in pom.xml): a killed JVM's database must outlive it.
 */
@Tag("drill")
class KillRecoveryDrillTest {

    private static final int TAXPAYERS = 4_000;
    private static final int OVERDUE_PCT = 25;
    private static final int CHUNK = 20;
    private static final int WORKERS = 2;
    private static final String[] ARGS = {
        // a killed node's lease runs out while the next one starts (production: 60 s)
        "--collection.run-lease=PT5S",
        // jobs a killed node had locked come back after 10 s (production: Camunda's 5 minutes)
        "--camunda.bpm.job-execution.lock-time-in-millis=10000",
        "--collection.sweep.chunk-size=" + CHUNK, "--collection.sweep.workers=" + WORKERS};

    private final Random random = new Random();

    @Test
    void aNightKilledInTheSweepAndAgainInThePaymentFileFinishesOnTheSameCalls() throws Exception {
        String url = TestDatabase.newPostgresDatabase();
        String key = ChildApplication.newMyNumberKey();
        LocalDate asOf = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        Map<String, String> night = Map.of("as_of", asOf.toString());
        ChildApplication a = ChildApplication.start("drill-a", url, TestDatabase.user(), key, ARGS);
        ChildApplication b = null;
        ChildApplication c = null;
        try (Connection db = DriverManager.getConnection(url, TestDatabase.user(), "")) {
            DrillSql.run(db, Path.of("bench", "city.sql"), Map.of("taxpayers", String.valueOf(TAXPAYERS),
                    "overdue_pct", String.valueOf(OVERDUE_PCT), "as_of", asOf.toString(), "warmup", "0"));
            long overdue = count(db, "SELECT count(*) FROM tax_bill WHERE status = 'OPEN' AND due_date < '" + asOf + "'");
            assertThat(overdue).isEqualTo(TAXPAYERS * OVERDUE_PCT / 100);

            // (1) kill -9 in the middle of the sweep
            long killAt = overdue / 10 + random.nextInt((int) overdue / 2);
            CompletableFuture<HttpResponse<String>> sweep = a.postAsync("/api/sweeps?asOf=" + asOf);
            long opened = waitFor(db, "SELECT coalesce(max(cases_opened), 0) FROM sweep_run WHERE as_of = '" + asOf + "'",
                    killAt, sweep);
            a.kill9();
            long committedCases = count(db, "SELECT count(*) FROM delinquency_case");
            System.out.printf("drill 1: killed at %d of %d cases (row said %d, committed %d)%n", killAt, overdue, opened,
                    committedCases);
            assertThat(count(db, "SELECT count(*) FROM sweep_run WHERE finished_at IS NULL AND as_of = '" + asOf + "'"))
                    .isEqualTo(1);
            assertThat(count(db, "SELECT cases_opened FROM sweep_run WHERE as_of = '" + asOf + "'"))
                    .as("the row counts what is committed").isEqualTo(committedCases);

            b = ChildApplication.start("drill-b", url, TestDatabase.user(), key, ARGS);
            String status = b.get("/api/sweeps/" + asOf).body();
            System.out.println("drill 1: after restart GET /api/sweeps/" + asOf + " → " + status);
            assertThat(status).contains("\"interrupted\":true").contains("\"running\":false");
            HttpResponse<String> again = b.post("/api/sweeps?asOf=" + asOf);
            System.out.println("drill 1: the same call again → " + again.statusCode() + " " + again.body());
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("\"resumed\":true").contains("\"running\":false")
                    .contains("\"casesOpened\":" + overdue);
            assertInvariants(db, "sweep-invariants.sql", night);
            long burned = count(db, "SELECT last_value FROM case_no_seq") - count(db, "SELECT count(*) FROM delinquency_case");
            System.out.printf("drill 1: case numbers not used (gaps): %d (at most %d: the chunks in flight)%n", burned,
                    CHUNK * WORKERS);
            assertThat(burned).isLessThanOrEqualTo(CHUNK * WORKERS);

            // (2) kill -9 in the middle of a payment file: this year's installments paid in full, a quarter in a case
            String prefix = "K" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-";
            StringBuilder file = new StringBuilder("収納レコード番号,通知書番号,期別,賦課年度,税目コード,納付日,金額,収納チャネル\r\n");
            int lines = 0;
            try (var rs = db.createStatement().executeQuery("SELECT id, notice_no, installment_no, fiscal_year, tax_item, "
                    + "principal FROM tax_bill WHERE status = 'OPEN' ORDER BY id")) {
                while (rs.next()) {
                    file.append(prefix).append(rs.getLong(1)).append(',').append(rs.getString(2)).append(',')
                            .append(rs.getInt(3)).append(',').append(rs.getInt(4)).append(',').append(rs.getString(5))
                            .append(',').append(asOf).append(',').append(rs.getLong(6)).append(",BANK\r\n");
                    lines++;
                }
            }
            byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
            String fileName = prefix + "payments.csv";
            CompletableFuture<HttpResponse<String>> upload = b.uploadAsync("/api/imports/payments", fileName, bytes);
            long linesKill = 1_000L * (1 + random.nextInt(Math.max(1, lines / 1_000 - 1)));
            waitFor(db, "SELECT coalesce(max(lines_done), 0) FROM import_run WHERE file_name = '" + fileName + "'",
                    linesKill, upload);
            b.kill9();
            System.out.printf("drill 2: killed at line %d of %d%n", linesKill, lines);
            assertThat(count(db, "SELECT count(*) FROM payment WHERE record_id LIKE '" + prefix + "%'"))
                    .as("nothing of the killed run is written").isZero();
            long runId = count(db, "SELECT id FROM import_run WHERE file_name = '" + fileName + "'");

            c = ChildApplication.start("drill-c", url, TestDatabase.user(), key, ARGS);
            String dead = c.get("/api/imports/" + runId).body();
            System.out.println("drill 2: after restart GET /api/imports/" + runId + " → " + dead);
            assertThat(dead).contains("\"status\":\"INTERRUPTED\"").contains("\"linesDone\":0");
            HttpResponse<String> resent = c.uploadAsync("/api/imports/payments", fileName, bytes).get();
            System.out.println("drill 2: the same file again → " + resent.statusCode() + " " + resent.body());
            assertThat(resent.statusCode()).isEqualTo(200);
            assertThat(resent.body()).contains("\"status\":\"DONE\"").contains("\"linesDone\":" + lines)
                    .contains("\"attempts\":2");
            drainJobs(db);
            assertInvariants(db, "payment-invariants.sql", Map.of("prefix", prefix, "lines", String.valueOf(lines)));
            assertInvariants(db, "sweep-invariants.sql", night);
        } finally {
            for (ChildApplication app : new ChildApplication[] {a, b, c}) {
                if (app != null && app.alive()) {
                    app.stop();
                }
            }
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (var rs = db.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Polls until the query reaches {@code target}; fails if the call answered first (nothing left to kill). */
    private static long waitFor(Connection db, String sql, long target, CompletableFuture<?> call) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            long value = count(db, sql);
            if (value >= target) {
                return value;
            }
            if (call.isDone()) {
                throw new AssertionError("the call ended before the kill (" + value + " < " + target + "): " + call.get());
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no progress to " + target + " within 5 minutes: " + sql);
    }

    /** The async jobs the payments left (cases paid in full end through a job) run before the check. */
    private static void drainJobs(Connection db) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (count(db, "SELECT count(*) FROM act_ru_job WHERE retries_ > 0 AND (duedate_ IS NULL OR duedate_ <= now())")
                > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }

    private static void assertInvariants(Connection db, String file, Map<String, String> variables) throws Exception {
        Map<String, Long> violations = DrillSql.invariants(db, Path.of("drills", file), variables);
        violations.forEach((name, n) -> System.out.printf("drill invariant %-60s %d%n", name, n));
        assertThat(violations).as(file).allSatisfy((name, n) -> assertThat(n).as(name).isZero());
    }
}
