package jp.lg.collection.drills;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The real application in a JVM of its own, as production runs it (profile prod, PostgreSQL, job executor on),
 * started from the classes this build compiled — so that a drill can kill it with SIGKILL ({@code kill -9}) and
 * start it again on the same database. Its output goes to {@code target/drills/<name>.log}.
 */
final class ChildApplication {

    static final String PASSWORD = "Drill-Kanri-2026x";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    final String name;
    final int port;
    final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ChildApplication(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the application on {@code jdbcUrl} and waits until its health answers UP. */
    static ChildApplication start(String name, String jdbcUrl, String user, String myNumberKey, String... args)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path dir = Path.of("target", "drills");
        Files.createDirectories(dir);
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-Xss512k", "-Duser.timezone=Asia/Tokyo",
                "-cp", classpath(), "jp.lg.collection.CollectionApplication",
                "--server.port=" + port, "--spring.profiles.active=prod,bench", "--spring.main.banner-mode=off",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--collection.print-batch.enabled=false"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("DB_URL", jdbcUrl);
        builder.environment().put("DB_USER", user);
        builder.environment().put("DB_PASSWORD", "");
        builder.environment().put("ADMIN_PASSWORD", PASSWORD);
        builder.environment().put("COLLECTION_MY_NUMBER_KEY", myNumberKey);
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        long t0 = System.nanoTime();
        var app = new ChildApplication(name, port, log, builder.start());
        // production's admin is Camunda's administrator only: made one of the product's too (as bench/run makes
        // its manager), through the engine's REST API once it answers (again after a restart: refused, no harm)
        while (!app.healthy() || !app.authorized()) {
            if (app.healthy()) {
                app.http.send(app.request("/engine-rest/group/admins/members/admin")
                        .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            }
            if (!app.process.isAlive()) {
                throw new IllegalStateException(name + " did not start: see " + log.toAbsolutePath());
            }
            if (System.nanoTime() - t0 > START_TIMEOUT.toNanos()) {
                app.process.destroyForcibly();
                throw new IllegalStateException(name + " did not answer within " + START_TIMEOUT + ": see " + log);
            }
            Thread.sleep(250);
        }
        System.out.printf("drill: %s up on port %d after %d ms (pid %d)%n", name, port,
                (System.nanoTime() - t0) / 1_000_000, app.process.pid());
        return app;
    }

    static String newMyNumberKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /**
     * The classpath of this test run without the test classes (the child is the application, not its tests).
     * Surefire's forked JVM may see only its booter jar on {@code java.class.path}; the real one is then in
     * {@code surefire.test.class.path}.
     */
    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    boolean healthy() {
        try {
            var response = http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The admin is let into the product's API (a missing run answers 400, not 401 or 403). */
    boolean authorized() {
        try {
            int status = get("/api/imports/0").statusCode();
            return status != 401 && status != 403;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no finally, no commit — what a crash or the OOM killer does. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        System.out.printf("drill: %s killed (kill -9)%n", name);
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(10)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    CompletableFuture<HttpResponse<String>> postAsync(String path) {
        return http.sendAsync(request(path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return http.send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST of a file as multipart field {@code file} (what {@code curl -F file=@…} sends). */
    CompletableFuture<HttpResponse<String>> uploadAsync(String path, String fileName, byte[] content) {
        String boundary = "drill-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return http.sendAsync(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
