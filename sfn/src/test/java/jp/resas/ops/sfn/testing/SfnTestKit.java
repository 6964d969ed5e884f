package jp.resas.ops.sfn.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import jp.resas.ops.sfn.Execution;
import jp.resas.ops.sfn.HistoryEvent;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.LambdaFunction;
import jp.resas.ops.sfn.LambdaFunctionError;
import jp.resas.ops.sfn.LambdaFunctions;
import jp.resas.ops.sfn.Runner;
import jp.resas.ops.sfn.RunnerConfig;
import jp.resas.ops.sfn.StateMachine;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.TaskCall;
import jp.resas.ops.sfn.TaskIntegration;

/**
 * Runs one state machine in a test with chosen answers per Lambda function or per state, so each
 * path can be driven: {@code SfnTestKit.of(machine).lambda("Collect", e -> out).failState("Load",
 * "Err", "why").run(input)}; then {@link #statesEntered(Execution)} shows the path taken.
 */
public final class SfnTestKit {

    private final StateMachine machine;
    private final Map<String, LambdaFunction> lambdas = new LinkedHashMap<>();
    private final Map<String, TaskAnswer> states = new LinkedHashMap<>();
    private final RunnerConfig.Builder config = RunnerConfig.builder();

    private interface TaskAnswer {
        JsonNode answer(TaskCall call);
    }

    private SfnTestKit(StateMachine machine) {
        this.machine = machine;
    }

    public static SfnTestKit of(StateMachine machine) {
        return new SfnTestKit(machine);
    }

    public static SfnTestKit of(String definitionJson) {
        return new SfnTestKit(StateMachine.parse("TestMachine", definitionJson));
    }

    /** Answers calls to Lambda function {@code name} (both resource forms). */
    public SfnTestKit lambda(String name, UnaryOperator<JsonNode> handler) {
        lambdas.put(name, (event, requestId) -> handler.apply(event));
        return this;
    }

    /** Makes Lambda function {@code name} fail as a Java handler throwing {@code errorType} would. */
    public SfnTestKit lambdaFails(String name, String errorType, String message) {
        lambdas.put(name, (event, requestId) -> {
            throw new LambdaFunctionError(errorType, message, List.of());
        });
        return this;
    }

    /** Task state {@code state} returns {@code result} whatever its resource (callbacks included). */
    public SfnTestKit taskReturns(String state, JsonNode result) {
        states.put(state, call -> result);
        return this;
    }

    /** Task state {@code state} fails with {@code error} and {@code cause}. */
    public SfnTestKit taskFails(String state, String error, String cause) {
        states.put(state, call -> {
            throw new StatesError(error, cause);
        });
        return this;
    }

    /** Further runner settings (object store, extra integrations, real time). */
    public SfnTestKit configure(java.util.function.Consumer<RunnerConfig.Builder> settings) {
        settings.accept(config);
        return this;
    }

    public Runner runner() {
        Map<String, TaskAnswer> byState = Map.copyOf(states);
        config.integration(new TaskIntegration() {
            @Override
            public boolean handles(String resource) {
                return false;
            }

            @Override
            public boolean handles(String resource, String stateName) {
                return byState.containsKey(stateName);
            }

            @Override
            public boolean answersCallbacks() {
                return true;
            }

            @Override
            public JsonNode invoke(TaskCall call) {
                return byState.get(call.stateName()).answer(call);
            }
        });
        return new Runner(config.lambdas(LambdaFunctions.of(lambdas)).build());
    }

    /** Runs to the end on this thread. */
    public Execution run(JsonNode input) {
        try (Runner runner = runner()) {
            return runner.run(machine, null, input);
        }
    }

    public Execution run(String inputJson) {
        return run(Json.parse(inputJson));
    }

    /** The names of the states entered, in order: the path the execution took. */
    public static List<String> statesEntered(Execution execution) {
        return execution.history().stream().filter(e -> e.type().endsWith("StateEntered"))
                .map(HistoryEvent::details).map(d -> d.path("name").asText()).toList();
    }
}
