package jp.resas.ops.dataset.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * Decodes strictly but goes on: bytes that are not text in the expected encoding become U+FFFD and are
 * queued as a {@link Problem} with their physical line (and, for a Shift_JIS file, a line that is valid
 * UTF-8 with multi-byte characters is queued too: a UTF-8 line pasted into it). The record reader takes
 * the problems of the lines it has read, so one bad line is reported and the rest of the file is read.
 * Only a file that ends inside a multi-byte character fails ({@link Undecodable}, {@code atEnd}).
 * (InputStreamReader either replaces bad bytes silently or fails without a position.)
 */
final class DecodingReader extends Reader {

    /** Bytes that end the file in the middle of a character. */
    static final class Undecodable extends IOException {
        final long byteOffset;
        final boolean atEnd;
        final String bytes;

        Undecodable(long byteOffset, boolean atEnd, String bytes) {
            super("undecodable bytes at offset " + byteOffset);
            this.byteOffset = byteOffset;
            this.atEnd = atEnd;
            this.bytes = bytes;
        }
    }

    /**
     * Undecodable bytes on physical line {@code line}, at character {@code charPosition} of the decoded text
     * (-1 for a whole line written in UTF-8 under a Shift_JIS spec, {@code bytes} then empty).
     */
    record Problem(long line, long charPosition, long byteOffset, String bytes) {

        boolean utf8Line() {
            return charPosition < 0;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final boolean sniffUtf8Lines;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final ArrayDeque<Problem> problems = new ArrayDeque<>();
    private long consumed;
    private long charsOut;
    private long line;
    private boolean endOfInput;
    private Undecodable pending;
    private final Utf8Line utf8 = new Utf8Line();

    DecodingReader(InputStream in, Charset charset, long firstLine) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.sniffUtf8Lines = !charset.equals(StandardCharsets.UTF_8);
        this.line = firstLine;
        bytes.flip();
    }

    /** The oldest problem not yet taken, or null. */
    Problem peek() {
        return problems.peek();
    }

    Problem poll() {
        return problems.poll();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            if (!bytes.hasRemaining() && endOfInput) {
                return -1;
            }
            if (!endOfInput && bytes.remaining() < 8) {
                refill();
            }
            int before = bytes.position();
            int charsBefore = out.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            scan(before, bytes.position());
            charsOut += out.position() - charsBefore;
            if (result.isError()) {
                boolean atEnd = endOfInput && bytes.remaining() <= result.length();
                String bad = hex(bytes, result.length());
                if (atEnd) {
                    pending = new Undecodable(consumed, true, bad);
                    if (out.position() == offset) {
                        throw pending;
                    }
                    break;
                }
                if (!out.hasRemaining()) {
                    break;
                }
                problems.add(new Problem(line, charsOut, consumed, bad));
                int start = bytes.position();
                bytes.position(start + result.length());
                scan(start, bytes.position());
                out.put('\uFFFD');
                charsOut++;
            } else if (result.isUnderflow() && endOfInput && !bytes.hasRemaining()) {
                decoder.flush(out);
                endLine();
                if (out.position() == offset) {
                    return -1;
                }
            } else if (result.isUnderflow() && !endOfInput) {
                refill();
            }
        }
        return out.position() - offset;
    }

    /** Counts lines over the bytes just consumed and, for Shift_JIS, checks each line for UTF-8. */
    private void scan(int from, int to) {
        byte[] array = bytes.array();
        for (int i = from; i < to; i++) {
            byte b = array[i];
            if (b == '\n') {
                endLine();
                line++;
            } else if (sniffUtf8Lines) {
                utf8.accept(b);
            }
        }
        consumed += to - from;
    }

    private void endLine() {
        if (sniffUtf8Lines && utf8.isUtf8()) {
            problems.add(new Problem(line, -1, consumed, ""));
        }
        utf8.reset();
    }

    private void refill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private static String hex(ByteBuffer buffer, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length && buffer.position() + i < buffer.limit(); i++) {
            text.append(String.format("%02X", buffer.get(buffer.position() + i) & 0xff));
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Whether one line's bytes are well-formed UTF-8 with at least one multi-byte character. */
    private static final class Utf8Line {
        private boolean valid = true;
        private boolean multibyte;
        private int continuation;

        void accept(byte b) {
            if (!valid) {
                return;
            }
            int u = b & 0xff;
            if (continuation > 0) {
                if ((u & 0xC0) != 0x80) {
                    valid = false;
                }
                continuation--;
            } else if (u < 0x80) {
                return;
            } else if (u >= 0xC2 && u <= 0xDF) {
                continuation = 1;
                multibyte = true;
            } else if (u >= 0xE0 && u <= 0xEF) {
                continuation = 2;
                multibyte = true;
            } else if (u >= 0xF0 && u <= 0xF4) {
                continuation = 3;
                multibyte = true;
            } else {
                valid = false;
            }
        }

        boolean isUtf8() {
            return valid && multibyte && continuation == 0;
        }

        void reset() {
            valid = true;
            multibyte = false;
            continuation = 0;
        }
    }
}
