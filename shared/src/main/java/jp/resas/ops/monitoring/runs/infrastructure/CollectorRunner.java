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
 * re-run replaces a day and a failure leaves the previous figures in place. A failed run is recorded
 * in a transaction of its own, escalated when repeated, and rethrown ({@link #run}); over several days
 * ({@link #eachDay}) every day is still tried and the call fails afterwards naming every failed day.
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

    /**
     * One run per day of {@code period}, each fetched and replaced on its own. A failed day is recorded
     * (and escalated) and does not stop the rest; once every day has run, the call fails if any day did,
     * naming each failed day, so the invocation fails and the schedule's retry applies.
     *
     * @return the stored days' reports, when every day was stored
     * @throws CollectionFailedException naming every failed day (the first as the cause, the others suppressed)
     */
    public <H extends Harvest> List<RunReport> eachDay(Collector collector, CollectionPeriod period,
            Function<LocalDate, H> fetch, Consumer<H> store) {
        List<RunReport> reports = new ArrayList<>();
        List<CollectionFailedException> failures = new ArrayList<>();
        int days = 0;
        for (LocalDate day = period.start(); day.isBefore(period.end()); day = day.plusDays(1)) {
            LocalDate d = day;
            days++;
            try {
                reports.add(run(collector, CollectionPeriod.day(d), () -> fetch.apply(d), store));
            } catch (CollectionFailedException e) {
                failures.add(e);
            }
        }
        if (failures.isEmpty()) {
            return reports;
        }
        if (days == 1) {
            throw failures.get(0);
        }
        CollectionFailedException failed = new CollectionFailedException(collector.functionName() + " failed for "
                + failures.size() + " of " + days + " days of " + period.label() + ": "
                + String.join("; ", failures.stream().map(Throwable::getMessage).toList()), failures.get(0));
        failures.stream().skip(1).forEach(failed::addSuppressed);
        throw failed;
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
