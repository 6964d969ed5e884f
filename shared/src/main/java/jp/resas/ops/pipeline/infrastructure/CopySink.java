package jp.resas.ops.pipeline.infrastructure;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import jp.resas.ops.dataset.processing.Observation;
import jp.resas.ops.dataset.processing.ObservationSink;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams observations into a version's partition with COPY (text format), 256 KiB at a time: the
 * server parses one block while we build the next, so loading costs little beyond reading the file.
 */
final class CopySink implements ObservationSink, AutoCloseable {

    private static final int FLUSH = 1 << 18;

    private final CopyIn copy;
    private final ByteArrayOutputStream block = new ByteArrayOutputStream(FLUSH + 4096);
    private final StringBuilder row = new StringBuilder(128);
    private final String prefix;
    private long rows;

    CopySink(Connection connection, String table, long versionId, int chunk) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table
                + " (version_id, chunk, line, area, period, category, measure, value, status) FROM STDIN");
        this.prefix = versionId + "\t" + chunk + "\t";
    }

    @Override
    public void accept(Observation o) {
        row.setLength(0);
        row.append(prefix).append(o.line()).append('\t');
        escape(o.area()).append('\t');
        escape(o.period()).append('\t');
        escape(o.category()).append('\t');
        escape(o.measure()).append('\t');
        row.append(o.value() == null ? "\\N" : o.value()).append('\t').append(o.status().code()).append('\n');
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        block.write(bytes, 0, bytes.length);
        rows++;
        if (block.size() >= FLUSH) {
            flush();
        }
    }

    private StringBuilder escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return row;
    }

    private void flush() {
        try {
            copy.writeToCopy(block.toByteArray(), 0, block.size());
            block.reset();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into staging failed: " + e.getMessage(), e);
        }
    }

    long rows() {
        return rows;
    }

    /** Ends the COPY; call once every observation was accepted. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
