package jp.resas.ops.platform.settings;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading one setting of a capability's settings record ({@code @ConfigurationProperties}), its default applied
 * and its value checked. A bad value is refused with the property's name and its environment variable
 * ({@code resas.backup.regions (RESAS_BACKUP_REGIONS): …}), so a function or the server stops at start saying
 * what to fix instead of failing later (or reading nothing).
 */
public final class Setting {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
    private static final Pattern SHORT_DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m|h|d)");

    private Setting() {
    }

    /** {@code resas.x.y-z} as the variable a function is given: {@code RESAS_X_Y_Z}. */
    public static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The error for {@code property}: its name, its variable and what is wrong. */
    public static IllegalArgumentException invalid(String property, String problem) {
        return new IllegalArgumentException(property + " (" + variable(property) + "): " + problem);
    }

    /** Comma-separated AWS regions ({@code ap-northeast-1,us-east-1}), {@code fallback} when unset. */
    public static List<String> regions(String property, @Nullable String text, String fallback) {
        List<String> regions = items(text == null ? fallback : text);
        for (String region : regions) {
            if (!REGION.matcher(region).matches()) {
                throw invalid(property, "'" + region + "' is not an AWS region name (comma-separated, e.g. "
                        + "ap-northeast-1,us-east-1)");
            }
        }
        return regions;
    }

    /** Comma-separated items, blanks and repeats dropped; none when unset. */
    public static List<String> items(@Nullable String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** An ISO-8601 duration ({@code PT15M}) greater than zero, {@code fallback} when unset. */
    public static Duration duration(String property, @Nullable String text, Duration fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Duration value;
        try {
            value = Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid(property, "expected an ISO-8601 duration such as PT15M, was '" + text + "'");
        }
        if (value.isNegative() || value.isZero()) {
            throw invalid(property, "must be longer than zero, was '" + text + "'");
        }
        return value;
    }

    /**
     * A duration greater than zero written as Micronaut writes them ({@code 60s}, {@code 12h}, {@code 500ms},
     * {@code 2m}, {@code 1d}) or in ISO-8601 ({@code PT60S}), {@code fallback} when unset.
     */
    public static Duration period(String property, @Nullable String text, Duration fallback) {
        String value = text(text);
        if (value == null) {
            return fallback;
        }
        Matcher written = SHORT_DURATION.matcher(value);
        if (!written.matches()) {
            return duration(property, value, fallback);
        }
        long amount = Long.parseLong(written.group(1));
        Duration parsed = switch (written.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (parsed.isZero()) {
            throw invalid(property, "must be longer than zero, was '" + value + "'");
        }
        return parsed;
    }

    /** A whole number of at least 0, {@code fallback} when unset. */
    public static int notNegative(String property, @Nullable Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 0) {
            throw invalid(property, "must be 0 or more, was " + value);
        }
        return value;
    }

    /** Text that must be set: {@code problem} says when it is needed. */
    public static String required(String property, @Nullable String value, String problem) {
        String text = text(value);
        if (text == null) {
            throw invalid(property, "not set: " + problem);
        }
        return text;
    }

    /** A whole number of at least 1, {@code fallback} when unset. */
    public static long positive(String property, @Nullable Long value, long fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw invalid(property, "must be at least 1, was " + value);
        }
        return value;
    }

    /** A whole number of at least 1, {@code fallback} when unset. */
    public static int positive(String property, @Nullable Integer value, int fallback) {
        return (int) positive(property, value == null ? null : value.longValue(), fallback);
    }

    /** The text, stripped; empty text is unset ({@code null}). */
    public static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An {@code http(s)} URL, or {@code null} when unset. */
    public static @Nullable URI url(String property, @Nullable String text) {
        String value = text(text);
        if (value == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw invalid(property, "not a URL: '" + value + "'");
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw invalid(property, "expected an http(s) URL, was '" + value + "'");
        }
        return uri;
    }

    /** An ARN ({@code arn:partition:service:…}), or {@code null} when unset. */
    public static @Nullable String arn(String property, @Nullable String text) {
        String value = text(text);
        if (value != null && !value.startsWith("arn:")) {
            throw invalid(property, "expected an ARN (arn:aws:…), was '" + value + "'");
        }
        return value;
    }
}
