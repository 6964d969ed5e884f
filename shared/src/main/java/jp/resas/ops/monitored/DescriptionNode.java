package jp.resas.ops.monitored;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One place in the description being read: its value, its field path ({@code services[1].region})
 * and its line, so every problem says where it is. Problems are collected, not thrown, so one read
 * reports all of them.
 */
final class DescriptionNode {

    private final JsonNode value;
    private final String path;
    private final String pointer;
    private final Map<String, Integer> lines;
    private final List<String> problems;
    private final String source;

    private DescriptionNode(JsonNode value, String path, String pointer, Map<String, Integer> lines,
            List<String> problems, String source) {
        this.value = value;
        this.path = path;
        this.pointer = pointer;
        this.lines = lines;
        this.problems = problems;
        this.source = source;
    }

    static DescriptionNode root(JsonNode value, Map<String, Integer> lines, List<String> problems, String source) {
        return new DescriptionNode(value, "", "", lines, problems, source);
    }

    String path() {
        return path.isEmpty() ? "(document)" : path;
    }

    void problem(String message) {
        int line = lines.getOrDefault(pointer, 1);
        problems.add(source + " line " + line + ": " + path() + ": " + message);
    }

    boolean isObject() {
        if (value == null || !value.isObject()) {
            problem("expected an object");
            return false;
        }
        return true;
    }

    /** Refuses fields the schema does not know (a typo would otherwise be silently ignored). */
    void onlyFields(Set<String> known) {
        if (value == null || !value.isObject()) {
            return;
        }
        value.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                child(name).problem("unknown field (expected one of " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        });
    }

    DescriptionNode child(String field) {
        JsonNode child = value == null ? null : value.get(field);
        return new DescriptionNode(child, path.isEmpty() ? field : path + "." + field,
                pointer + "/" + field.replace("~", "~0").replace("/", "~1"), lines, problems, source);
    }

    boolean isTextValue() {
        return value != null && value.isTextual();
    }

    String rawText() {
        return value.asText();
    }

    boolean present() {
        return value != null && !value.isNull();
    }

    String text(Pattern pattern, String expected) {
        if (!present()) {
            problemAtParent("is missing");
            return "";
        }
        if (!value.isTextual() || !pattern.matcher(value.asText()).matches()) {
            problem("expected " + expected + ", was " + value);
            return "";
        }
        return value.asText();
    }

    Optional<String> optionalText(Pattern pattern, String expected) {
        return present() ? Optional.of(text(pattern, expected)) : Optional.empty();
    }

    double number(double min, double max, Double fallback) {
        if (!present()) {
            if (fallback == null) {
                problemAtParent("is missing");
                return 0;
            }
            return fallback;
        }
        if (!value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
            problem("expected a number from " + min + " to " + max + ", was " + value);
            return 0;
        }
        return value.asDouble();
    }

    <E extends Enum<E>> E oneOf(Class<E> type) {
        String text = text(Pattern.compile("[A-Z0-9_]+"), "one of " + List.of(type.getEnumConstants()));
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        if (!text.isEmpty()) {
            problem("expected one of " + List.of(type.getEnumConstants()) + ", was \"" + text + "\"");
        }
        return null;
    }

    /** The elements of an array (absent = empty when {@code required} is false), each read by {@code read}. */
    <T> List<T> list(boolean required, Function<DescriptionNode, T> read) {
        List<T> items = new ArrayList<>();
        if (!present()) {
            if (required) {
                problemAtParent("is missing");
            }
            return items;
        }
        if (!value.isArray()) {
            problem("expected a list");
            return items;
        }
        if (required && value.isEmpty()) {
            problem("expected at least one entry");
        }
        for (int i = 0; i < value.size(); i++) {
            items.add(read.apply(new DescriptionNode(value.get(i), path + "[" + i + "]", pointer + "/" + i, lines,
                    problems, source)));
        }
        return items;
    }

    /** A missing field has no line of its own: the problem is placed on the object that lacks it. */
    private void problemAtParent(String message) {
        String parent = pointer.contains("/") ? pointer.substring(0, pointer.lastIndexOf('/')) : "";
        int line = lines.getOrDefault(parent, 1);
        problems.add(source + " line " + line + ": " + path() + ": " + message);
    }
}
