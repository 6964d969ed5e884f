package jp.resas.ops.local.sfn.cli;

import java.util.concurrent.Callable;
import jp.resas.ops.local.cli.DatabaseOptions;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.local.runtime.PlatformHandlerFactory;
import jp.resas.ops.sfn.CdkStateMachine;
import jp.resas.ops.sfn.Execution;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.Runner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sfn start NAME}: runs a CDK state machine with its Lambda tasks bound to their handlers. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Run a state machine of the CDK app; prints one JSON line like 'sfn run'.")
final class SfnStartCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "State machine name (StateMachineName, else logical id).")
    String stateMachine;

    @Mixin
    CdkOptions cdk;

    @Mixin
    RunOptions options;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() {
        try {
            java.util.List<CdkStateMachine> all = cdk.machines();
            CdkStateMachine found = all.stream()
                    .filter(m -> m.name().equals(stateMachine) || m.logicalId().equals(stateMachine))
                    .findFirst()
                    .orElseThrow(() -> new RunOptions.UsageProblem("No state machine named '" + stateMachine
                            + "' in " + cdk.cdkOut + " (see 'resas-ops sfn list')"));
            try (PlatformHandlerFactory handlers = new PlatformHandlerFactory(
                    () -> LocalPlatform.start(database.dataDirectory(), database.open()))) {
                options.handlerFactory = handlers;
                return run(all, found);
            }
        } catch (RunOptions.UsageProblem e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    private Integer run(java.util.List<CdkStateMachine> all, CdkStateMachine found) {
        try (Runner runner = new Runner(options.config(found.name(), found.handlers()))) {
            all.forEach(m -> runner.register(m.machine()));
            Execution execution = runner.run(found.machine(), options.name, options.input());
            spec.commandLine().getOut().println(Json.write(execution.toJson()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
