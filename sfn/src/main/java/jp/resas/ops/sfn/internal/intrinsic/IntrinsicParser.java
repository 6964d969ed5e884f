package jp.resas.ops.sfn.internal.intrinsic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.sfn.Json;

/** Recursive-descent parser for {@code States.Fn(arg, …)}; string literals use single quotes. */
final class IntrinsicParser {

    private final String text;
    private int pos;
    private boolean keepBraceEscapes;

    IntrinsicParser(String text) {
        this.text = text;
    }

    IntrinsicExpr parse() {
        IntrinsicExpr expr = call();
        skipSpaces();
        if (pos != text.length()) {
            throw error("unexpected text after the call");
        }
        return expr;
    }

    private IntrinsicExpr call() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != '(') {
            pos++;
        }
        String name = text.substring(start, pos).trim();
        if (!name.startsWith("States.") || pos == text.length()) {
            throw error("expected a States.* function call");
        }
        IntrinsicFunctions.checkKnown(name);
        pos++;
        List<IntrinsicExpr> args = new ArrayList<>();
        skipSpaces();
        if (peek() == ')') {
            pos++;
            return new IntrinsicExpr.Call(name, List.copyOf(args));
        }
        while (true) {
            // Only the Format template keeps \{ \} escapes: it alone gives braces a meaning.
            keepBraceEscapes = args.isEmpty() && name.equals("States.Format");
            args.add(argument());
            skipSpaces();
            char c = peek();
            pos++;
            if (c == ')') {
                return new IntrinsicExpr.Call(name, List.copyOf(args));
            }
            if (c != ',') {
                throw error("expected ',' or ')'");
            }
        }
    }

    private IntrinsicExpr argument() {
        skipSpaces();
        char c = peek();
        if (c == '\'') {
            return new IntrinsicExpr.Literal(Json.text(string()));
        }
        if (c == '$') {
            return new IntrinsicExpr.Path(pathText());
        }
        if (text.startsWith("States.", pos)) {
            return call();
        }
        String token = token();
        switch (token) {
            case "true":
                return new IntrinsicExpr.Literal(Json.NODES.booleanNode(true));
            case "false":
                return new IntrinsicExpr.Literal(Json.NODES.booleanNode(false));
            case "null":
                return new IntrinsicExpr.Literal(Json.NODES.nullNode());
            default:
                try {
                    BigDecimal number = new BigDecimal(token);
                    return new IntrinsicExpr.Literal(number.scale() <= 0
                            ? Json.NODES.numberNode(number.toBigIntegerExact()) : Json.NODES.numberNode(number));
                } catch (NumberFormatException | ArithmeticException e) {
                    throw error("invalid argument '" + token + "'");
                }
        }
    }

    /** Single-quoted; backslash escapes the next character ({@code \'}, {@code \{}, {@code \\}). */
    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                char next = text.charAt(pos++);
                if (keepBraceEscapes && (next == '{' || next == '}')) {
                    sb.append('\\');
                }
                sb.append(next);
            } else if (c == '\'') {
                return sb.toString();
            } else {
                sb.append(c);
            }
        }
        throw error("unterminated string literal");
    }

    private String pathText() {
        int start = pos;
        int depth = 0;
        char quote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || (c == ')' && depth > 0)) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ')')) {
                break;
            }
            pos++;
        }
        return text.substring(start, pos).trim();
    }

    private String token() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != ')') {
            pos++;
        }
        return text.substring(start, pos).trim();
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Invalid intrinsic function '" + text + "': " + what + " at position " + pos);
    }
}
