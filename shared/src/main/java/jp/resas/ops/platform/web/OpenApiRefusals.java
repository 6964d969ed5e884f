package jp.resas.ops.platform.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds the 401 and 403 answers (in the error shape) to the generated OpenAPI description for every
 * operation whose security allows them, unless the operation states them already. Works on the
 * generator's YAML layout: paths at two spaces, methods at four, response codes at eight.
 */
final class OpenApiRefusals {

    static final String ERROR_CONTENT = """
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/ApiError"
            """;
    static final Map<String, String> DESCRIPTIONS = Map.of(
            "401", "トークンがない、または無効 (error: UNAUTHORIZED)",
            "403", "ロールが足りない、または職務分離 (error: FORBIDDEN, SEGREGATION_OF_DUTIES)");

    private OpenApiRefusals() {
    }

    /** {@code refusals}: as {@link SecuredOperations#refusals()} gives them. */
    static String add(String yaml, Map<String, Set<String>> refusals) {
        Map<String, Set<String>> stated = stated(yaml);
        StringBuilder out = new StringBuilder(yaml.length() + refusals.size() * 200);
        String path = null;
        String method = null;
        for (String line : yaml.split("\n", -1)) {
            out.append(line).append('\n');
            if (line.startsWith("  /") && line.endsWith(":")) {
                path = unquote(line.substring(2, line.length() - 1));
                method = null;
            } else if (!line.startsWith(" ")) {
                path = null;
                method = null;
            } else if (path != null && line.startsWith("    ") && !line.startsWith("     ") && line.endsWith(":")) {
                method = line.strip().substring(0, line.strip().length() - 1);
            } else if (method != null && line.equals("      responses:")) {
                String key = method + " " + path;
                for (String code : new TreeSet<>(refusals.getOrDefault(key, Set.of()))) {
                    if (!stated.getOrDefault(key, Set.of()).contains(code)) {
                        out.append("        \"").append(code).append("\":\n          description: ")
                                .append(DESCRIPTIONS.get(code)).append('\n').append(ERROR_CONTENT);
                    }
                }
            }
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** The response codes each operation of {@code yaml} states: {@code "get /rounds"} → codes. */
    static Map<String, Set<String>> stated(String yaml) {
        Map<String, Set<String>> codes = new HashMap<>();
        String path = null;
        String method = null;
        boolean inResponses = false;
        for (String line : yaml.split("\n")) {
            if (line.startsWith("  /") && line.endsWith(":")) {
                path = unquote(line.substring(2, line.length() - 1));
                method = null;
            } else if (!line.startsWith(" ")) {
                path = null;
                method = null;
            } else if (path != null && line.startsWith("    ") && !line.startsWith("     ") && line.endsWith(":")) {
                method = line.strip().substring(0, line.strip().length() - 1);
                codes.put(method + " " + path, new TreeSet<>());
                inResponses = false;
            } else if (method != null && line.startsWith("      ") && !line.startsWith("       ")) {
                inResponses = line.equals("      responses:");
            } else if (inResponses && line.matches(" {8}\"\\d{3}\":")) {
                codes.get(method + " " + path).add(line.strip().substring(1, 4));
            }
        }
        return codes;
    }

    private static String unquote(String text) {
        return text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
