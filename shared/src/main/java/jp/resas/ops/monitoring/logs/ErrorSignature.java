package jp.resas.ops.monitoring.logs;

import java.util.regex.Pattern;

/**
 * What makes two error messages "the same error": the message with its variable parts replaced,
 * so {@code Timeout after 3000 ms for request 1b4e28ba-2fa1-11d2-883f-0016d3cca427} and the next
 * one with other numbers count together.
 */
public record ErrorSignature(String text) {

    public static final int MAX_LENGTH = 200;

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern HEX = Pattern.compile("\\b(0x)?[0-9a-fA-F]{12,}\\b");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    public static ErrorSignature of(String message) {
        String text = UUID.matcher(message).replaceAll("<id>");
        text = TIMESTAMP.matcher(text).replaceAll("<time>");
        text = HEX.matcher(text).replaceAll("<hex>");
        text = QUOTED.matcher(text).replaceAll("<value>");
        text = NUMBER.matcher(text).replaceAll("<n>");
        text = SPACE.matcher(text).replaceAll(" ").trim();
        return new ErrorSignature(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
    }
}
