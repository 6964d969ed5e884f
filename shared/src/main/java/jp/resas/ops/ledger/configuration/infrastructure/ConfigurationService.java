package jp.resas.ops.ledger.configuration.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
import jp.resas.ops.ledger.configuration.SnapshotLink;
import jp.resas.ops.ledger.configuration.SnapshotSummary;
import jp.resas.ops.ledger.configuration.SnapshottingConfiguration;
import jp.resas.ops.ledger.asset.DiscoveringAssets;
import jp.resas.ops.monitored.MonitoredSystem;

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

    ConfigurationService(TransactionOperations<Connection> transactions, ConfigurationSnapshots snapshots,
            DeployedConfiguration own, DeployedConfigurations others, MonitoredSystem system, AuditLog audit,
            Clock clock, ObjectMapper json,
            @Value("${resas.ledger.regions:ap-northeast-1,us-east-1}") String regions,
            @Value("${resas.ledger.aws-config:false}") boolean awsConfig) {
        this.transactions = transactions;
        this.snapshots = snapshots;
        List<AccountConfiguration> accounts = new ArrayList<>();
        accounts.add(new AccountConfiguration("", own, Arrays.stream(regions.split(","))
                .map(String::strip).filter(r -> !r.isEmpty()).distinct().toList(), awsConfig));
        system.accounts().forEach(account -> accounts.add(new AccountConfiguration(
                DiscoveringAssets.scopePrefix(account.name()), others.of(account), account.regions(), awsConfig)));
        this.reading = new ReadingConfiguration(accounts);
        this.snapshotting = new SnapshottingConfiguration(snapshots, audit, clock);
        this.linking = new LinkingSnapshots(snapshots, audit, clock);
        this.templates = new CdkOutTemplates(json);
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

    public List<SnapshotSummary> list(Optional<ConfigurationSource> source, Optional<Long> afterId, int limit) {
        return transactions.executeRead(status -> snapshots.list(source, afterId, limit));
    }

    public Snapshot get(long id) {
        return transactions.executeRead(status -> snapshots.find(id)).orElseThrow(() ->
                new NotFoundException("構成管理台帳のスナップショット (ID " + id + ") はありません。"));
    }

    public Optional<SnapshotLink> link(long changeRequestId) {
        return transactions.executeRead(status -> snapshots.isChangeRequest(changeRequestId)
                ? snapshots.findLink(changeRequestId) : Optional.<SnapshotLink>empty());
    }

    public SnapshotLink link(long changeRequestId, Long before, Long after, long version, Actor actor) {
        return transactions.executeWrite(status -> linking.link(changeRequestId, before, after, version, actor));
    }

    /** 構成管理台帳.xlsx of one snapshot: its resources, and its diff on a second sheet. */
    public byte[] workbook(long id, LocalDate today) {
        return ConfigurationLedgerWorkbook.write(get(id), today);
    }
}
