package jp.resas.ops.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CSV object into chunks of about {@code target} bytes at line breaks outside quotes, counting
 * lines so each chunk knows its first line. Safe for Shift_JIS: the bytes '\n' and '"' never occur inside
 * a two-byte character (trail bytes are 0x40–0xFC, except 0x7F). The first chunk holds the header.
 */
public final class ChunkPlanner {

    private final long target;

    public ChunkPlanner(long target) {
        this.target = target;
    }

    public List<Chunk> plan(String key, InputStream in) throws IOException {
        List<Chunk> chunks = new ArrayList<>();
        byte[] buffer = new byte[1 << 16];
        long position = 0;
        long start = 0;
        long line = 1;
        long startLine = 1;
        boolean quoted = false;
        int read;
        while ((read = in.read(buffer)) > 0) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n') {
                    line++;
                    long end = position + i + 1;
                    if (!quoted && end - start >= target) {
                        chunks.add(new Chunk(chunks.size(), key, start, end - start, startLine));
                        start = end;
                        startLine = line;
                    }
                }
            }
            position += read;
        }
        if (position > start || chunks.isEmpty()) {
            chunks.add(new Chunk(chunks.size(), key, start, position - start, startLine));
        }
        return chunks;
    }
}
