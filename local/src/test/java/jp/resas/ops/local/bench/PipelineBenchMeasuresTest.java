package jp.resas.ops.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code pipeline bench} measures besides time (issue 18): the heap peak is the whole heap at one instant,
 * and the CPU meter keeps the CPU of processes that exited (a parallel index build's workers) once reaped.
 */
class PipelineBenchMeasuresTest {

    private static final int MIB = 1 << 20;

    @Test
    void heapPeak_seesWhatIsHeld_andWhatACollectionFreedBeforeTheReading() {
        long held;
        long freed;
        try (HeapPeak peak = HeapPeak.start()) {
            byte[] block = new byte[64 * MIB];
            block[block.length - 1] = 1;
            held = peak.bytes();
            assertThat(block[block.length - 1]).isEqualTo((byte) 1);
        }
        try (HeapPeak peak = HeapPeak.start()) {
            allocateAndDrop(48 * MIB);
            // The collection frees the block; its notification reports the heap in use just before it.
            System.gc();
            freed = peak.bytes();
        }

        assertThat(held).isGreaterThanOrEqualTo(64L * MIB).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(freed).isGreaterThanOrEqualTo(48L * MIB).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
    }

    private static void allocateAndDrop(int bytes) {
        byte[] block = new byte[bytes];
        block[bytes - 1] = 1;
        assertThat(block[bytes - 1]).isEqualTo((byte) 1);
    }

    @Test
    void cpuMeter_keepsTheCpuOfAChildThatExitedAndWasReaped(@TempDir Path data) throws Exception {
        // This JVM stands for the postmaster: its pid file names it, and it waits for (reaps) its child.
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");
        long pid = ProcessHandle.current().pid();
        long before = CpuMeter.reapedChildren(pid);
        long meterBefore = new CpuMeter(data).nanos();

        Process child = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done")
                .redirectErrorStream(true).start();
        assertThat(child.waitFor()).isZero();
        long after = CpuMeter.reapedChildren(pid);

        assertThat(after).as("the exited child's CPU, added to its parent's cutime/cstime").isGreaterThan(before);
        assertThat(new CpuMeter(data).nanos() - meterBefore).isGreaterThanOrEqualTo(after - before);
    }

    @Test
    void cpuMeter_readsNoReapedChildrenOfAProcessThatDoesNotExist() throws IOException {
        assertThat(CpuMeter.reapedChildren(Long.MAX_VALUE)).isZero();
    }
}
