package jp.resas.ops.local.sfn.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import jp.resas.ops.sfn.CdkStateMachine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sfn list}: the state machines of the CDK app, with their stacks and Lambda handlers. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the CDK app's state machines.")
final class SfnListCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CdkOptions cdk;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            for (CdkStateMachine m : cdk.machines()) {
                out.println(m.name() + "\t" + m.stack() + "/" + m.logicalId() + "\t"
                        + m.machine().json().path("States").size() + " states");
                m.handlers().forEach((fn, handler) -> out.println("  lambda " + fn + " -> " + handler));
            }
            out.flush();
            return 0;
        } catch (RunOptions.UsageProblem e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}
