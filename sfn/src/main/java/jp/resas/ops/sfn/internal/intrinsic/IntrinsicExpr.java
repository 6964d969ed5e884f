package jp.resas.ops.sfn.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A parsed intrinsic expression: a call whose arguments are literals, paths or nested calls. */
public sealed interface IntrinsicExpr {

    /** Resolves {@code $…} and {@code $$…} arguments against the state's input and context. */
    @FunctionalInterface
    interface PathResolver {
        JsonNode resolve(String path);
    }

    JsonNode evaluate(PathResolver paths);

    record Literal(JsonNode value) implements IntrinsicExpr {
        @Override
        public JsonNode evaluate(PathResolver paths) {
            return value;
        }
    }

    record Path(String path) implements IntrinsicExpr {
        @Override
        public JsonNode evaluate(PathResolver paths) {
            return paths.resolve(path);
        }
    }

    record Call(String function, List<IntrinsicExpr> args) implements IntrinsicExpr {
        @Override
        public JsonNode evaluate(PathResolver paths) {
            JsonNode[] values = new JsonNode[args.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = args.get(i).evaluate(paths);
            }
            return IntrinsicFunctions.apply(function, values);
        }
    }

    /** True when the text looks like an intrinsic call rather than a path. */
    static boolean isCall(String text) {
        return text.startsWith("States.");
    }

    static IntrinsicExpr parse(String text) {
        return new IntrinsicParser(text).parse();
    }
}
