package org.odmaturity.comparison.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;



/**
 * Measures the results exports on a large campaign (a load driver with a {@code main}, never run by the build; see
 * docs/performance.md, "Results exports"), against a running packaged instance whose database holds the synthetic
 * diagnostics of {@code org.odmaturity.benchmark.SyntheticData}.
 *
 * <p>Arguments: {@code baseUrl email password campaignId serverPid [rounds = 3]}. Downloads each export
 * {@code rounds} times after a warm-up and prints, per export, the size, the time to the first byte and to the last,
 * the server's peak resident memory (from {@code /proc}); then downloads each once more while forcing a full GC in the
 * server every half second to read its live heap (a class histogram: {@code jcmd GC.class_histogram}) during the
 * download: flat if it does not grow with the file.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 5) {
            run(args[0], args[1], args[2], Long.parseLong(args[3]), Long.parseLong(args[4]),
                    args.length > 5 ? Integer.parseInt(args[5]) : 3);
        } else {
            System.err.println("usage: ExportBenchmark baseUrl email password campaignId serverPid [rounds]");
            System.exit(2);
        }
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    // --------------------------------------------------------------------------------------------------------- run

    private static final String[] EXPORTS = { "results.csv", "results.csv?excel=true", "results.xlsx", "answers.csv",
        "answers.csv?excel=true" };

    private static void run(String baseUrl, String email, String password, long campaign, long pid, int rounds)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = basic(email, password);
        String prefix = baseUrl + "/api/campaigns/" + campaign + "/";
        System.out.printf("server pid %d; live heap after full GC at start: %.1f MB; RSS %.1f MB%n", pid,
                liveHeap(pid), rss(pid) / 1048576.0);
        for (String export : EXPORTS) {
            download(client, auth, prefix + export, pid); // warm-up
        }
        System.out.printf("%n%-26s %10s %12s %12s %12s %14s%n", "export", "bytes", "rows", "first byte", "total",
                "peak RSS");
        for (String export : EXPORTS) {
            for (int round = 0; round < rounds; round++) {
                Download d = download(client, auth, prefix + export, pid);
                System.out.printf("%-26s %10d %12s %9d ms %9d ms %11.1f MB%n", export, d.bytes,
                        d.lines < 0 ? "-" : Long.toString(d.lines - 1), d.firstByteMillis, d.totalMillis,
                        d.peakRss / 1048576.0);
            }
        }
        System.out.printf("%n%-26s %12s %14s %14s%n", "export (every 0.5 s)", "samples", "live heap min",
                "live heap max");
        for (String export : EXPORTS) {
            List<Double> live = new ArrayList<>();
            AtomicBoolean done = new AtomicBoolean();
            Thread sampler = new Thread(() -> {
                while (!done.get()) {
                    try {
                        live.add(liveHeap(pid));
                        Thread.sleep(500);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            sampler.start();
            download(client, auth, prefix + export, pid);
            done.set(true);
            sampler.join();
            System.out.printf("%-26s %12d %11.1f MB %11.1f MB%n", export, live.size(),
                    live.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                    live.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        }
        System.out.printf("%nlive heap after full GC at the end: %.1f MB; RSS %.1f MB%n", liveHeap(pid),
                rss(pid) / 1048576.0);
    }

    private record Download(long bytes, long lines, long firstByteMillis, long totalMillis, long peakRss) {
    }

    private static Download download(HttpClient client, String auth, String url, long pid) throws Exception {
        AtomicLong peak = new AtomicLong(rss(pid));
        AtomicBoolean done = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(rss(pid), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", auth).timeout(Duration.ofMinutes(10)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + response.statusCode());
        }
        long bytes = 0;
        long lines = url.contains(".csv") ? 0 : -1;
        long firstByte = -1;
        byte[] buffer = new byte[65536];
        try (InputStream in = response.body()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (firstByte < 0) {
                    firstByte = System.nanoTime();
                }
                bytes += n;
                if (lines >= 0) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
        }
        long end = System.nanoTime();
        done.set(true);
        watcher.join();
        return new Download(bytes, lines, (firstByte - start) / 1_000_000, (end - start) / 1_000_000, peak.get());
    }

    /** The server's resident memory in bytes, from /proc. */
    private static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /**
     * The server's live heap in MB: the total of a class histogram, which the JVM takes right after a full GC of its
     * own ({@code jcmd GC.class_histogram}), so that no garbage made meanwhile is counted.
     */
    private static double liveHeap(long pid) throws Exception {
        for (String line : jcmd(pid, "GC.class_histogram")) {
            if (line.startsWith("total")) {
                String[] fields = line.trim().split("\\s+");
                return Long.parseLong(fields[fields.length - 1]) / 1048576.0;
            }
        }
        throw new IllegalStateException("no class histogram from jcmd " + pid);
    }

    private static List<String> jcmd(long pid, String command) throws Exception {
        Process process = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line.toLowerCase(Locale.ROOT));
            }
        }
        process.waitFor();
        return lines;
    }
}
