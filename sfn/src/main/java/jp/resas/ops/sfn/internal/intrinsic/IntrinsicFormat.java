package jp.resas.ops.sfn.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** {@code States.Format}: {@code {}} takes the next argument; JSON values print as Java maps and lists do. */
final class IntrinsicFormat {

    private IntrinsicFormat() {
    }

    static String format(String template, JsonNode[] args) {
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length()) {
                out.append(template.charAt(++i));
            } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                if (next >= args.length) {
                    throw new IntrinsicException("States.Format: the template has more {} than arguments");
                }
                render(args[next++], out);
                i++;
            } else {
                out.append(c);
            }
        }
        if (next != args.length) {
            throw new IntrinsicException("States.Format: " + (args.length - 1) + " arguments for "
                    + (next - 1) + " placeholders");
        }
        return out.toString();
    }

    private static void render(JsonNode v, StringBuilder out) {
        if (v.isTextual()) {
            out.append(v.asText());
        } else if (v.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                out.append(f.getKey()).append('=');
                render(f.getValue(), out);
                if (fields.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else if (v.isArray()) {
            out.append('[');
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                render(v.get(i), out);
            }
            out.append(']');
        } else {
            out.append(v.toString());
        }
    }
}
