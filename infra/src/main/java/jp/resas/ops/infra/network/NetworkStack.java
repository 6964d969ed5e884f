package jp.resas.ops.infra.network;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.constructs.Construct;

/**
 * The VPC: two AZs, public subnets holding one NAT gateway, private subnets with egress for the
 * Lambdas (they call e-Stat, Cost Explorer and other AWS APIs), isolated subnets for Aurora and
 * Aurora, an S3 gateway endpoint (free, and keeps bulk data off the NAT), and flow logs to S3.
 */
public final class NetworkStack extends Stack {

    /** Flow logs stay a year (the incident reports look back that far), after 30 days in Glacier IR. */
    static final int FLOW_LOGS_KEPT_DAYS = 365;
    static final int FLOW_LOGS_TO_GLACIER_DAYS = 30;

    private final Vpc vpc;
    private final Bucket flowLogs;

    public NetworkStack(Construct scope, String id, StackProps props) {
        super(scope, id, props);
        this.vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
                .maxAzs(2)
                // One NAT gateway: a second one doubles the fixed cost for an internal tool whose
                // outbound calls are retried anyway if an AZ fails.
                .natGateways(1)
                .subnetConfiguration(List.of(
                        subnet("public", SubnetType.PUBLIC),
                        subnet("app", SubnetType.PRIVATE_WITH_EGRESS),
                        subnet("data", SubnetType.PRIVATE_ISOLATED)))
                .gatewayEndpoints(Map.of("S3",
                        GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.S3).build()))
                .build();
        // S3, not CloudWatch Logs: ingestion there costs about 0.76 USD/GB against 0.25 USD/GB delivered
        // to S3, and the objects move to Glacier Instant Retrieval after a month. Athena reads them.
        this.flowLogs = Bucket.Builder.create(this, "FlowLogs")
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .removalPolicy(RemovalPolicy.RETAIN)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("flow-logs")
                        .transitions(List.of(Transition.builder()
                                .storageClass(StorageClass.GLACIER_INSTANT_RETRIEVAL)
                                .transitionAfter(Duration.days(FLOW_LOGS_TO_GLACIER_DAYS)).build()))
                        .expiration(Duration.days(FLOW_LOGS_KEPT_DAYS))
                        .build()))
                .build();
        Suppress.rule(flowLogs, "AwsSolutions-S1", "Written only by the VPC flow-log delivery service and read by "
                + "people investigating traffic; server access logs of the log bucket would add cost, not evidence.");
        vpc.addFlowLog("FlowLog", FlowLogOptions.builder()
                .destination(FlowLogDestination.toS3(flowLogs))
                .trafficType(FlowLogTrafficType.ALL)
                .build());
    }

    private static SubnetConfiguration subnet(String name, SubnetType type) {
        return SubnetConfiguration.builder().name(name).subnetType(type).cidrMask(24).build();
    }

    public Bucket flowLogBucket() {
        return flowLogs;
    }

    public IVpc vpc() {
        return vpc;
    }
}
