package jp.resas.ops.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a holiday file's bytes into text. The Cabinet Office publishes Shift_JIS, but a file an
 * administrator re-saved may be UTF-8 with or without a BOM; anything else is refused rather than
 * guessed, because a wrongly decoded name would be imported silently.
 */
final class HolidayFileText {

    /** Windows-31J rather than strict Shift_JIS: Windows tools write its extra characters. */
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private HolidayFileText() {
    }

    static String decode(byte[] bytes, String source) {
        if (bytes.length == 0) {
            throw new HolidayListFormatException(source, 0, "the file is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, source);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) || contains(bytes, 0)) {
            throw wrongEncoding(source, "it looks like UTF-16");
        }
        try {
            return decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                return decodeStrictly(bytes, 0, WINDOWS_31J);
            } catch (CharacterCodingException notSjis) {
                throw wrongEncoding(source, "it is neither valid UTF-8 nor valid Shift_JIS");
            }
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String source) {
        try {
            return decodeStrictly(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw wrongEncoding(source, "it starts with a UTF-8 BOM but is not valid UTF-8");
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset)
            throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static HolidayListFormatException wrongEncoding(String source, String why) {
        return new HolidayListFormatException(source, 0,
                "wrong encoding: " + why + "; save the file as Shift_JIS (as published) or UTF-8");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, int value) {
        for (byte b : bytes) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }
}
