package jp.resas.ops.infra.data;

import java.util.List;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.DatabaseSecret;
import software.constructs.Construct;

/**
 * Aurora Serverless v2 PostgreSQL 16 in the isolated subnets, scaling to 0 ACU and pausing when idle.
 * Functions connect directly (TLS) and attach {@link DatabaseAccess#clientSecurityGroup()} to get through;
 * their reserved concurrency times their pool size stays under {@link #CONNECTION_BUDGET}.
 */
public final class DataStack extends Stack {

    /** Fixed so the PostgreSQL log group can be created (with a retention) before the cluster. */
    static final String CLUSTER_IDENTIFIER = "resas-ops";
    static final String DATABASE_NAME = "resas_ops";
    /** The application's database role (created by migration V40, enabled by the migration function). */
    static final String APPLICATION_ROLE = "resas_app";
    /** Maximum capacity; Aurora derives max_connections from it (about 1,800 at 8 ACU for PostgreSQL). */
    static final int MAX_ACU = 8;
    /**
     * Connections all functions may hold at once (reserved concurrency x pool size, summed): well under
     * the cluster's max_connections, with room left for the migration function and a person's psql.
     */
    public static final int CONNECTION_BUDGET = 200;
    /** Idle time before the writer pauses (Aurora accepts 300 s to 1 day). */
    static final Duration AUTO_PAUSE_AFTER = Duration.minutes(10);

    private final DatabaseCluster cluster;
    private final DatabaseAccess access;
    private final DatabaseBackupPlan backup;
    private final DatabaseSecret applicationSecret;
    private final DatabaseMigration migration;

    public DataStack(Construct scope, String id, DataStackProps props) {
        super(scope, id, props.stack());
        SubnetSelection isolated = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();
        LogGroup postgresLogs = LogGroup.Builder.create(this, "PostgresLogs")
                .logGroupName("/aws/rds/cluster/" + CLUSTER_IDENTIFIER + "/postgresql")
                .retention(RetentionDays.ONE_YEAR)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        this.cluster = DatabaseCluster.Builder.create(this, "Cluster")
                .clusterIdentifier(CLUSTER_IDENTIFIER)
                // 16.6 matches the embedded PostgreSQL the single-machine runtime runs (pom.xml).
                .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
                        .version(AuroraPostgresEngineVersion.VER_16_6).build()))
                .credentials(Credentials.fromGeneratedSecret("resas_admin"))
                .defaultDatabaseName(DATABASE_NAME)
                // Writer only: async retries and the dead-letter queue absorb the minutes a
                // single-instance recovery takes, and a reader would double the floor cost.
                .writer(ClusterInstance.serverlessV2("Writer"))
                // 0 ACU: the writer pauses after AUTO_PAUSE_AFTER without connections and resumes (~15 s)
                // on the next one. Nothing holds a connection open (no proxy, pools keep no idle ones).
                .serverlessV2MinCapacity(0)
                .serverlessV2MaxCapacity(MAX_ACU)
                .serverlessV2AutoPauseDuration(AUTO_PAUSE_AFTER)
                .vpc(props.vpc())
                .vpcSubnets(isolated)
                .storageEncrypted(true)
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.SNAPSHOT)
                .backup(BackupProps.builder()
                        .retention(Duration.days(14))
                        .preferredWindow("16:00-17:00") // 01:00-02:00 JST
                        .build())
                .preferredMaintenanceWindow("Sun:17:30-Sun:18:30") // Monday 02:30 JST
                .cloudwatchLogsExports(List.of("postgresql"))
                .build();
        cluster.getNode().addDependency(postgresLogs);

        SecurityGroup clients = SecurityGroup.Builder.create(this, "DatabaseClients")
                .vpc(props.vpc())
                .description("Attached to RESAS Ops functions that use the database")
                .allowAllOutbound(true)
                .build();
        cluster.getConnections().allowDefaultPortFrom(clients, "RESAS Ops functions to Aurora");

        // The application's functions log in as resas_app (data rights only, V40); the master user is the
        // migration function's alone.
        this.applicationSecret = DatabaseSecret.Builder.create(this, "ApplicationSecret")
                .username(APPLICATION_ROLE)
                .build();
        this.access = new DatabaseAccess(applicationSecret, cluster.getClusterEndpoint().getHostname(),
                DATABASE_NAME, clients);
        this.migration = new DatabaseMigration(this, "Migration", props.functions(), props.vpc(), cluster,
                applicationSecret, clients, DATABASE_NAME);
        this.backup = new DatabaseBackupPlan(this, "Backup", cluster);
        acceptNagFindings();
    }

    private void acceptNagFindings() {
        Suppress.rule(applicationSecret, "AwsSolutions-SMG4",
                "Functions hold the application role's password in their pools; rotation waits until they re-read "
                        + "it on an authentication failure (docs/infrastructure.md). The pool is refreshed after a "
                        + "SnapStart restore.");
        Suppress.rule(cluster, "AwsSolutions-RDS6",
                "Functions authenticate with the Secrets Manager credentials over TLS (the handlers' JDBC "
                        + "contract); the cluster accepts connections only from the DatabaseClients security group.");
        // The generated DatabaseSecret, not cluster.getSecret(), which is its target attachment.
        Suppress.rule(cluster.getNode().findChild("Secret"), "AwsSolutions-SMG4",
                "Handlers cache the password in their connection pool for the life of a Lambda instance, so a "
                        + "rotation would break warm instances; enable rotation once they re-read the secret on "
                        + "authentication failure (docs/infrastructure.md).");
    }

    public DatabaseAccess databaseAccess() {
        return access;
    }

    /** The migration function's trigger, for stacks or tests that must order themselves after it. */
    public software.amazon.awscdk.triggers.TriggerFunction migrationFunction() {
        return migration.function();
    }

    /** Where restore testing hooks in (not configured yet: security-operations work). */
    public DatabaseBackupPlan backup() {
        return backup;
    }

    public DatabaseCluster cluster() {
        return cluster;
    }
}
