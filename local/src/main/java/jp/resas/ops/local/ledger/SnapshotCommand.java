package jp.resas.ops.local.ledger;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.ledger.configuration.SnapshottingConfiguration;
import jp.resas.ops.ledger.configuration.infrastructure.ConfigurationService;
import jp.resas.ops.local.cli.DatabaseOptions;
import jp.resas.ops.local.pipeline.CliToken;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.platform.web.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Stores a snapshot of a CDK cloud assembly's templates in 構成管理台帳 unless it is unchanged since the
 * last one taken from templates: prints the new snapshot's id and its diff counts, or {@code unchanged}
 * and the id of the snapshot that still holds. A directory that is not a cloud assembly, or a template
 * that is not JSON: the reason on stderr, exit 1, nothing stored.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Snapshot the synthesised templates of --cdk-out into the configuration ledger; prints the "
                + "snapshot id, or 'unchanged'.")
final class SnapshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--cdk-out", required = true, paramLabel = "DIR",
            description = "A CDK cloud assembly (cdk synth's output, with manifest.json), e.g. infra/target/cdk.out.")
    Path cdkOut;

    @Option(names = "--token", paramLabel = "JWT", defaultValue = "${env:RESAS_OPS_TOKEN}",
            description = "An operator's (or admin's) token from 'resas-ops token' for this data directory "
                    + "(default: $RESAS_OPS_TOKEN); the snapshot is recorded under its user.")
    String token;

    @Override
    public Integer call() {
        Optional<String> operator = CliToken.user(database.dataDirectory(), token, Set.of(Roles.OPERATOR, Roles.ADMIN),
                "operator", spec.commandLine().getErr());
        if (operator.isEmpty()) {
            return 2;
        }
        try (LocalPlatform platform = LocalPlatform.start(database.dataDirectory(), database.open())) {
            SnapshottingConfiguration.Outcome outcome;
            try {
                outcome = platform.context().getBean(ConfigurationService.class)
                        .snapshotCdkOut(cdkOut.toAbsolutePath(), new Actor(operator.get(), "cli"));
            } catch (InvalidInputException e) {
                spec.commandLine().getErr().println("ledger snapshot: " + e.getMessage());
                return 1;
            }
            if (outcome.unchanged()) {
                spec.commandLine().getOut().println("unchanged (snapshot " + outcome.snapshotId() + ")");
            } else {
                spec.commandLine().getOut().println(outcome.snapshotId() + " added " + outcome.diff().added().size()
                        + " removed " + outcome.diff().removed().size() + " changed " + outcome.diff().changed().size());
            }
            return 0;
        }
    }
}
