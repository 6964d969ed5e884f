package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.internal.asl.PathEvaluationException;
import jp.resas.ops.sfn.internal.asl.State;

/** MaxConcurrency and tolerated failures of a Map, validated with the service's messages. */
final class MapSettings {

    /** How many failed items a distributed Map accepts; defaults to none. */
    record Limits(Long toleratedCount, Double toleratedPercentage) {
        boolean exceeded(int failures, int total) {
            if (toleratedCount == null && toleratedPercentage == null) {
                return failures > 0;
            }
            return (toleratedCount != null && failures > toleratedCount)
                    || (toleratedPercentage != null && failures * 100.0 / Math.max(1, total) > toleratedPercentage);
        }
    }

    private MapSettings() {
    }

    /** How many items may run at once; 0 (also when not set) means no limit but the runner's pool. */
    static int maxConcurrency(Interpreter in, State.Map m, JsonNode effective, Frame frame) {
        Long value = integer(in, m.maxConcurrency(), "MaxConcurrency", effective, frame);
        return value == null || value <= 0 ? 0 : (int) Math.min(value, Integer.MAX_VALUE);
    }

    static Limits limits(Interpreter in, State.Map m, JsonNode effective, Frame frame) {
        Long count = integer(in, m.toleratedFailureCount(), "ToleratedFailureCount", effective, frame);
        if (count != null && count < 0) {
            throw new PathEvaluationException("ToleratedFailureCount cannot be negative.");
        }
        Double percentage = number(in, m.toleratedFailurePercentage(), effective, frame);
        if (percentage != null && (percentage < 0 || percentage > 100)) {
            throw new PathEvaluationException("ToleratedFailurePercentage must be between 0 and 100.");
        }
        return new Limits(count, percentage);
    }

    private static Long integer(Interpreter in, State.Timing t, String field, JsonNode effective, Frame frame) {
        JsonNode v = Timings.value(in, t, effective, frame);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            throw invalid(t, field, v, "integer");
        }
        return v.asLong();
    }

    private static Double number(Interpreter in, State.Timing t, JsonNode effective, Frame frame) {
        JsonNode v = Timings.value(in, t, effective, frame);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw invalid(t, "ToleratedFailurePercentage", v, "float");
        }
        return v.asDouble();
    }

    private static PathEvaluationException invalid(State.Timing t, String field, JsonNode v, String kind) {
        String shown = v.isTextual() ? v.asText() : Json.write(v);
        return new PathEvaluationException("The " + field + "Path field refers to value \"" + shown
                + "\" which is not a valid " + kind + ": " + (t.path() == null ? "" : t.path().text()));
    }
}
