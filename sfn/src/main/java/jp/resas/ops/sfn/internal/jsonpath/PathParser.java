package jp.resas.ops.sfn.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.sfn.Json;

/** Parses path text into segments; reports the offending position in its errors. */
final class PathParser {

    private final String text;
    private int pos;

    PathParser(String text) {
        this.text = text;
    }

    List<Segment> parse() {
        if (text.isEmpty() || (text.charAt(0) != '$' && text.charAt(0) != '@')) {
            throw error("must start with '$'");
        }
        pos = 1;
        List<Segment> segments = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '.') {
                if (peek(1) == '.') {
                    pos += 2;
                    segments.add(new Segment.Descend(peekIs('*') ? skipStar() : name()));
                } else {
                    pos++;
                    if (peekIs('*')) {
                        pos++;
                        segments.add(new Segment.Wildcard());
                    } else if (text.startsWith("length()", pos)) {
                        pos += "length()".length();
                        segments.add(new Segment.Length());
                    } else {
                        segments.add(new Segment.Field(name()));
                    }
                }
            } else if (c == '[') {
                segments.add(bracket());
            } else {
                throw error("unexpected '" + c + "'");
            }
        }
        return segments;
    }

    private String skipStar() {
        pos++;
        return null;
    }

    private String name() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != '.' && text.charAt(pos) != '[') {
            pos++;
        }
        if (start == pos) {
            throw error("empty property name");
        }
        return text.substring(start, pos);
    }

    private Segment bracket() {
        int close = findClose();
        String body = text.substring(pos + 1, close).trim();
        pos = close + 1;
        if (body.equals("*")) {
            return new Segment.Wildcard();
        }
        if (body.startsWith("?(") && body.endsWith(")")) {
            return new Segment.Filter(FilterParser.parse(body.substring(2, body.length() - 1).trim()));
        }
        if (body.contains(":") && !isQuoted(body)) {
            String[] parts = body.split(":", -1);
            return new Segment.Slice(intOrNull(parts[0]), intOrNull(parts[1]),
                    parts.length > 2 && !parts[2].isBlank() ? Integer.parseInt(parts[2].trim()) : 1);
        }
        List<Object> keys = new ArrayList<>();
        for (String part : splitUnion(body)) {
            keys.add(isQuoted(part) ? unquote(part) : Integer.valueOf(parseIndex(part)));
        }
        if (keys.size() == 1) {
            return keys.get(0) instanceof String s ? new Segment.Field(s) : new Segment.Index((Integer) keys.get(0));
        }
        return new Segment.Union(keys);
    }

    private int parseIndex(String part) {
        try {
            return Integer.parseInt(part.trim());
        } catch (NumberFormatException e) {
            throw error("invalid index '" + part + "'");
        }
    }

    private int findClose() {
        char quote = 0;
        int depth = 0;
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
                if (depth == 0 && c == ']') {
                    return i;
                }
            }
        }
        throw error("unclosed '['");
    }

    private static List<String> splitUnion(String body) {
        List<String> parts = new ArrayList<>();
        char quote = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ',') {
                parts.add(body.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(body.substring(start).trim());
        return parts;
    }

    private static boolean isQuoted(String s) {
        return s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0);
    }

    private static String unquote(String s) {
        return s.substring(1, s.length() - 1).replace("\\'", "'").replace("\\\"", "\"");
    }

    private static Integer intOrNull(String s) {
        return s.isBlank() ? null : Integer.valueOf(s.trim());
    }

    private char peek(int ahead) {
        return pos + ahead < text.length() ? text.charAt(pos + ahead) : 0;
    }

    private boolean peekIs(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Invalid JSONPath '" + text + "': " + what + " at position " + pos);
    }

    /** Filter bodies: {@code @.a == 1 && @.b}, literals in JSON or single quotes. */
    static final class FilterParser {
        private FilterParser() {
        }

        static FilterExpr parse(String body) {
            List<FilterExpr> ors = new ArrayList<>();
            for (String orPart : body.split("\\|\\|")) {
                List<FilterExpr> ands = new ArrayList<>();
                for (String andPart : orPart.split("&&")) {
                    ands.add(compare(andPart.trim()));
                }
                ors.add(ands.size() == 1 ? ands.get(0) : new FilterExpr.And(ands));
            }
            return ors.size() == 1 ? ors.get(0) : new FilterExpr.Or(ors);
        }

        private static FilterExpr compare(String term) {
            for (String op : new String[] {"==", "!=", "<=", ">=", "<", ">"}) {
                int at = term.indexOf(op);
                if (at > 0) {
                    JsonPath left = JsonPath.compile(term.substring(0, at).trim());
                    String lit = term.substring(at + op.length()).trim();
                    JsonNode right = isQuoted(lit) && lit.charAt(0) == '\'' ? Json.text(unquote(lit)) : Json.parse(lit);
                    return new FilterExpr.Compare(left, op, right);
                }
            }
            return new FilterExpr.Compare(JsonPath.compile(term), null, null);
        }
    }
}
