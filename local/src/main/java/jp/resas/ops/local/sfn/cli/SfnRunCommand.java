package jp.resas.ops.local.sfn.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.resas.ops.sfn.AslValidationException;
import jp.resas.ops.sfn.Execution;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.Runner;
import jp.resas.ops.sfn.StateMachine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sfn run}: executes one definition and prints one JSON line. Exit 0 when the execution
 * finished (succeeded or failed), 1 when it could not run.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Execute an ASL definition file.")
final class SfnRunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--definition", required = true, description = "The ASL definition (JSON file).")
    Path definition;

    @Option(names = "--state-machine", paramLabel = "NAME", description = "The state machine of the mock config "
            + "(StateMachines.NAME) to use; default: the definition file's base name, else the config's only one. "
            + "Also the name of the state machine in ARNs.")
    String stateMachine;

    @Mixin
    RunOptions options;

    @Override
    public Integer call() {
        try {
            String text = Files.readString(definition);
            String machineName = stateMachine != null ? stateMachine : baseName(definition);
            StateMachine machine = StateMachine.parse(machineName, text);
            try (Runner runner = new Runner(options.config(baseName(definition), stateMachine, Map.of()))) {
                String name = options.name != null ? options.name : machineName;
                Execution execution = runner.run(machine, name, options.input());
                spec.commandLine().getOut().println(Json.write(execution.toJson()));
                spec.commandLine().getOut().flush();
                return 0;
            }
        } catch (IOException e) {
            return fail("Cannot read the definition file " + definition + ": " + e.getMessage());
        } catch (AslValidationException e) {
            return fail("Invalid definition " + definition + ": " + e.getMessage());
        } catch (RunOptions.UsageProblem e) {
            return fail(e.getMessage());
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println(message);
        spec.commandLine().getErr().flush();
        return 1;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
