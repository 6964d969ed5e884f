package jp.resas.ops.pipeline.infrastructure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import jp.resas.ops.dataset.processing.Observation;
import jp.resas.ops.dataset.processing.ObservationSink;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams observations into a table with COPY (text format). Rows are encoded straight into 256 KiB
 * blocks; a writer thread sends full blocks while the caller goes on parsing, so reading the file, sending
 * and the server's COPY overlap. At most {@value #IN_FLIGHT} blocks wait: memory stays bounded.
 */
final class CopySink implements ObservationSink, AutoCloseable {

    private static final int BLOCK = 1 << 18;
    private static final int IN_FLIGHT = 4;
    private static final byte[] END = new byte[0];

    private final CopyIn copy;
    private final byte[] prefix;
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Thread writer;
    private byte[] block = new byte[BLOCK + 4096];
    private int size;
    private long rows;

    CopySink(Connection connection, String table, long versionId, int chunk) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table
                + " (version_id, chunk, line, area, period, category, measure, value, status) FROM STDIN");
        this.prefix = (versionId + "\t" + chunk + "\t").getBytes(StandardCharsets.US_ASCII);
        this.writer = new Thread(this::send, "copy-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void send() {
        try {
            for (byte[] data = queue.take(); data != END; data = queue.take()) {
                copy.writeToCopy(data, 0, data.length);
            }
        } catch (SQLException | InterruptedException e) {
            failure.compareAndSet(null, e);
            queue.clear();
        }
    }

    @Override
    public void accept(Observation o) {
        if (size > BLOCK) {
            flush();
        }
        put(prefix);
        ascii(Long.toString(o.line()));
        tab();
        text(o.area());
        tab();
        text(o.period());
        tab();
        text(o.category());
        tab();
        text(o.measure());
        tab();
        if (o.value() == null) {
            ascii("\\N");
        } else {
            ascii(o.value());
        }
        tab();
        block[size++] = (byte) o.status().code();
        block[size++] = '\n';
        rows++;
    }

    private void tab() {
        block[size++] = '\t';
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, block, size, bytes.length);
        size += bytes.length;
    }

    /** Numbers and the like: ASCII by construction. */
    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            block[size++] = (byte) text.charAt(i);
        }
    }

    /** File text: escaped for COPY; plain ASCII copied byte by byte, anything else encoded as UTF-8. */
    private void text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == '\\' || c < 0x20) {
                put(escape(text).getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        ascii(text);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private void ensure(int more) {
        if (size + more > block.length) {
            block = Arrays.copyOf(block, Math.max(block.length * 2, size + more));
        }
    }

    private void flush() {
        rethrow();
        try {
            queue.put(Arrays.copyOf(block, size));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading into staging", e);
        }
        size = 0;
    }

    private void rethrow() {
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("COPY into staging failed: " + e.getMessage(), e);
        }
    }

    long rows() {
        return rows;
    }

    /** Sends the rest and ends the COPY; call once every observation was accepted. */
    long finish() throws SQLException {
        if (size > 0) {
            flush();
        }
        try {
            queue.put(END);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading into staging", e);
        }
        rethrow();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (writer.isAlive()) {
            writer.interrupt();
        }
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
