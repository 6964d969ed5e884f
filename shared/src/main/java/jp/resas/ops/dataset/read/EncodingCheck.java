package jp.resas.ops.dataset.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import jp.resas.ops.dataset.spec.SourceSpec;

/**
 * Looks at the first 64 KiB before decoding. A UTF-8 BOM is skipped when the spec says UTF-8 and refused
 * when it says Shift_JIS. UTF-8 text decodes as (wrong) Windows-31J without any error, so a Shift_JIS
 * spec also refuses a prefix that is valid UTF-8 with multi-byte characters: real Shift_JIS text almost
 * never is.
 */
final class EncodingCheck {

    private static final int SNIFF = 1 << 16;

    private EncodingCheck() {
    }

    static InputStream checked(InputStream raw, SourceSpec source) throws IOException, SourceFormatException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF);
        in.mark(SNIFF);
        byte[] prefix = in.readNBytes(SNIFF);
        in.reset();
        boolean bom = prefix.length >= 3 && (prefix[0] & 0xff) == 0xEF && (prefix[1] & 0xff) == 0xBB && (prefix[2] & 0xff) == 0xBF;
        if (bom && source.utf8()) {
            in.skipNBytes(3);
            return in;
        }
        if (!source.utf8() && (bom || utf8WithMultibyte(prefix))) {
            throw new SourceFormatException("encoding", firstNonAsciiLine(prefix), 0,
                    "ファイルの文字コードが UTF-8 です。加工仕様の文字コードは " + source.encoding() + " です。");
        }
        return in;
    }

    private static boolean utf8WithMultibyte(byte[] prefix) {
        boolean multibyte = false;
        for (byte b : prefix) {
            if (b < 0) {
                multibyte = true;
                break;
            }
        }
        if (!multibyte) {
            return false;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(prefix);
        CoderResult result = decoder.decode(bytes, java.nio.CharBuffer.allocate(prefix.length), false);
        // An underflow leaves at most a character cut by the 64 KiB boundary undecoded: still UTF-8.
        return !result.isError();
    }

    private static long firstNonAsciiLine(byte[] prefix) {
        long line = 1;
        for (byte b : prefix) {
            if (b < 0) {
                return line;
            }
            if (b == '\n') {
                line++;
            }
        }
        return 1;
    }
}
