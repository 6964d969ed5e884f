package jp.resas.ops.local.migrate;

import picocli.CommandLine.Command;

/** {@code resas-ops migrate}: the data steps run after the schema migrations. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Data steps after the schema migrations (which every start applies).",
        subcommands = {BackfillDueTimesCommand.class})
public final class MigrateCommand {
}
