package jp.resas.ops.local.sfn.cli;

import java.nio.file.Path;
import java.util.List;
import jp.resas.ops.sfn.CdkStateMachine;
import jp.resas.ops.sfn.CdkTemplates;
import jp.resas.ops.sfn.RunnerConfig;
import picocli.CommandLine.Option;

/** Where the synthesised CDK templates are. */
final class CdkOptions {

    @Option(names = "--cdk-out", defaultValue = "cdk.out", description = "CDK output directory (default: cdk.out).")
    Path cdkOut;

    List<CdkStateMachine> machines() {
        try {
            return CdkTemplates.read(cdkOut, RunnerConfig.DEFAULT_REGION, RunnerConfig.DEFAULT_ACCOUNT);
        } catch (IllegalArgumentException e) {
            throw new RunOptions.UsageProblem(e.getMessage());
        }
    }
}
