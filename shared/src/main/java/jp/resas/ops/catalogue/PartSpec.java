package jp.resas.ops.catalogue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A part of the shaded functions jar that only some functions use: the jar entries under its {@code paths}
 * (prefixes of entry names such as {@code software/amazon/awssdk/services/securityhub/}). An asset that does not
 * keep a part leaves those entries out. In a path, {@code *} stands for any characters but {@code /} and
 * {@code **} for any characters ({@code jp/resas/ops/**}{@code /web/}: every capability's web folder).
 *
 * @param name  how assets name it
 * @param paths prefixes of the jar entry names it holds
 */
public record PartSpec(String name, List<String> paths) {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    public PartSpec {
        paths = List.copyOf(paths);
    }

    /** Whether the jar entry {@code entry} belongs to this part. */
    public boolean holds(String entry) {
        return paths.stream().anyMatch(path -> path.contains("*")
                ? PATTERNS.computeIfAbsent(path, PartSpec::prefix).matcher(entry).lookingAt()
                : entry.startsWith(path));
    }

    /** The pattern of a path with wildcards, matched from the start of an entry's name. */
    private static Pattern prefix(String path) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '*' && i + 1 < path.length() && path.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
