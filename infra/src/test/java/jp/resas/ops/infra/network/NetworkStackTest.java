package jp.resas.ops.infra.network;

import static jp.resas.ops.infra.testutils.SynthesizedApp.stacks;
import static jp.resas.ops.infra.testutils.SynthesizedApp.template;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class NetworkStackTest {

    private final Template network = template(stacks().network());

    @Test
    void egress_goesThroughOneNatGateway() {
        network.resourceCountIs("AWS::EC2::NatGateway", 1);
    }

    @Test
    void s3_isReachedThroughAGatewayEndpoint() {
        network.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of(
                "VpcEndpointType", "Gateway",
                "ServiceName", Map.of("Fn::Join", List.of("", Match.arrayWith(List.of(".s3"))))));
    }

    @Test
    void flowLogs_captureAllTraffic_intoS3_notCloudWatchLogs() {
        network.hasResourceProperties("AWS::EC2::FlowLog", Map.of(
                "ResourceType", "VPC",
                "TrafficType", "ALL",
                "LogDestinationType", "s3"));
        network.resourceCountIs("AWS::Logs::LogGroup", 0);
    }

    @Test
    void flowLogBucket_movesLogsToGlacierAfterAMonth_andExpiresThemAfterAYear() {
        network.hasResourceProperties("AWS::S3::Bucket", Map.of("LifecycleConfiguration", Map.of("Rules", List.of(
                Match.objectLike(Map.of(
                        "Status", "Enabled",
                        "ExpirationInDays", 365,
                        "Transitions", List.of(Map.of("StorageClass", "GLACIER_IR", "TransitionInDays", 30))))))));
    }

    @Test
    void subnets_arePublicPrivateAndIsolatedInTwoZones() {
        network.resourceCountIs("AWS::EC2::Subnet", 6);
    }
}
