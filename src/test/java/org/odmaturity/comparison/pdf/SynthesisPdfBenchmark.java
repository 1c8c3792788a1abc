package org.odmaturity.comparison.pdf;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

import org.odmaturity.comparison.ResultsFilter;

/**
 * Load driver for {@link SynthesisPdfRenderer} (not a test: run by hand, see docs/performance.md). Measures, on the
 * French synthesis of the test campaigns with the evolution section ({@link SynthesisSamples}): the first PDF of the
 * JVM (templates loaded, fonts and classes loaded, JIT cold), the assembly of the report, and warm single-client
 * latency (p50/p95/max) with the CPU time of the rendering thread (robust to a loaded machine). Arguments:
 * [warm-up count = 30] [measured count = 100].
 */
public final class SynthesisPdfBenchmark {

    private SynthesisPdfBenchmark() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, load average at start %.2f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        SynthesisPdfRenderer renderer = new SynthesisPdfRenderer();
        long start = System.nanoTime();
        SynthesisReport report = report();
        long assembled = System.nanoTime();
        byte[] first = renderer.render(report);
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "first report assembled in %.0f ms; first PDF %.0f ms, %d bytes%n",
                ms(assembled - start), ms(end - assembled), first.length);
        for (int i = 0; i < warmup; i++) {
            renderer.render(report());
        }
        long[] assembly = new long[measured];
        long[] times = new long[measured];
        long[] cpu = new long[measured];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < measured; i++) {
            long t0 = System.nanoTime();
            SynthesisReport r = report();
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            renderer.render(r);
            cpu[i] = threads.getCurrentThreadCpuTime() - c1;
            assembly[i] = t1 - t0;
            times[i] = System.nanoTime() - t1;
        }
        Arrays.sort(cpu);
        Arrays.sort(times);
        Arrays.sort(assembly);
        System.out.printf(Locale.ROOT, "warm, 1 client, %d PDFs: render p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
                + "assembly p50 %.2f ms; CPU of the rendering thread p50 %.1f ms%n", measured, ms(times[measured / 2]),
                ms(times[(int) Math.ceil(measured * 0.95) - 1]), ms(times[measured - 1]), ms(assembly[measured / 2]),
                ms(cpu[measured / 2]));
    }

    private static SynthesisReport report() {
        return SynthesisReportAssembler.assemble(SynthesisSamples.later().inputs(ResultsFilter.defaults(), "fr",
                SynthesisSamples.earlier()), "fr", SynthesisSamples.TODAY);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
