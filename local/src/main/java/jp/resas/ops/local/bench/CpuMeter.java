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
 * shared with other builds. Processes that exit during a turn (a parallel index build's workers, autovacuum workers)
 * still count: the postmaster reaps them, and Linux adds a reaped child's CPU to its parent's {@code cutime} and
 * {@code cstime} ({@code /proc/<pid>/stat}), which are read with the postmaster's own.
 */
public final class CpuMeter {

    /** Linux's USER_HZ: the unit of the {@code /proc/<pid>/stat} times. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Path postmasterPid;

    /** @param postgresData the cluster's data directory (holding {@code postmaster.pid}) */
    public CpuMeter(Path postgresData) {
        this.postmasterPid = postgresData.resolve("postmaster.pid");
    }

    /** Nanoseconds of CPU of the JVM and the database so far. */
    public long nanos() {
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
        long total = cpu(postmaster.get()) + reapedChildren(postmaster.get().pid());
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

    /** CPU of the process's children that exited and were waited for ({@code cutime + cstime}); 0 off Linux. */
    static long reapedChildren(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The fields after the command name (which may hold spaces) in parentheses; cutime and cstime are fields 16, 17.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
