package jp.resas.ops.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Step Functions Local's mock configuration: {@code StateMachines.NAME.TestCases.CASE} maps state
 * names to entries of {@code MockedResponses}, each keyed by invocation index ranges ("0", "1-2")
 * with {@code {"Return": …}} or {@code {"Throw": {"Error", "Cause"}}}. Mocked states answer in
 * place of their resource, per execution, counting retries as invocations.
 */
public final class MockConfig implements TaskIntegration {

    private final Map<String, JsonNode> responsesByState;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    private MockConfig(Map<String, JsonNode> responsesByState) {
        this.responsesByState = responsesByState;
    }

    /**
     * Which state machine of {@code config} a definition uses: {@code requested} when given (it must be
     * there), else the one named {@code definitionName} (the definition file's base name), else the
     * config's only one.
     *
     * @throws IllegalArgumentException naming the state machines the config has
     */
    public static String stateMachineName(JsonNode config, String requested, String definitionName) {
        JsonNode machines = config.path("StateMachines");
        List<String> names = new ArrayList<>();
        machines.fieldNames().forEachRemaining(names::add);
        if (requested != null) {
            if (!machines.has(requested)) {
                throw new IllegalArgumentException("The mock config has no state machine '" + requested
                        + "' under StateMachines (it has " + names + ")");
            }
            return requested;
        }
        if (machines.has(definitionName)) {
            return definitionName;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        throw new IllegalArgumentException("The mock config has no state machine named like the definition ('"
                + definitionName + "') and " + (names.isEmpty() ? "none at all under StateMachines"
                : names.size() + " others " + names + ": name the one to use"));
    }

    /**
     * Picks one test case of one state machine.
     *
     * @throws IllegalArgumentException naming what is missing
     */
    public static MockConfig of(JsonNode config, String stateMachine, String testCase) {
        JsonNode machine = config.path("StateMachines").path(stateMachine);
        if (machine.isMissingNode()) {
            throw new IllegalArgumentException("The mock config has no state machine '" + stateMachine
                    + "' under StateMachines");
        }
        JsonNode mapping = machine.path("TestCases").path(testCase);
        if (mapping.isMissingNode()) {
            throw new IllegalArgumentException("The mock config has no test case '" + testCase + "' for '"
                    + stateMachine + "'");
        }
        Map<String, JsonNode> byState = new LinkedHashMap<>();
        mapping.fields().forEachRemaining(e -> {
            JsonNode responses = config.path("MockedResponses").path(e.getValue().asText());
            if (responses.isMissingNode()) {
                throw new IllegalArgumentException("Test case '" + testCase + "' maps state '" + e.getKey()
                        + "' to '" + e.getValue().asText() + "', which MockedResponses does not define");
            }
            byState.put(e.getKey(), responses);
        });
        return new MockConfig(byState);
    }

    @Override
    public boolean handles(String resource) {
        return false;
    }

    @Override
    public boolean handles(String resource, String stateName) {
        return responsesByState.containsKey(stateName);
    }

    @Override
    public boolean answersCallbacks() {
        return true;
    }

    @Override
    public JsonNode invoke(TaskCall call) {
        int index = calls.computeIfAbsent(call.executionArn() + "/" + call.stateName(), k -> new AtomicInteger())
                .getAndIncrement();
        JsonNode responses = responsesByState.get(call.stateName());
        var fields = responses.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (inRange(e.getKey(), index)) {
                JsonNode response = e.getValue();
                if (response.has("Throw")) {
                    JsonNode t = response.get("Throw");
                    throw new StatesError(t.path("Error").asText(null), t.path("Cause").asText(null));
                }
                return response.path("Return");
            }
        }
        throw new StatesError(StatesError.RUNTIME, "The mock for state '" + call.stateName()
                + "' has no response for invocation " + index);
    }

    private static boolean inRange(String range, int index) {
        String[] bounds = range.trim().split("-", 2);
        int from = Integer.parseInt(bounds[0].trim());
        int to = bounds.length > 1 ? Integer.parseInt(bounds[1].trim()) : from;
        return index >= from && index <= to;
    }
}
