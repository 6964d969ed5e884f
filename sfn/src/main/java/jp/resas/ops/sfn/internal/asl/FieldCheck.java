package jp.resas.ops.sfn.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import jp.resas.ops.sfn.AslValidationException;

/** Rejects fields a state type does not have, as the service does, so typos fail at parse time. */
final class FieldCheck {

    static final Set<String> GRAPH = Set.of("StartAt", "States", "Comment", "Version", "TimeoutSeconds",
            "QueryLanguage", "ProcessorConfig");
    private static final Set<String> COMMON = Set.of("Type", "Comment", "QueryLanguage");
    private static final Set<String> FLOW = Set.of("Next", "End");
    private static final Set<String> PATHS = Set.of("InputPath", "OutputPath");
    private static final Set<String> RESULT = Set.of("ResultPath", "Parameters", "ResultSelector");
    private static final Set<String> JSONATA = Set.of("Output", "Assign");
    private static final Set<String> ERRORS = Set.of("Retry", "Catch");

    private FieldCheck() {
    }

    static Set<String> forType(String type) {
        return switch (type) {
            case "Pass" -> union(FLOW, PATHS, Set.of("Result", "ResultPath", "Parameters"), JSONATA);
            case "Succeed" -> union(PATHS, JSONATA);
            case "Fail" -> Set.of("Error", "ErrorPath", "Cause", "CausePath");
            case "Wait" -> union(FLOW, PATHS, JSONATA, Set.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath"));
            case "Choice" -> union(PATHS, JSONATA, Set.of("Choices", "Default"));
            case "Task" -> union(FLOW, PATHS, RESULT, JSONATA, ERRORS, Set.of("Resource", "Arguments",
                    "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials"));
            case "Parallel" -> union(FLOW, PATHS, RESULT, JSONATA, ERRORS, Set.of("Branches", "Arguments"));
            case "Map" -> union(FLOW, PATHS, RESULT, JSONATA, ERRORS, Set.of("Iterator", "ItemProcessor",
                    "ItemsPath", "Items", "ItemSelector", "ItemReader", "ItemBatcher", "ResultWriter",
                    "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailureCount", "ToleratedFailureCountPath",
                    "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "Label", "Arguments"));
            default -> throw new AslValidationException("Unknown state type '" + type + "'");
        };
    }

    static void allowed(JsonNode node, String where, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name) && !COMMON.contains(name)) {
                throw AslValidationException.at(where, name, "is not allowed here");
            }
        }
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return Set.copyOf(out);
    }
}
