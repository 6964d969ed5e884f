package jp.resas.ops.local.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * CPU time spent so far by this JVM (server, benchmark clients, JIT and GC alike) and by the embedded PostgreSQL
 * (its postmaster and every backend, found from {@code postmaster.pid}). A turn's CPU over its operations is the
 * cost of one operation whatever share of the machine the turn got, so it says more than throughput on a machine
 * shared with other builds. Backends that exit during a turn take their CPU with them; the benchmarks keep theirs
 * (pooled connections).
 */
final class CpuMeter {

    private final Path postmasterPid;

    /** @param postgresData the cluster's data directory (holding {@code postmaster.pid}) */
    CpuMeter(Path postgresData) {
        this.postmasterPid = postgresData.resolve("postmaster.pid");
    }

    /** Nanoseconds of CPU of the JVM and the database so far. */
    long nanos() {
        return jvm() + database();
    }

    private static long jvm() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private long database() {
        Optional<ProcessHandle> postmaster = postmaster();
        if (postmaster.isEmpty()) {
            return 0;
        }
        long total = cpu(postmaster.get());
        for (ProcessHandle child : postmaster.get().children().toList()) {
            total += cpu(child);
        }
        return total;
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            String first = Files.readAllLines(postmasterPid).get(0).strip();
            return ProcessHandle.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
