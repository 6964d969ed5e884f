package jp.resas.ops.monitoring.runs.infrastructure;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.resas.ops.monitoring.runs.CollectionFailedException;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.CollectorIncidents;
import jp.resas.ops.monitoring.runs.CollectorRuns;
import jp.resas.ops.monitoring.runs.FailureEscalation;
import jp.resas.ops.monitoring.runs.Harvest;
import jp.resas.ops.monitoring.runs.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one collector for one period the same way for all: fetch outside any transaction (AWS calls
 * can take a minute), then replace the period's rows and record the run in one transaction, so a
 * re-run replaces a day and a failure leaves the previous figures in place. A failure is recorded
 * in a transaction of its own, escalated when repeated, and rethrown.
 */
@Singleton
public class CollectorRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CollectorRunner.class);

    private final TransactionOperations<Connection> transactions;
    private final CollectorRuns runs;
    private final FailureEscalation escalation;
    private final Clock clock;

    CollectorRunner(TransactionOperations<Connection> transactions, CollectorRuns runs, CollectorIncidents incidents,
            Clock clock) {
        this.transactions = transactions;
        this.runs = runs;
        this.escalation = new FailureEscalation(runs, incidents);
        this.clock = clock;
    }

    /** One run per day of {@code period}, each fetched and replaced on its own; a failed day does not stop the rest. */
    public <H extends Harvest> List<RunReport> eachDay(Collector collector, CollectionPeriod period,
            Function<LocalDate, H> fetch, Consumer<H> store) {
        List<RunReport> reports = new ArrayList<>();
        for (LocalDate day = period.start(); day.isBefore(period.end()); day = day.plusDays(1)) {
            LocalDate d = day;
            reports.add(run(collector, CollectionPeriod.day(d), () -> fetch.apply(d), store));
        }
        return reports;
    }

    public <H extends Harvest> RunReport run(Collector collector, CollectionPeriod period, Supplier<H> fetch,
            Consumer<H> store) {
        Instant started = clock.instant();
        try {
            H harvest = fetch.get();
            return transactions.executeWrite(status -> {
                store.accept(harvest);
                RunReport report = RunReport.stored(collector, period.label(), started, clock.instant(), harvest);
                runs.record(report);
                return report;
            });
        } catch (RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            RunReport failure = RunReport.failed(collector, period.label(), started, clock.instant(), error);
            transactions.executeWrite(status -> escalation.failed(failure)).ifPresent(incident ->
                    LOG.error("{} failed repeatedly; incident {} raised", collector.functionName(), incident));
            throw new CollectionFailedException(collector.functionName() + " failed for " + period.label()
                    + ": " + error, e);
        }
    }
}
