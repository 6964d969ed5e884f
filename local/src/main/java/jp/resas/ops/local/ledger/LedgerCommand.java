package jp.resas.ops.local.ledger;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code resas-ops ledger snapshot}: the configuration ledger on one machine. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "The ledgers on one machine: a configuration snapshot of synthesised templates.",
        subcommands = {SnapshotCommand.class})
public final class LedgerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
