package jp.resas.ops.infra.data;

import java.util.List;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Port;
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
import software.amazon.awscdk.services.rds.DatabaseProxy;
import software.amazon.awscdk.services.rds.DatabaseProxyOptions;
import software.constructs.Construct;

/**
 * Aurora Serverless v2 PostgreSQL 16 in the isolated subnets, reached only through an RDS Proxy
 * that requires TLS. Functions attach {@link DatabaseAccess#clientSecurityGroup()} to get through.
 */
public final class DataStack extends Stack {

    /** Fixed so the PostgreSQL log group can be created (with a retention) before the cluster. */
    static final String CLUSTER_IDENTIFIER = "resas-ops";
    static final String DATABASE_NAME = "resas_ops";
    private static final int POSTGRES_PORT = 5432;

    private final DatabaseCluster cluster;
    private final DatabaseAccess access;

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
                // 0.5 ACU floor, not 0: a cluster behind an RDS Proxy never auto-pauses.
                .serverlessV2MinCapacity(0.5)
                .serverlessV2MaxCapacity(8)
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

        SecurityGroup proxySecurityGroup = SecurityGroup.Builder.create(this, "ProxySecurityGroup")
                .vpc(props.vpc())
                .description("RDS Proxy in front of the RESAS Ops Aurora cluster")
                .allowAllOutbound(false)
                .build();
        SecurityGroup clients = SecurityGroup.Builder.create(this, "DatabaseClients")
                .vpc(props.vpc())
                .description("Attached to RESAS Ops functions that use the database")
                .allowAllOutbound(true)
                .build();
        DatabaseProxy proxy = cluster.addProxy("Proxy", DatabaseProxyOptions.builder()
                .vpc(props.vpc())
                .vpcSubnets(isolated)
                .secrets(List.of(cluster.getSecret()))
                .securityGroups(List.of(proxySecurityGroup))
                .requireTls(true)
                .iamAuth(false)
                .build());
        proxy.getConnections().allowFrom(clients, Port.tcp(POSTGRES_PORT), "RESAS Ops functions to RDS Proxy");
        cluster.getConnections().allowDefaultPortFrom(proxy, "RDS Proxy to Aurora");

        this.access = new DatabaseAccess(cluster.getSecret(), proxy.getEndpoint(), DATABASE_NAME, clients);
        new DatabaseBackupPlan(this, "Backup", cluster);
        acceptNagFindings();
    }

    private void acceptNagFindings() {
        Suppress.rule(cluster, "AwsSolutions-RDS6",
                "Clients authenticate to the RDS Proxy with the Secrets Manager credentials (the handlers' "
                        + "JDBC contract); the cluster accepts connections only from the proxy's security group.");
        // The generated DatabaseSecret, not cluster.getSecret(), which is its target attachment.
        Suppress.rule(cluster.getNode().findChild("Secret"), "AwsSolutions-SMG4",
                "Handlers cache the password in their connection pool for the life of a Lambda instance, so a "
                        + "rotation would break warm instances; enable rotation once they re-read the secret on "
                        + "authentication failure or switch to RDS Proxy IAM authentication (INFRA.md).");
    }

    public DatabaseAccess databaseAccess() {
        return access;
    }

    public DatabaseCluster cluster() {
        return cluster;
    }
}
