package jp.resas.ops.ledger.configuration.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.common.UnavailableException;
import jp.resas.ops.ledger.configuration.ConfigurationReading;
import jp.resas.ops.ledger.configuration.ConfigurationSnapshots;
import jp.resas.ops.ledger.configuration.ConfigurationSource;
import jp.resas.ops.ledger.configuration.DeployedConfiguration;
import jp.resas.ops.ledger.configuration.DeployedConfigurations;
import jp.resas.ops.ledger.configuration.LinkingSnapshots;
import jp.resas.ops.ledger.configuration.ReadingConfiguration;
import jp.resas.ops.ledger.configuration.ReadingConfiguration.AccountConfiguration;
import jp.resas.ops.ledger.configuration.Snapshot;
import jp.resas.ops.ledger.configuration.SnapshotFilter;
import jp.resas.ops.ledger.configuration.SnapshotLink;
import jp.resas.ops.ledger.configuration.SnapshotSummary;
import jp.resas.ops.ledger.configuration.SnapshottingConfiguration;
import jp.resas.ops.ledger.asset.DiscoveringAssets;
import jp.resas.ops.ledger.infrastructure.LedgerSettings;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.Harvest;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.infrastructure.CollectorRunner;

/**
 * The configuration ledger's use cases and their transactions: AWS is read outside any transaction, then
 * the reading is stored (or found unchanged) in one. RESAS Ops' own account is read in the regions of
 * {@code resas.ledger.regions}; AWS Config only when {@code resas.ledger.aws-config} (env
 * {@code RESAS_LEDGER_AWS_CONFIG}) is true; each monitored account in its regions through its read role.
 */
@Singleton
public class ConfigurationService {

    private final TransactionOperations<Connection> transactions;
    private final ConfigurationSnapshots snapshots;
    private final ReadingConfiguration reading;
    private final SnapshottingConfiguration snapshotting;
    private final LinkingSnapshots linking;
    private final CdkOutTemplates templates;
    private final CollectorRunner runner;
    private final Clock clock;

    /** What the scheduled run read, for its {@code collector_run}: the scopes not read and the resources read. */
    record Read(ConfigurationReading reading) implements Harvest {

        @Override
        public List<String> missing() {
            return reading.missing().stream().map(m -> m.scope() + ": " + m.reason()).toList();
        }

        @Override
        public Map<String, Integer> counts() {
            return Map.of("resources", reading.resources().size());
        }
    }

    /** The scheduled run: its {@code collector_run} and what was stored (or found unchanged). */
    public record SnapshotRun(RunReport report, SnapshottingConfiguration.Outcome outcome) {
    }

    ConfigurationService(TransactionOperations<Connection> transactions, ConfigurationSnapshots snapshots,
            DeployedConfiguration own, DeployedConfigurations others, MonitoredSystem system, AuditLog audit,
            Clock clock, ObjectMapper json, CollectorRunner runner, LedgerSettings settings) {
        boolean awsConfig = settings.readsAwsConfig();
        this.transactions = transactions;
        this.snapshots = snapshots;
        List<AccountConfiguration> accounts = new ArrayList<>();
        accounts.add(new AccountConfiguration("", own, settings.ownRegions(), awsConfig));
        system.accounts().forEach(account -> accounts.add(new AccountConfiguration(
                DiscoveringAssets.scopePrefix(account.name()), others.of(account), account.regions(), awsConfig)));
        this.reading = new ReadingConfiguration(accounts);
        this.snapshotting = new SnapshottingConfiguration(snapshots, audit, clock);
        this.linking = new LinkingSnapshots(snapshots, audit, clock);
        this.templates = new CdkOutTemplates(json);
        this.runner = runner;
        this.clock = clock;
    }

    /**
     * {@code configuration-snapshot}: the same reading and storing, recorded in {@code collector_run} as the
     * collectors are, so that repeated failures (no scope readable, the database refusing) escalate to an
     * incident and a success resets the count. A failure is rethrown, failing the invocation.
     */
    public SnapshotRun snapshotScheduled(Actor actor) {
        AtomicReference<SnapshottingConfiguration.Outcome> stored = new AtomicReference<>();
        RunReport report = runner.run(Collector.CONFIGURATION_SNAPSHOT,
                CollectionPeriod.day(LocalDate.now(clock.withZone(CollectionPeriod.JST))), () -> new Read(reading.read()),
                read -> stored.set(snapshotting.take(ConfigurationSource.AWS, read.reading(), actor)));
        return new SnapshotRun(report, stored.get());
    }

    /** Reads the deployed configuration and stores it unless unchanged; 503 when no scope could be read. */
    public SnapshottingConfiguration.Outcome snapshotAws(Actor actor) {
        ConfigurationReading read;
        try {
            read = reading.read();
        } catch (IllegalStateException e) {
            throw new UnavailableException("CONFIGURATION_UNAVAILABLE",
                    "構成情報をどのリージョンからも取得できませんでした: " + e.getMessage());
        }
        return store(ConfigurationSource.AWS, read, actor);
    }

    /** The synthesised templates of a CDK cloud assembly, stored unless unchanged. */
    public SnapshottingConfiguration.Outcome snapshotCdkOut(Path assembly, Actor actor) {
        ConfigurationReading read = templates.read(assembly);
        return store(ConfigurationSource.CDK_OUT, read, actor);
    }

    public SnapshottingConfiguration.Outcome store(ConfigurationSource source, ConfigurationReading read, Actor actor) {
        return transactions.executeWrite(status -> snapshotting.take(source, read, actor));
    }

    public List<SnapshotSummary> list(SnapshotFilter filter, Optional<Long> afterId, int limit) {
        return transactions.executeRead(status -> snapshots.list(filter, afterId, limit));
    }

    public Snapshot get(long id) {
        return transactions.executeRead(status -> snapshots.find(id)).orElseThrow(() ->
                new NotFoundException("構成管理台帳のスナップショット (ID " + id + ") はありません。"));
    }

    public Optional<SnapshotLink> link(long changeRequestId) {
        return transactions.executeRead(status -> snapshots.isChangeRequest(changeRequestId)
                ? snapshots.findLink(changeRequestId) : Optional.<SnapshotLink>empty());
    }

    /** Whether a change request (変更要求) with this id exists. */
    public boolean isChangeRequest(long ticketId) {
        return transactions.executeRead(status -> snapshots.isChangeRequest(ticketId));
    }

    public SnapshotLink link(long changeRequestId, Long before, Long after, long version, Actor actor) {
        return transactions.executeWrite(status -> linking.link(changeRequestId, before, after, version, actor));
    }

    /** 構成管理台帳.xlsx of one snapshot: its resources, and its diff on a second sheet. */
    public byte[] workbook(long id, LocalDate today) {
        return ConfigurationLedgerWorkbook.write(get(id), today);
    }
}
