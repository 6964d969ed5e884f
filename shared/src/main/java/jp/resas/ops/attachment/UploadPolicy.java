package jp.resas.ops.attachment;

import java.util.Locale;
import java.util.regex.Pattern;
import jp.resas.ops.common.InvalidInputException;

/**
 * What an uploaded file must be: a plain file name (no folders, nothing Windows or the portal cannot
 * show, no invisible or direction-changing characters, no reserved or hidden names; NFC), a well-formed
 * content type, and between one byte and {@code maxBytes}.
 *
 * @param maxBytes the largest file accepted; in AWS a Lambda request carries at most 6 MB, base64
 *                 encoded, so the deployed limit stays near 4 MiB
 */
public record UploadPolicy(long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;
    static final int MAX_NAME_LENGTH = 200;

    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    /** Device names Windows reserves, with or without an extension. */
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}(\\s*;.{1,200})?");

    public UploadPolicy {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
        }
    }

    /** The stripped name; refused (field {@code filename}) when missing, a path, or unshowable. */
    public String fileName(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("filename", "ファイル名 (filename) を指定してください。");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("filename", "ファイル名は " + MAX_NAME_LENGTH + " 文字以内にしてください。");
        }
        if (FORBIDDEN.matcher(name).find() || name.equals(".") || name.equals("..") || name.endsWith(".")) {
            throw new InvalidInputException("filename", "ファイル名に使えない文字が含まれています (\\ / : * ? \" < > | "
                    + "制御文字、末尾の「.」)。フォルダを含まないファイル名にしてください。");
        }
        if (name.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED)) {
            // Bidi overrides (U+202E: "txt.exe" shown as "exe.txt"), zero-width and other invisible characters.
            throw new InvalidInputException("filename", "ファイル名に表示されない文字 (文字の向きを変える制御文字など) が"
                    + "含まれています。");
        }
        if (name.startsWith(".") || RESERVED.matcher(name).matches()) {
            throw new InvalidInputException("filename", "ファイル名「" + name + "」は使えません (「.」で始まる名前や "
                    + "CON、NUL、COM1 などの予約名)。");
        }
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
    }

    /** The type in lower case, {@code application/octet-stream} when none was sent; refused when malformed. */
    public String contentType(String value) {
        if (value == null || value.isBlank()) {
            return "application/octet-stream";
        }
        String type = value.strip();
        int semicolon = type.indexOf(';');
        String essence = (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        String normalised = semicolon < 0 ? essence : essence + type.substring(semicolon);
        if (!MEDIA_TYPE.matcher(normalised).matches()) {
            throw new InvalidInputException("contentType", "Content-Type が正しくありません (例: application/pdf)。");
        }
        return normalised;
    }

    /** The bytes; refused (field {@code file}) when missing, empty or too large. */
    public byte[] content(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "空のファイルは添付できません。");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException("file", "ファイルが大きすぎます (" + content.length + " バイト)。添付できるのは "
                    + maxBytes + " バイトまでです。");
        }
        return content;
    }
}
