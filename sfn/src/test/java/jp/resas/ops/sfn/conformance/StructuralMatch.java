package jp.resas.ops.sfn.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.resas.ops.sfn.Json;

/**
 * Compares an actual JSON value with a recorded one. Numbers compare by value; strings that hold
 * JSON objects compare as JSON (serialisers differ in spacing). With placeholders, a string that
 * is exactly a token matches any value (upstream masked whole values) and {@code <token>}s inside
 * a string match any text.
 */
final class StructuralMatch {

    private static final Pattern ANGLE_TOKEN = Pattern.compile("<[A-Za-z_0-9:\\-]+>");

    private final Set<String> tokens;

    StructuralMatch(Collection<String> tokens) {
        this.tokens = new TreeSet<>(tokens);
    }

    /** Null when equal, else a description of the first difference. */
    String difference(JsonNode expected, JsonNode actual, String at) {
        if (expected == null || actual == null) {
            return expected == actual ? null : at + ": expected " + expected + " but was " + actual;
        }
        if (expected.isTextual() && tokens.contains(expected.asText())) {
            return null;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null
                    : at + ": expected " + expected + " but was " + actual;
        }
        if (expected.isTextual() && actual.isTextual()) {
            return text(expected.asText(), actual.asText(), at);
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return at + ": expected " + expected + " but was " + actual;
        }
        if (expected.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            Set<String> actualNames = new TreeSet<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            if (!names.equals(actualNames)) {
                return at + ": expected fields " + names + " but were " + actualNames;
            }
            for (String n : names) {
                String d = difference(expected.get(n), actual.get(n), at + "." + n);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return at + ": expected " + expected.size() + " items but were " + actual.size() + ": " + actual;
            }
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                String d = difference(e.next(), a.next(), at + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : at + ": expected " + expected + " but was " + actual;
    }

    private String text(String expected, String actual, String at) {
        if (expected.equals(actual)) {
            return null;
        }
        if (expected.startsWith("{") && actual.startsWith("{")) {
            try {
                return difference(Json.parse(expected), Json.parse(actual), at + "<json>");
            } catch (IllegalArgumentException notJson) {
                // fall through to the text comparison
            }
        }
        if (!tokens.isEmpty() && pattern(expected).matcher(actual).matches()) {
            return null;
        }
        return at + ": expected \"" + expected + "\" but was \"" + actual + "\"";
    }

    private Pattern pattern(String expected) {
        StringBuilder regex = new StringBuilder();
        Matcher m = ANGLE_TOKEN.matcher(expected);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(expected.substring(last, m.start())));
            regex.append(tokens.contains(m.group()) ? "[\\s\\S]*?" : Pattern.quote(m.group()));
            last = m.end();
        }
        regex.append(Pattern.quote(expected.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
