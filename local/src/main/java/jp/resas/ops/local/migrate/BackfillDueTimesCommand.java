package jp.resas.ops.local.migrate;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import jp.resas.ops.local.cli.DatabaseOptions;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.ticket.BackfillingDueTimes;
import jp.resas.ops.ticket.infrastructure.DueTimeBackfill;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code resas-ops migrate backfill-due-times}: migrates the database, then stores the SLA due times of every
 * open ticket and incident that has none (rows from before V79), {@code --batch} items per transaction. Killed
 * between batches, it keeps what it committed; run again, it carries on; run once more, it changes nothing.
 */
@Command(name = "backfill-due-times", mixinStandardHelpOptions = true,
        description = "Store the SLA due times of open items that have none (rows from before V79), in batches, "
                + "each committed on its own; restartable and idempotent.")
final class BackfillDueTimesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--batch", defaultValue = "1000", paramLabel = "N",
            description = "Items per batch (transaction); default ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--max-batches", defaultValue = "0", paramLabel = "N",
            description = "Stop after N batches (0, the default: until none is missing).")
    int maxBatches;

    @Override
    public Integer call() {
        if (batch < 1 || batch > 100_000) {
            throw new ParameterException(spec.commandLine(), "--batch must be between 1 and 100000, was " + batch);
        }
        if (maxBatches < 0) {
            throw new ParameterException(spec.commandLine(), "--max-batches must not be negative, was " + maxBatches);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (LocalPlatform platform = LocalPlatform.start(database.dataDirectory(), database.open())) {
            int[] n = {0};
            BackfillingDueTimes.Outcome outcome = platform.context().getBean(DueTimeBackfill.class)
                    .run(batch, maxBatches, done -> {
                        out.printf("batch %d: %d items%n", ++n[0], done);
                        out.flush();
                    });
            out.printf("%s: %d items in %d batches%n", outcome.finished() ? "done" : "stopped", outcome.items(),
                    outcome.batches());
            return 0;
        }
    }
}
