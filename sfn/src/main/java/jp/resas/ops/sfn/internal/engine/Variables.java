package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.resas.ops.sfn.internal.asl.PayloadTemplate;

/** JSONPath-mode {@code Assign}: a payload template evaluated against the state's result. */
final class Variables {

    private Variables() {
    }

    static void assignJsonPath(JsonNode assign, JsonNode result, Frame frame) {
        if (assign == null) {
            return;
        }
        JsonNode values = PayloadTemplate.compile(assign, "State '" + frame.stateName + "' Assign")
                .evaluate(frame.scope(result));
        Map<String, JsonNode> out = new LinkedHashMap<>();
        values.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue()));
        frame.assign(out);
    }
}
