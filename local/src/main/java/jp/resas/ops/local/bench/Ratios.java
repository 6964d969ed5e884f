package jp.resas.ops.local.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** Min and median of the ratios of paired turns, and the machine's load average, as the benchmarks print them. */
public final class Ratios {

    private Ratios() {
    }

    public static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The 1-minute load average and the cores, e.g. {@code 12.30 (2 cores)}. */
    public static String load() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format("%.2f (%d cores)", load, Runtime.getRuntime().availableProcessors());
    }
}
