package jp.resas.ops.sfn.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.sfn.AslValidationException;

/** Parses {@code Retry} and {@code Catch}, enforcing that {@code States.ALL} comes last and alone. */
final class ErrorHandlingParser {

    private ErrorHandlingParser() {
    }

    static List<Retrier> retriers(JsonNode node, String where) {
        List<Retrier> out = new ArrayList<>();
        JsonNode retry = node.path("Retry");
        for (int i = 0; i < retry.size(); i++) {
            JsonNode r = retry.get(i);
            String at = where + " Retry[" + i + "]";
            List<String> errors = AslParser.strings(r, "ErrorEquals", at);
            checkAll(errors, at, i == retry.size() - 1);
            int maxAttempts = r.path("MaxAttempts").asInt(Retrier.DEFAULT_MAX_ATTEMPTS);
            double backoff = r.path("BackoffRate").asDouble(Retrier.DEFAULT_BACKOFF_RATE);
            if (maxAttempts < 0) {
                throw AslValidationException.at(at, "MaxAttempts", "must not be negative");
            }
            if (backoff < 1.0) {
                throw AslValidationException.at(at, "BackoffRate", "must be at least 1.0");
            }
            String jitter = r.path("JitterStrategy").asText("NONE");
            out.add(new Retrier(errors, r.path("IntervalSeconds").asDouble(Retrier.DEFAULT_INTERVAL_SECONDS),
                    maxAttempts, backoff, r.has("MaxDelaySeconds") ? r.get("MaxDelaySeconds").asLong() : null,
                    jitter.equals("FULL")));
        }
        return List.copyOf(out);
    }

    static List<Catcher> catchers(JsonNode node, String where) {
        List<Catcher> out = new ArrayList<>();
        JsonNode catchNode = node.path("Catch");
        for (int i = 0; i < catchNode.size(); i++) {
            JsonNode c = catchNode.get(i);
            String at = where + " Catch[" + i + "]";
            List<String> errors = AslParser.strings(c, "ErrorEquals", at);
            checkAll(errors, at, i == catchNode.size() - 1);
            out.add(new Catcher(errors, AslParser.required(c, "Next", at), StateParser.path(c, "ResultPath", at),
                    StateParser.isNull(c, "ResultPath"), c.get("Output"), c.get("Assign")));
        }
        return List.copyOf(out);
    }

    private static void checkAll(List<String> errors, String at, boolean last) {
        if (errors.contains("States.ALL") && (errors.size() > 1 || !last)) {
            throw AslValidationException.at(at, "ErrorEquals",
                    "may use States.ALL only alone and in the last entry");
        }
    }
}
