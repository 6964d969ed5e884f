package jp.resas.ops.sfn.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.LambdaFunction;
import jp.resas.ops.sfn.LambdaFunctionError;
import jp.resas.ops.sfn.LambdaFunctions;

/** Builds the Lambda functions a case describes in its {@code mocks} (identity, raising, constant…). */
final class MockLambdas {

    private static final String RAISE_TRACE =
            "  File \"/var/task/handler.py\", line 2, in handler\n    raise Exception(\"Some exception was raised.\")\n";
    private static final String CUSTOM_TRACE =
            "  File \"/var/task/handler.py\", line 9, in handler\n    raise CustomException()\n";

    private MockLambdas() {
    }

    static LambdaFunctions from(JsonNode mocks) {
        Map<String, LambdaFunction> functions = new HashMap<>();
        if (mocks != null) {
            mocks.path("lambda").fields().forEachRemaining(e ->
                    functions.put(LambdaFunctions.functionName(e.getKey()), function(e.getValue())));
            mocks.path("lambda_by_name").fields().forEachRemaining(e ->
                    functions.put(e.getKey(), function(e.getValue())));
        }
        return LambdaFunctions.of(functions);
    }

    private static LambdaFunction function(JsonNode mock) {
        String behaviour = mock.path("behaviour").asText();
        if (behaviour.contains("CustomException")) {
            return (event, id) -> {
                throw new LambdaFunctionError("CustomException", "", List.of(CUSTOM_TRACE));
            };
        }
        if (behaviour.contains("raise")) {
            String type = mock.path("error").asText("Exception");
            JsonNode cause = mock.path("cause_json");
            String message = cause.path("errorMessage").asText("Some exception was raised.");
            String trace = cause.path("stackTrace").path(0).asText(RAISE_TRACE);
            return (event, id) -> {
                throw new LambdaFunctionError(type, message, List.of(trace));
            };
        }
        if (behaviour.startsWith("returns {")) {
            JsonNode constant = Json.parse(behaviour.substring("returns ".length()));
            return (event, id) -> constant;
        }
        if (behaviour.contains("returning the bytes")) {
            String quoted = behaviour.substring(behaviour.indexOf("b'") + 2, behaviour.indexOf("' ("));
            JsonNode value = Json.parse(quoted);
            return (event, id) -> value;
        }
        if (behaviour.startsWith("identity") || behaviour.startsWith("only ")) {
            return (event, id) -> event;
        }
        throw new IllegalArgumentException("Unrecognised mock behaviour: " + behaviour);
    }
}
