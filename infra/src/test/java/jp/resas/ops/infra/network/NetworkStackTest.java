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
    void flowLogs_captureAllTrafficToCloudWatchLogs() {
        network.hasResourceProperties("AWS::EC2::FlowLog", Map.of(
                "ResourceType", "VPC",
                "TrafficType", "ALL",
                "LogDestinationType", "cloud-watch-logs"));
    }

    @Test
    void subnets_arePublicPrivateAndIsolatedInTwoZones() {
        network.resourceCountIs("AWS::EC2::Subnet", 6);
    }
}
