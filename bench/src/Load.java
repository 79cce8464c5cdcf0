import java.net.URI;
import java.net.URLEncoder;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop HTTP load for bench/run (run with the JDK's source launcher: {@code java bench/src/Load.java}).
 * Each of {@code --clients} threads sends GET requests back to back for {@code --seconds} (after a 3 s
 * warm-up that is not counted), cycling through the URLs; prints one line:
 * {@code requests=… errors=… rps=… p50=… p95=… p99=… max=…} (milliseconds).
 *
 * <pre>
 * java bench/src/Load.java --clients 8 --seconds 30 --basic tanaka:pw URL [URL…]
 * java bench/src/Load.java --clients 8 --seconds 30 --form-login http://host:port tanaka:pw --urls file
 * </pre>
 * {@code --basic}: HTTP Basic on every request (the REST API). {@code --form-login}: each client logs in once
 * through Spring's form login (CSRF token from /login) and keeps its session cookie (the case view).
 */
public class Load {

    public static void main(String[] args) throws Exception {
        int clients = 8;
        int seconds = 30;
        int warmup = 3;
        String basic = null;
        String loginBase = null;
        String loginUser = null;
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--basic" -> basic = "Basic " + Base64.getEncoder().encodeToString(args[++i].getBytes(StandardCharsets.UTF_8));
                case "--form-login" -> {
                    loginBase = args[++i];
                    loginUser = args[++i];
                }
                case "--urls" -> Files.readAllLines(Path.of(args[++i])).stream().filter(s -> !s.isBlank()).forEach(urls::add);
                default -> urls.add(args[i]);
            }
        }
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no URLs");
        }
        final String auth = basic;
        final String base = loginBase;
        final String user = loginUser;
        final long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
        final long end = warmupEnd + seconds * 1_000_000_000L;
        final AtomicLong errors = new AtomicLong();
        final List<long[]> perThread = new ArrayList<>();
        final int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            long[] samples = new long[2_000_000];
            perThread.add(samples);
            final int id = t;
            Thread thread = new Thread(() -> {
                try {
                    HttpClient http = HttpClient.newBuilder()
                            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
                    Map<String, String> cookies = new LinkedHashMap<>();
                    if (base != null) {
                        login(http, base, user, cookies);
                    }
                    int n = 0;
                    int k = id;
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= end) {
                            break;
                        }
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(urls.get(k++ % urls.size())))
                                .timeout(Duration.ofSeconds(60)).GET();
                        if (auth != null) {
                            request.header("Authorization", auth);
                        }
                        if (!cookies.isEmpty()) {
                            request.header("Cookie", cookieHeader(cookies));
                        }
                        int status;
                        try {
                            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        long elapsed = System.nanoTime() - start;
                        if (start >= warmupEnd) {
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                            if (n < samples.length) {
                                samples[n++] = elapsed;
                            }
                        }
                    }
                    counts[id] = n;
                } catch (Exception e) {
                    e.printStackTrace();
                    errors.incrementAndGet();
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int p = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(perThread.get(t), 0, all, p, counts[t]);
            p += counts[t];
        }
        Arrays.sort(all);
        System.out.printf("requests=%d errors=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", total, errors.get(),
                total / (double) seconds, pct(all, 50), pct(all, 95), pct(all, 99),
                total == 0 ? 0 : all[total - 1] / 1e6);
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /**
     * Spring's form login: GET /login for the CSRF token and a session, POST the form, keep the session cookie.
     * Cookies are kept by hand, not by java.net.CookieManager: the prod profile marks the session cookie
     * {@code Secure} (production is served over HTTPS behind the city's proxy), and CookieManager would not
     * send it back over the benchmark's plain HTTP, so every login would fail the CSRF check (403).
     */
    private static void login(HttpClient http, String base, String userPassword, Map<String, String> cookies)
            throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        keep(page, cookies);
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        String csrf = m.find() ? m.group(1) : "";
        String[] up = userPassword.split(":", 2);
        String form = "username=" + enc(up[0]) + "&password=" + enc(up[1]) + "&_csrf=" + enc(csrf);
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (!cookies.isEmpty()) {
            post.header("Cookie", cookieHeader(cookies));
        }
        HttpResponse<String> r = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        keep(r, cookies);
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("form login failed: " + r.statusCode() + " " + location);
        }
    }

    private static void keep(HttpResponse<?> response, Map<String, String> cookies) {
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
