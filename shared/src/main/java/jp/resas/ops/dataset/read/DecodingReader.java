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

/**
 * Decodes strictly: it hands out every character before an undecodable byte sequence, then fails with
 * {@link Undecodable}, so the caller can say on which line and in which column the bad bytes are.
 * (InputStreamReader either replaces them silently or fails without a position.)
 */
final class DecodingReader extends Reader {

    /** Bytes that are not text in the expected encoding; {@code atEnd} when the file stops mid-character. */
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

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private long consumed;
    private boolean endOfInput;
    private Undecodable pending;

    DecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
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
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            consumed += bytes.position() - before;
            if (result.isError()) {
                pending = new Undecodable(consumed, endOfInput && bytes.remaining() <= result.length(),
                        hex(bytes, result.length()));
                if (out.position() == offset) {
                    throw pending;
                }
            } else if (result.isUnderflow() && endOfInput && !bytes.hasRemaining()) {
                decoder.flush(out);
                if (out.position() == offset) {
                    return -1;
                }
            } else if (result.isUnderflow() && !endOfInput) {
                refill();
            }
        }
        return out.position() - offset;
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
}
