package org.odmaturity.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load driver for the signed-in pages (a {@code main}, never run by the build): signs in through the real form of a
 * RUNNING instance, then requests the main pages — the diagnostics list, an interview page, its plan page, the admin
 * organisation list — first with one client (latency), then with several concurrent clients for a fixed time
 * (throughput). Each client has its own session. Command and last results: docs/performance.md.
 *
 * <p>Arguments: {@code baseUrl email password diagnosticId [seconds = 20] [clients = 4]}.
 */
public final class PageLoadBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: PageLoadBenchmark baseUrl email password diagnosticId [seconds] [clients]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        String email = args[1];
        String password = args[2];
        long diagnostic = Long.parseLong(args[3]);
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int clients = args.length > 5 ? Integer.parseInt(args[5]) : 4;
        List<String> pages = List.of("/animation", "/animation/diagnostics/" + diagnostic,
                "/animation/diagnostics/" + diagnostic + "/plan", "/admin/organisations");

        HttpClient one = signedIn(base, email, password);
        for (String page : pages) {
            for (int i = 0; i < 20; i++) {
                get(one, base + page); // warm-up
            }
        }
        System.out.printf(Locale.ROOT, "%-42s %8s %8s %8s %8s%n", "page (1 client, 100 requests)", "p50 ms", "p95 ms",
                "max ms", "bytes");
        for (String page : pages) {
            List<Double> times = new ArrayList<>();
            int bytes = 0;
            for (int i = 0; i < 100; i++) {
                long start = System.nanoTime();
                bytes = get(one, base + page).length();
                times.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(times);
            System.out.printf(Locale.ROOT, "%-42s %8.1f %8.1f %8.1f %8d%n", page, times.get(49), times.get(94),
                    times.get(99), bytes);
        }

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<List<Double>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            HttpClient client = signedIn(base, email, password);
            int offset = c;
            results.add(pool.submit(() -> {
                List<Double> times = new ArrayList<>();
                for (int i = offset; System.nanoTime() < end; i++) {
                    long start = System.nanoTime();
                    get(client, base + pages.get(i % pages.size()));
                    times.add((System.nanoTime() - start) / 1e6);
                }
                return times;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Collections.sort(all);
        System.out.printf(Locale.ROOT, "%d clients, %d s, pages in turn: %d requests, %.1f pages/s, p50 %.1f ms, "
                + "p95 %.1f ms, max %.1f ms%n", clients, seconds, all.size(), all.size() / (double) seconds,
                all.get(all.size() / 2), all.get((int) (all.size() * 0.95)), all.get(all.size() - 1));
    }

    private static HttpClient signedIn(String base, String email, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String form = get(client, base + "/connexion");
        Matcher m = CSRF.matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no sign-in form at " + base + "/connexion");
        }
        String body = "_csrf=" + enc(m.group(1)) + "&email=" + enc(email) + "&password=" + enc(password);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 303) {
            throw new IllegalStateException("sign-in refused: " + signedIn.statusCode());
        }
        return client;
    }

    private static String get(HttpClient client, String url) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
