package org.odmaturity.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A load driver for the regional comparisons (a {@code main}, never run by the build), against a RUNNING instance:
 * the results API of a campaign (with and without filters, as an admin and as a facilitator), its support needs, its
 * evolution from an earlier campaign, an organisation's history, the signed-in pages given on the command line (the
 * dashboard pages, {@code /animation}…) and {@code /q/health/live} in the same run, so that the ratio to the cheapest
 * request stays meaningful on a busy machine. For each request: the first answer (cold when the instance has just
 * started), then, after a warm-up, p50/p95/p99/max over sequential requests of one client; then all requests in turn
 * from several clients for a fixed time (throughput). Command and figures: docs/performance.md.
 *
 * <p>Options: {@code --base http://localhost:8080 --admin email:password [--facilitator email:password]
 * [--campaign id] [--from id] [--organization id] [--pages /animation,/resultats?campagne={campaign}]
 * [--facilitator-pages …] [--warmup 10] [--requests 100] [--seconds 20] [--clients 4] [--only label,label]
 * [--touch draftDiagnosticId [--touch-question id]]}. With {@code --touch}, the results and needs are also measured
 * right after an answer of that draft was saved through the API (so the campaign's data changed before each request).
 * Page paths may use {@code {campaign}}, {@code {from}} and {@code {organization}}. By default the campaign is the
 * latest, {@code from} the one before it, the organisation the first of the organisation search.
 */
public final class ComparisonLoadBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a request is authenticated. */
    enum Who {
        NOBODY, ADMIN_BASIC, FACILITATOR_BASIC, ADMIN_SESSION, FACILITATOR_SESSION
    }

    /** What happens, untimed, before each request of a target (e.g. saving an answer so that data changed). */
    interface Step {
        void run() throws Exception;
    }

    /** One measured request; {@code before} runs untimed before each of its requests (null: nothing). */
    record Target(String label, String path, Who who, Step before) {

        Target(String label, String path, Who who) {
            this(label, path, who, null);
        }
    }

    /** The figures of one target, in milliseconds. */
    record Figures(double first, double p50, double p95, double p99, double max, int bytes) {
    }

    private final String base;
    private final Map<Who, String> basic = new LinkedHashMap<>();
    private final Map<Who, String[]> accounts = new LinkedHashMap<>();

    private ComparisonLoadBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (!options.containsKey("base") || !options.containsKey("admin")) {
            System.err.println("usage: ComparisonLoadBenchmark --base URL --admin email:password "
                    + "[--facilitator email:password] [--campaign id] [--from id] [--organization id] "
                    + "[--pages p1,p2] [--facilitator-pages p1,p2] [--warmup 10] [--requests 100] [--seconds 20] "
                    + "[--clients 4] [--only label1,label2] [--touch draftId [--touch-question id]]");
            System.exit(2);
        }
        ComparisonLoadBenchmark bench = new ComparisonLoadBenchmark(options.get("base").replaceAll("/+$", ""));
        bench.account(Who.ADMIN_BASIC, Who.ADMIN_SESSION, options.get("admin"));
        if (options.containsKey("facilitator")) {
            bench.account(Who.FACILITATOR_BASIC, Who.FACILITATOR_SESSION, options.get("facilitator"));
        }
        bench.run(options);
    }

    private void account(Who basicWho, Who sessionWho, String credentials) {
        int colon = credentials.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("credentials are email:password");
        }
        basic.put(basicWho, "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        accounts.put(sessionWho, new String[] { credentials.substring(0, colon), credentials.substring(colon + 1) });
    }

    private void run(Map<String, String> options) throws Exception {
        HttpClient probe = client();
        JsonNode campaigns = JSON.readTree(send(probe, new Target("campaigns", "/api/campaigns", Who.ADMIN_BASIC)));
        long campaign = options.containsKey("campaign") ? Long.parseLong(options.get("campaign"))
                : campaigns.get(0).get("id").asLong();
        long from = -1;
        if (options.containsKey("from")) {
            from = Long.parseLong(options.get("from"));
        } else {
            for (JsonNode c : campaigns) {
                if (c.get("id").asLong() != campaign) {
                    from = c.get("id").asLong();
                    break;
                }
            }
        }
        long organization = options.containsKey("organization") ? Long.parseLong(options.get("organization"))
                : JSON.readTree(send(probe, new Target("organizations", "/api/organizations?size=1",
                        Who.ADMIN_BASIC))).get("items").get(0).get("id").asLong();
        boolean facilitator = basic.containsKey(Who.FACILITATOR_BASIC);
        String results = "/api/campaigns/" + campaign + "/results";
        String filtered = "?status=submitted-or-validated&type=commune&population=moins-de-3500&departement=57";

        List<Target> targets = new ArrayList<>();
        targets.add(new Target("health", "/q/health/live", Who.NOBODY));
        targets.add(new Target("campaigns (Basic auth baseline)", "/api/campaigns", Who.ADMIN_BASIC));
        targets.add(new Target("results admin", results, Who.ADMIN_BASIC));
        targets.add(new Target("results admin filtered", results + filtered, Who.ADMIN_BASIC));
        targets.add(new Target("needs admin", results + "/needs", Who.ADMIN_BASIC));
        targets.add(new Target("needs admin filtered", results + "/needs" + filtered, Who.ADMIN_BASIC));
        if (from > 0) {
            targets.add(new Target("evolution admin", results + "/evolution?from=" + from, Who.ADMIN_BASIC));
            targets.add(new Target("evolution admin filtered", results + "/evolution" + filtered + "&from=" + from,
                    Who.ADMIN_BASIC));
        }
        targets.add(new Target("organisation history admin", "/api/organizations/" + organization + "/evolution",
                Who.ADMIN_BASIC));
        if (options.containsKey("touch")) {
            // a facilitator saves an answer of a draft before each request: the campaign's data changed
            long draft = Long.parseLong(options.get("touch"));
            String question = options.getOrDefault("touch-question", "pil.type_orga");
            int[] counter = { 0 };
            Step save = () -> saveComment(probe, draft, question, "Remarque " + (++counter[0]));
            targets.add(new Target("results admin after an answer is saved", results, Who.ADMIN_BASIC, save));
            targets.add(new Target("needs admin after an answer is saved", results + "/needs", Who.ADMIN_BASIC,
                    save));
        }
        if (facilitator) {
            targets.add(new Target("results facilitator", results, Who.FACILITATOR_BASIC));
            targets.add(new Target("results facilitator filtered", results + filtered, Who.FACILITATOR_BASIC));
            targets.add(new Target("needs facilitator", results + "/needs", Who.FACILITATOR_BASIC));
            if (from > 0) {
                targets.add(new Target("evolution facilitator", results + "/evolution?from=" + from,
                        Who.FACILITATOR_BASIC));
            }
        }
        for (String page : list(options.get("pages"))) {
            String path = expand(page, campaign, from, organization);
            targets.add(new Target("page admin " + path, path, Who.ADMIN_SESSION));
        }
        if (facilitator) {
            for (String page : list(options.get("facilitator-pages"))) {
                String path = expand(page, campaign, from, organization);
                targets.add(new Target("page facilitator " + path, path, Who.FACILITATOR_SESSION));
            }
        }
        List<String> only = list(options.get("only"));
        if (!only.isEmpty()) {
            targets.removeIf(t -> !t.label().equals("health") && only.stream().noneMatch(o -> t.label().contains(o)));
        }
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "100"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "4"));

        System.out.printf(Locale.ROOT, "campaign %d, from %d, organisation %d; %d warm-up then %d requests each, "
                + "1 client%n", campaign, from, organization, warmup, requests);
        System.out.printf(Locale.ROOT, "%-58s %9s %8s %8s %8s %8s %7s %9s%n", "request", "first ms", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "×health", "bytes");
        Map<Who, HttpClient> sessions = new LinkedHashMap<>();
        Figures health = null;
        List<Target> failed = new ArrayList<>();
        for (Target target : targets) {
            HttpClient client = sessions.computeIfAbsent(target.who(), this::signedIn);
            Figures f;
            long start = System.nanoTime();
            try {
                f = measure(client, target, warmup, requests);
            } catch (IllegalStateException e) {
                // reported, left out of the concurrent run
                System.out.printf(Locale.ROOT, "%-58s failed after %.1f ms: %s%n", cut(target.label()),
                        (System.nanoTime() - start) / 1e6, e.getMessage());
                failed.add(target);
                continue;
            }
            if (target.label().equals("health")) {
                health = f;
            }
            System.out.printf(Locale.ROOT, "%-58s %9.1f %8.1f %8.1f %8.1f %8.1f %7.1f %9d%n", cut(target.label()),
                    f.first(), f.p50(), f.p95(), f.p99(), f.max(), f.p50() / health.p50(), f.bytes());
        }
        targets.removeAll(failed);
        targets.removeIf(t -> t.before() != null); // data changes are measured with one client only
        if (seconds > 0 && clients > 0) {
            concurrent(targets, clients, seconds);
        }
    }

    private Figures measure(HttpClient client, Target target, int warmup, int requests) throws Exception {
        if (target.before() != null) {
            target.before().run();
        }
        long start = System.nanoTime();
        int bytes = send(client, target).length();
        double first = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < warmup; i++) {
            if (target.before() != null) {
                target.before().run();
            }
            send(client, target);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            if (target.before() != null) {
                target.before().run();
            }
            long t = System.nanoTime();
            send(client, target);
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        return new Figures(first, percentile(times, 50), percentile(times, 95), percentile(times, 99),
                times.get(times.size() - 1), bytes);
    }

    /** All targets in turn from several clients, each with its own sessions, for a fixed time. */
    private void concurrent(List<Target> targets, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<Map<String, List<Double>>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                Map<Who, HttpClient> sessions = new LinkedHashMap<>();
                Map<String, List<Double>> times = new LinkedHashMap<>();
                for (int i = offset; System.nanoTime() < end; i++) {
                    Target target = targets.get(i % targets.size());
                    HttpClient client = sessions.computeIfAbsent(target.who(), this::signedIn);
                    long t = System.nanoTime();
                    send(client, target);
                    times.computeIfAbsent(target.label(), k -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
                }
                return times;
            }));
        }
        Map<String, List<Double>> all = new LinkedHashMap<>();
        for (Future<Map<String, List<Double>>> f : futures) {
            f.get().forEach((label, times) -> all.computeIfAbsent(label, k -> new ArrayList<>()).addAll(times));
        }
        pool.shutdown();
        List<Double> every = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%n%d clients, %d s, all requests in turn%n", clients, seconds);
        System.out.printf(Locale.ROOT, "%-58s %8s %8s %8s %8s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms");
        for (Map.Entry<String, List<Double>> e : all.entrySet()) {
            List<Double> times = e.getValue();
            Collections.sort(times);
            every.addAll(times);
            System.out.printf(Locale.ROOT, "%-58s %8d %8.1f %8.1f %8.1f%n", cut(e.getKey()), times.size(),
                    percentile(times, 50), percentile(times, 95), percentile(times, 99));
        }
        Collections.sort(every);
        System.out.printf(Locale.ROOT, "total: %d requests, %.1f requests/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                every.size(), every.size() / (double) seconds, percentile(every, 50), percentile(every, 95),
                percentile(every, 99));
    }

    /** Changes the comment of one answer of a diagnostic through the API, as its facilitator's autosave would. */
    private void saveComment(HttpClient client, long diagnostic, String question, String comment) throws Exception {
        String path = base + "/api/diagnostics/" + diagnostic;
        HttpResponse<String> current = client.send(HttpRequest.newBuilder(URI.create(path))
                .header("Authorization", basic.get(Who.ADMIN_BASIC)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String etag = current.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException(
                "no ETag for diagnostic " + diagnostic + ": " + current.statusCode()));
        String body = JSON.writeValueAsString(Map.of("answers", List.of(Map.of("question", question, "comment",
                comment))));
        HttpResponse<String> saved = client.send(HttpRequest.newBuilder(URI.create(path + "/answers"))
                .header("Authorization", basic.get(Who.ADMIN_BASIC)).header("If-Match", etag)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (saved.statusCode() != 200) {
            throw new IllegalStateException("saving an answer of " + diagnostic + " answered " + saved.statusCode()
                    + ": " + saved.body());
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private String send(HttpClient client, Target target) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + target.path()))
                .timeout(Duration.ofSeconds(120)).GET();
        String authorization = basic.get(target.who());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(target.path() + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response.body();
    }

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A client; for a session target, signed in through the real sign-in form. */
    private HttpClient signedIn(Who who) {
        HttpClient client = client();
        String[] account = accounts.get(who);
        if (account == null || (who != Who.ADMIN_SESSION && who != Who.FACILITATOR_SESSION)) {
            return client;
        }
        try {
            HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/connexion")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(form.body());
            if (!m.find()) {
                throw new IllegalStateException("no sign-in form at " + base + "/connexion");
            }
            String body = "_csrf=" + enc(m.group(1)) + "&email=" + enc(account[0]) + "&password=" + enc(account[1]);
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 303) {
                throw new IllegalStateException("sign-in of " + account[0] + " refused: " + signedIn.statusCode());
            }
            return client;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return List.of(commaSeparated.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String expand(String page, long campaign, long from, long organization) {
        return page.replace("{campaign}", String.valueOf(campaign)).replace("{from}", String.valueOf(from))
                .replace("{organization}", String.valueOf(organization));
    }

    private static String cut(String label) {
        return label.length() <= 58 ? label : label.substring(0, 55) + "...";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
