package jp.resas.ops.sfn.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import jp.resas.ops.sfn.AslValidationException;
import jp.resas.ops.sfn.internal.jsonpath.JsonPath;
import jp.resas.ops.sfn.internal.jsonpath.PathNotFoundException;

/**
 * A path that reads the input ({@code $…}), the context object ({@code $$…}) or a variable
 * ({@code $name…}, set by {@code Assign}).
 */
public record ReferencePath(String text, JsonPath path, boolean context, String variable) {

    public static ReferencePath of(String text) {
        try {
            if (text.startsWith("$$")) {
                return new ReferencePath(text, JsonPath.compile(text.substring(1)), true, null);
            }
            if (text.length() > 1 && text.charAt(0) == '$' && Character.isJavaIdentifierStart(text.charAt(1))) {
                int end = 1;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                return new ReferencePath(text, JsonPath.compile("$" + text.substring(end)), false,
                        text.substring(1, end));
            }
            return new ReferencePath(text, JsonPath.compile(text), false, null);
        } catch (IllegalArgumentException e) {
            throw new AslValidationException(e.getMessage());
        }
    }

    private JsonNode root(Scope scope) {
        if (variable != null) {
            JsonNode value = scope.variable(variable);
            if (value == null) {
                throw new PathNotFoundException("No variable named '" + variable + "' is in scope");
            }
            return value;
        }
        return context ? scope.context() : scope.input();
    }

    /** Reads the value or throws {@link PathNotFoundException} with the service's wording. */
    public JsonNode read(Scope scope) {
        return path.read(root(scope));
    }

    /** Null when nothing is found. */
    public JsonNode readOrNull(Scope scope) {
        if (variable != null && scope.variable(variable) == null) {
            return null;
        }
        return path.readOrNull(root(scope));
    }

    public boolean isRoot() {
        return !context && variable == null && path.isRoot();
    }
}
