package jp.resas.ops.local.sfn.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.resas.ops.local.sfn.lambda.HandlerFactory;
import jp.resas.ops.local.sfn.lambda.InProcessHandler;
import jp.resas.ops.sfn.DirectoryObjectStore;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.LambdaFunction;
import jp.resas.ops.sfn.LambdaFunctions;
import jp.resas.ops.sfn.MockConfig;
import jp.resas.ops.sfn.RunnerConfig;
import picocli.CommandLine.Option;

/** Options shared by {@code sfn run} and {@code sfn start}. */
final class RunOptions {

    /** A file could not be read or used; the command exits non-zero with this message. */
    static final class UsageProblem extends RuntimeException {
        UsageProblem(String message) {
            super(message);
        }
    }

    @Option(names = "--input", description = "Execution input (JSON file); default {}.")
    Path input;

    @Option(names = "--name", description = "Execution name.")
    String name;

    @Option(names = "--mock-config", description = "Step Functions Local mock config (JSON).")
    Path mockConfig;

    @Option(names = "--test-case", description = "Test case of the mock config to use.")
    String testCase;

    @Option(names = "--real-time", description = "Wait for real (Wait states, retry intervals, timeouts).")
    boolean realTime;

    @Option(names = "--lambda", description = "Bind a function name to a Java handler: NAME=some.Class::method.")
    Map<String, String> lambdas = new LinkedHashMap<>();

    @Option(names = "--store", description = "Directory serving as the S3 object store (bucket/key files).")
    Path store;

    JsonNode input() {
        return input == null ? Json.object() : readJson(input, "input");
    }

    /** How handler objects are created; {@code sfn start} gives the project's handlers the local platform. */
    HandlerFactory handlerFactory = HandlerFactory.NO_ARG;

    /** The runner configuration for {@code machineName}, with handlers found elsewhere (e.g. CDK). */
    RunnerConfig config(String machineName, Map<String, String> handlers) {
        return config(machineName, null, handlers);
    }

    /**
     * As {@link #config(String, Map)}; the mock config's state machine is {@code mockMachine} when given,
     * else {@code machineName}, else the config's only one.
     */
    RunnerConfig config(String machineName, String mockMachine, Map<String, String> handlers) {
        RunnerConfig.Builder builder = RunnerConfig.builder().realTime(realTime);
        if (store != null) {
            builder.objectStore(new DirectoryObjectStore(store));
        }
        if (mockConfig != null) {
            if (testCase == null) {
                throw new UsageProblem("--mock-config needs --test-case");
            }
            try {
                JsonNode mocks = readJson(mockConfig, "mock config");
                builder.integration(MockConfig.of(mocks, MockConfig.stateMachineName(mocks, mockMachine, machineName),
                        testCase));
            } catch (IllegalArgumentException e) {
                throw new UsageProblem(mockConfig + ": " + e.getMessage());
            }
        }
        Map<String, String> all = new LinkedHashMap<>(handlers);
        all.putAll(lambdas);
        Map<String, LambdaFunction> functions = new LinkedHashMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        all.forEach((fn, handler) -> functions.put(fn, lazy(fn, handler, loader, handlerFactory)));
        return builder.lambdas(LambdaFunctions.of(functions)).build();
    }

    /** Resolved on first call, so machines with a missing handler class still run their other paths. */
    private static LambdaFunction lazy(String fn, String handler, ClassLoader loader, HandlerFactory factory) {
        InProcessHandler[] resolved = new InProcessHandler[1];
        return (event, requestId) -> {
            if (resolved[0] == null) {
                resolved[0] = InProcessHandler.of(fn, handler, loader,
                        RunnerConfig.DEFAULT_REGION, RunnerConfig.DEFAULT_ACCOUNT, factory);
            }
            return resolved[0].invoke(event, requestId);
        };
    }

    static JsonNode readJson(Path file, String what) {
        try {
            return Json.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UsageProblem("Cannot read the " + what + " file " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("The " + what + " file " + file + " is not valid JSON: " + e.getMessage());
        }
    }
}
