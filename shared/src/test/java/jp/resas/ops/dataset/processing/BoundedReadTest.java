package jp.resas.ops.dataset.processing;

import static jp.resas.ops.dataset.DatasetFixtures.ESTABLISHMENTS_HEADER;
import static jp.resas.ops.dataset.DatasetFixtures.SJIS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB line and an unclosed 50 MB quoted field are validated in a child JVM with a 64 MiB heap (held
 * whole, either would need several times that): the validation ends normally and reports
 * {@code field-too-long} on the line, and the rows around it are read.
 */
class BoundedReadTest {

    private static final int FIFTY_MB = 50 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void fiftyMegabyteLine_isFieldTooLong_inA64MiBHeap() throws Exception {
        Path file = dir.resolve("long-line.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write((ESTABLISHMENTS_HEADER + "312011,鳥取市,D,建設業,100,900\r\n312029,").getBytes(SJIS));
            repeat(out, (byte) 'x', FIFTY_MB);
            out.write(",D,建設業,200,1000\r\n312037,倉吉市,D,建設業,50,400\r\n".getBytes(SJIS));
        }
        assertThat(validateInSmallHeap(file)).containsExactly("field-too-long\t3\t市区町村名", "observations\t4");
    }

    @Test
    void unclosedFiftyMegabyteQuotedField_isFieldTooLong_inA64MiBHeap() throws Exception {
        Path file = dir.resolve("open-quote.csv");
        byte[] kanji = "鳥取\r\n".getBytes(SJIS);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write((ESTABLISHMENTS_HEADER + "312011,鳥取市,D,建設業,100,900\r\n312029,\"").getBytes(SJIS));
            for (long written = 0; written < FIFTY_MB; written += kanji.length) {
                out.write(kanji);
            }
        }
        assertThat(validateInSmallHeap(file)).containsExactly("field-too-long\t3\t市区町村名", "observations\t2");
    }

    private static void repeat(OutputStream out, byte b, int count) throws IOException {
        byte[] block = new byte[1 << 16];
        Arrays.fill(block, b);
        for (int left = count; left > 0; left -= block.length) {
            out.write(block, 0, Math.min(left, block.length));
        }
    }

    /** Runs {@link BoundedReadMain} with -Xmx64m; asserts a normal exit and returns what it wrote. */
    private List<String> validateInSmallHeap(Path file) throws Exception {
        Path result = dir.resolve(file.getFileName() + ".out");
        Path log = dir.resolve(file.getFileName() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), BoundedReadMain.class.getName(),
                "economic-census-establishments", file.toString(), result.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("child JVM finished").isTrue();
        assertThat(child.exitValue()).as("exit status; output: %s", Files.readString(log)).isZero();
        return Files.readAllLines(result, StandardCharsets.UTF_8);
    }
}
