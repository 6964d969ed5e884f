package jp.resas.ops.local.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs two sides of a comparison in turn, each on the same number of threads for the same time, and keeps
 * the ratio of each pair (A's throughput over B's, and A's p99 over B's).
 */
final class Pairs {

    /** One unit of work of a side, on the calling thread; {@code thread} tells the threads apart. */
    @FunctionalInterface
    interface Work {
        void run(int thread) throws Exception;
    }

    /** What one side did in one turn; {@code cpuMillis} of the JVM and the database in all (0 when not metered). */
    record Turn(long operations, double seconds, double p50Millis, double p99Millis, double cpuMillis) {

        double throughput() {
            return operations / seconds;
        }

        /** Milliseconds of CPU (JVM and database) per operation. */
        double cpuPerOperation() {
            return cpuMillis / operations;
        }
    }

    private final int threads;
    private final double seconds;
    private final CpuMeter cpu;
    private final double warmupSeconds;

    Pairs(int threads, double seconds) {
        this(threads, seconds, null, 0);
    }

    /**
     * With {@code cpu}, each turn also reports the CPU per operation and the summary its ratio, and the warm-up
     * goes on (A and B in turn, up to {@code warmupSeconds}) while A's CPU per operation still falls by more than a
     * tenth from one warm-up turn to the next: on a loaded machine the JIT compiles the HTTP path for minutes, and
     * turns measured before that measure the interpreter (issue 18).
     */
    Pairs(int threads, double seconds, CpuMeter cpu, double warmupSeconds) {
        this.threads = threads;
        this.seconds = seconds;
        this.cpu = cpu;
        this.warmupSeconds = warmupSeconds;
    }

    /** Runs {@code work} on every thread until the time is up (or {@code limit} operations, if positive). */
    Turn turn(Work work, long limit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong started = new AtomicLong();
        long cpuBefore = cpu == null ? 0 : cpu.nanos();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long begin = System.nanoTime();
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    long[] latencies = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < deadline && (limit <= 0 || started.incrementAndGet() <= limit)) {
                        long s = System.nanoTime();
                        work.run(thread);
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - s;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : results) {
                all.add(f.get());
            }
            double elapsed = (System.nanoTime() - begin) / 1e9;
            double cpuMillis = cpu == null ? 0 : (cpu.nanos() - cpuBefore) / 1e6;
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            if (latencies.length == 0) {
                throw new IllegalStateException("nothing was done in " + seconds + " s");
            }
            return new Turn(latencies.length, elapsed, percentile(latencies, 0.50), percentile(latencies, 0.99),
                    cpuMillis);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
    }

    /** Alternates A and B {@code rounds} times after one warm-up turn each; prints each pair and the summary. */
    void compare(PrintWriter out, String what, Work a, Work b, int rounds, long limit) throws Exception {
        Turn previous = turn(a, limit);
        turn(b, limit);
        long warmupEnds = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (cpu != null && System.nanoTime() < warmupEnds) {
            Turn next = turn(a, limit);
            turn(b, limit);
            out.printf("  %-40s warm-up: A CPU/op %.3f ms, the turn before %.3f ms%n", what, next.cpuPerOperation(),
                    previous.cpuPerOperation());
            out.flush();
            boolean settled = next.cpuPerOperation() > previous.cpuPerOperation() * 0.9;
            previous = next;
            if (settled) {
                break;
            }
        }
        double[] throughput = new double[rounds];
        double[] p99 = new double[rounds];
        double[] cpuCost = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Turn ta = turn(a, limit);
            Turn tb = turn(b, limit);
            throughput[r] = ta.throughput() / tb.throughput();
            p99[r] = ta.p99Millis() / tb.p99Millis();
            cpuCost[r] = tb.cpuPerOperation() / ta.cpuPerOperation();
            out.printf("  %-40s round %d: A %8.1f/s p50 %7.2f ms p99 %7.2f ms | B %8.1f/s p50 %7.2f ms p99 %7.2f ms%s%n",
                    what, r + 1, ta.throughput(), ta.p50Millis(), ta.p99Millis(), tb.throughput(), tb.p50Millis(),
                    tb.p99Millis(), cpu == null ? "" : String.format(" | CPU/op A %.3f ms B %.3f ms",
                            ta.cpuPerOperation(), tb.cpuPerOperation()));
            out.flush();
        }
        out.printf("%-42s throughput A/B min %.3f median %.3f | p99 A/B min %.2f median %.2f%s | load %s%n", what,
                min(throughput), median(throughput), min(p99), median(p99), cpu == null ? ""
                        : String.format(" | CPU-bound A/B (B's CPU/op over A's) min %.3f median %.3f", min(cpuCost),
                                median(cpuCost)), load());
        out.flush();
    }

    static String load() {
        return Ratios.load();
    }

    private static double min(double[] values) {
        return Ratios.min(values);
    }

    private static double median(double[] values) {
        return Ratios.median(values);
    }
}
