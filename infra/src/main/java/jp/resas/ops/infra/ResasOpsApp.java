package jp.resas.ops.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.infra.api.ApiStack;
import jp.resas.ops.infra.api.ApiStackProps;
import jp.resas.ops.infra.collectors.CollectorsStack;
import jp.resas.ops.infra.collectors.CollectorsStackProps;
import jp.resas.ops.infra.data.DataStack;
import jp.resas.ops.infra.data.DataStackProps;
import jp.resas.ops.infra.lambda.FunctionsJar;
import jp.resas.ops.infra.ledger.LedgersStack;
import jp.resas.ops.infra.ledger.LedgersStackProps;
import jp.resas.ops.infra.monitoring.EveryPartAlarms;
import jp.resas.ops.infra.monitoring.MonitoringStack;
import jp.resas.ops.infra.monitoring.MonitoringStackProps;
import jp.resas.ops.infra.monitored.MonitoredAccounts;
import jp.resas.ops.infra.monitored.MonitoredSystemSource;
import jp.resas.ops.infra.network.NetworkStack;
import jp.resas.ops.infra.pipeline.PipelineStack;
import jp.resas.ops.infra.pipeline.PipelineStackProps;
import jp.resas.ops.infra.servicedesk.ServiceDeskStack;
import jp.resas.ops.infra.servicedesk.ServiceDeskStackProps;
import jp.resas.ops.monitored.MonitoredSystem;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/** The CDK app: wires the stacks of each concern together and runs cdk-nag over all of them. */
public final class ResasOpsApp {

    static final String DEFAULT_REGION = "ap-northeast-1";
    private static final String CROSS_STACK_REFERENCES = "@aws-cdk/core:defaultCrossStackReferences";

    /** The wired stacks, for tests and for anything that adds to the app. */
    public record Stacks(NetworkStack network, DataStack data, ApiStack api, MonitoringStack monitoring,
            ServiceDeskStack serviceDesk, CollectorsStack collectors, PipelineStack pipeline, LedgersStack ledgers) {
    }

    private ResasOpsApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        wire(app, environment(System.getenv()), FunctionsJar.locate());
        app.synth();
    }

    public static Stacks wire(App app, Environment environment, FunctionsJar functions) {
        // cdk.json's feature flags, also when a test builds the App (the CLI passes them itself).
        FeatureFlags.apply(app, FeatureFlags.read(java.nio.file.Path.of("")));
        // Explicitly the long-standing behaviour: a stack cannot drop an output another stack imports.
        app.getNode().setContext(CROSS_STACK_REFERENCES, "strong");
        MonitoredSystem watched = MonitoredSystemSource.of(app, System.getenv());
        NetworkStack network = new NetworkStack(app, "ResasOps-Network", props(environment, "VPC, NAT, endpoints"));
        DataStack data = new DataStack(app, "ResasOps-Data",
                new DataStackProps(props(environment, "Aurora Serverless v2 (0 ACU, auto-pause), migrations, backups"), network.vpc(),
                        functions));
        ApiStack api = new ApiStack(app, "ResasOps-Api", new ApiStackProps(
                props(environment, "HTTP API, Cognito, ops API function"), network.vpc(), data.databaseAccess(),
                functions));
        ServiceDeskStack serviceDesk = new ServiceDeskStack(app, "ResasOps-ServiceDesk", new ServiceDeskStackProps(
                props(environment, "SLA watch of the service desk"), network.vpc(), data.databaseAccess(), functions));
        MonitoringStack monitoring = new MonitoringStack(app, "ResasOps-Monitoring", new MonitoringStackProps(
                props(environment, "Alarm intake and the platform's own alarms"), network.vpc(),
                data.databaseAccess(), functions, List.of(api.opsApiFunction(), serviceDesk.ticketSlaFunction())));
        CollectorsStack collectors = new CollectorsStack(app, "ResasOps-Collectors", new CollectorsStackProps(
                props(environment, "Log, metrics, cost and access collectors"), network.vpc(), data.databaseAccess(),
                functions, List.of(api.opsApiFunction(), monitoring.alarmIntakeFunction(),
                        serviceDesk.ticketSlaFunction()), api.httpApi().getApiId(), api.accessLogGroup(),
                "resas-ops", Optional.ofNullable((String) app.getNode().tryGetContext("resas:distributionId"))));
        PipelineStack pipeline = new PipelineStack(app, "ResasOps-Pipeline", new PipelineStackProps(
                props(environment, "Data pipeline: state machine, buckets, schedule"), network.vpc(), data.databaseAccess(), functions));
        LedgersStack ledgers = new LedgersStack(app, "ResasOps-Ledgers", new LedgersStackProps(
                props(environment, "Asset ledger: discovery and expiry watch"), network.vpc(), data.databaseAccess(), functions));
        new jp.resas.ops.infra.notification.NotificationsStack(app, "ResasOps-Notifications",
                new jp.resas.ops.infra.notification.NotificationsStackProps(props(environment,
                        "Notifications: topic, notification sweep, report schedule"), network.vpc(), data.databaseAccess(),
                        functions, api.attachmentBucket(), api.httpApi().getApiEndpoint(), context(app, "resas:notifyEmail"),
                        context(app, "resas:chatWebhookSecretName")));
        jp.resas.ops.infra.security.SecOpsStack secOps = new jp.resas.ops.infra.security.SecOpsStack(app,
                "ResasOps-SecOps", new jp.resas.ops.infra.security.SecOpsStackProps(props(environment,
                        "Security operations: vulnerability collector, bucket backups, restore testing"), network.vpc(),
                        data.databaseAccess(), functions, List.of(pipeline.rawBucket(), api.attachmentBucket()),
                        data.cluster().getClusterArn(), data.backup().vault().getBackupVaultArn()));
        java.util.List<? extends software.amazon.awscdk.Stack> watchedAccounts =
                MonitoredAccounts.wire(app, watched, monitoring, collectors, ledgers);
        MonitoredAccounts.grantAssume(watched, secOps.vulnerabilityCollector().function());
        MonitoredAccounts.grantAssume(watched, secOps.backupCollector().function());
        // Last, so every stack wired above (and any added before this line) is covered.
        EveryPartAlarms.cover(app, new java.util.HashSet<>(watchedAccounts));
        Optional.ofNullable((String) app.getNode().tryGetContext("resas:alarmEmail")).filter(e -> !e.isBlank())
                .ifPresent(email -> monitoring.alarmTopic().addSubscription(
                        new software.amazon.awscdk.services.sns.subscriptions.EmailSubscription(email)));
        // Reports (one CSV per stack) land in the cloud assembly directory next to the templates.
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().reports(true).verbose(true).build()));
        return new Stacks(network, data, api, monitoring, serviceDesk, collectors, pipeline, ledgers);
    }

    /**
     * The account and region the CLI resolved, when it did; otherwise region ap-northeast-1 and no
     * account, so synthesis needs no credentials and makes no lookups.
     */
    public static Environment environment(Map<String, String> env) {
        String region = env.getOrDefault("CDK_DEFAULT_REGION", DEFAULT_REGION);
        Environment.Builder builder = Environment.builder().region(region.isBlank() ? DEFAULT_REGION : region);
        String account = env.get("CDK_DEFAULT_ACCOUNT");
        if (account != null && !account.isBlank()) {
            builder.account(account);
        }
        return builder.build();
    }

    private static Optional<String> context(App app, String key) {
        return Optional.ofNullable((String) app.getNode().tryGetContext(key)).filter(value -> !value.isBlank());
    }

    private static StackProps props(Environment environment, String description) {
        return StackProps.builder().env(environment).description("RESAS Ops: " + description).build();
    }
}
