package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.ObjectStore;
import jp.resas.ops.sfn.SfnClock;
import jp.resas.ops.sfn.internal.task.TaskIntegrations;

/** Everything one execution needs while it runs: who it is, its history, and the runner's services. */
public final class ExecutionRun {

    /** The identity of an execution, as the context object shows it. */
    public record Identity(String executionArn, String name, String stateMachineArn, String stateMachineName,
                           String roleArn, JsonNode input, Instant startTime) {
    }

    /** The runner's services an execution uses. */
    public record Services(SfnClock clock, TaskIntegrations integrations, TaskTokens tokens, ObjectStore store,
                           Branches branches) {
    }

    private final Identity identity;
    private final Services services;
    private final History history;
    private final ObjectNode executionContext;
    private final ObjectNode stateMachineContext;
    final JsonataEvaluator jsonata;
    final Instant deadline;

    public ExecutionRun(Identity identity, Services services, History history, Integer timeoutSeconds) {
        this(identity, services, history,
                timeoutSeconds == null ? null : identity.startTime().plusSeconds(timeoutSeconds), new JsonataEvaluator());
    }

    private ExecutionRun(Identity identity, Services services, History history, Instant deadline,
                         JsonataEvaluator jsonata) {
        this.jsonata = jsonata;
        this.identity = identity;
        this.services = services;
        this.history = history;
        this.deadline = deadline;
        executionContext = Json.object();
        executionContext.put("Id", identity.executionArn());
        executionContext.set("Input", identity.input());
        executionContext.put("StartTime", format(identity.startTime()));
        executionContext.put("Name", identity.name());
        executionContext.put("RoleArn", identity.roleArn());
        executionContext.put("RedriveCount", 0);
        stateMachineContext = Json.object();
        stateMachineContext.put("Id", identity.stateMachineArn());
        stateMachineContext.put("Name", identity.stateMachineName());
    }

    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** A run sharing identity and services but keeping its own history: a distributed Map's child. */
    ExecutionRun childRun() {
        return new ExecutionRun(identity, services, new History(services.clock()), null, jsonata);
    }

    /**
     * A run for one Parallel branch or inline Map iteration running beside others: the same execution,
     * recording into a fork of its history that the state appends when its branches are done.
     */
    ExecutionRun branchRun() {
        return new ExecutionRun(identity, services, history.fork(), deadline, jsonata);
    }

    public Identity identity() {
        return identity;
    }

    public History history() {
        return history;
    }

    SfnClock clock() {
        return services.clock();
    }

    Services services() {
        return services;
    }

    JsonNode executionContext() {
        return executionContext;
    }

    JsonNode stateMachineContext() {
        return stateMachineContext;
    }
}
