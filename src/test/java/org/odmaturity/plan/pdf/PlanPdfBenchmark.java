package org.odmaturity.plan.pdf;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load driver for {@link PlanPdfRenderer} (not a test: run by hand, see docs/performance.md).
 *
 * <p>
 * Measures, on the complete 40-question French report: the first PDF (templates loaded), warm single-client latency
 * (p50/p95/max), throughput with 4 concurrent clients, and the used heap after full GCs every 100 PDFs while 500 PDFs
 * are made (it should stay flat). Arguments: [warm-up count] [measured count] [concurrent seconds].
 * </p>
 */
public final class PlanPdfBenchmark {

    private PlanPdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        PlanReport report = PlanReportSamples.complete("fr");
        PlanPdfRenderer renderer = new PlanPdfRenderer();

        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, load average at start %.2f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long start = System.nanoTime();
        byte[] first = renderer.render(report);
        System.out.printf(Locale.ROOT, "first PDF (templates loaded, JIT cold): %.0f ms, %d bytes%n", ms(System.nanoTime() - start),
                first.length);

        for (int i = 0; i < warmup; i++) {
            renderer.render(report);
        }
        long[] times = new long[measured];
        long cpu0 = processCpuNanos();
        for (int i = 0; i < measured; i++) {
            long t0 = System.nanoTime();
            renderer.render(report);
            times[i] = System.nanoTime() - t0;
        }
        long cpu = processCpuNanos() - cpu0;
        Arrays.sort(times);
        System.out.printf(Locale.ROOT,
                "warm, 1 client, %d PDFs: p50 %.1f ms, p95 %.1f ms, max %.1f ms, mean %.1f ms; process CPU %.1f ms per PDF"
                        + " (all threads: filler, subreports, GC, JIT)%n",
                measured, ms(times[measured / 2]), ms(times[(int) Math.ceil(measured * 0.95) - 1]), ms(times[measured - 1]),
                ms(Arrays.stream(times).sum() / measured), ms(cpu / measured));

        concurrent(renderer, report, 4, seconds);
        memory(renderer, report, 500);
    }

    private static void concurrent(PlanPdfRenderer renderer, PlanReport report, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        LongAdder done = new LongAdder();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    byte[] pdf = renderer.render(report);
                    latencies.add(System.nanoTime() - s);
                    if (pdf.length < 1000) {
                        throw new IllegalStateException("bad PDF");
                    }
                    done.increment();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT,
                "%d concurrent clients, %.1f s: %d PDFs, %.1f PDFs/s, latency p50 %.0f ms, p95 %.0f ms; load average now %.2f%n",
                clients, elapsed, done.sum(), done.sum() / elapsed, ms(sorted[sorted.length / 2]),
                ms(sorted[(int) Math.ceil(sorted.length * 0.95) - 1]),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void memory(PlanPdfRenderer renderer, PlanReport report, int total) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        StringBuilder line = new StringBuilder("used heap after full GC, every 100 PDFs (MB):");
        AtomicInteger count = new AtomicInteger();
        line.append(' ').append(usedAfterGc(memory));
        while (count.get() < total) {
            renderer.render(report);
            if (count.incrementAndGet() % 100 == 0) {
                line.append(' ').append(usedAfterGc(memory));
            }
        }
        System.out.println(line);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
