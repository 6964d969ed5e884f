package jp.resas.ops.ledger.configuration.infrastructure;

import static jp.resas.ops.ledger.configuration.infrastructure.CloudFormationAnswers.XML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import jp.resas.ops.ledger.asset.SourceUnavailableException;
import jp.resas.ops.ledger.configuration.ConfiguredResource;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.config.ConfigClient;

/**
 * The real SDK clients against a local endpoint answering responses built from the API references
 * (aws/ledger/README.md): CloudFormation in its Query/XML wire format ({@code Action} form parameter,
 * XML answers), AWS Config in JSON 1.1 ({@code X-Amz-Target: StarlingDoveService.<Operation>}).
 */
class AwsDeployedConfigurationTest {

    static final String JSON_11 = "application/x-amz-json-1.1";

    private final FakeAws aws = new FakeAws();
    private final AwsDeployedConfiguration configuration = new AwsDeployedConfiguration(
            region -> aws.client(CloudFormationClient.builder()), region -> aws.client(ConfigClient.builder()),
            "", new ObjectMapper());

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void stacks_followEveryPage_withTheTemplatesPropertiesAndTheDeployedIds() {
        new CloudFormationAnswers().serveAll(aws);

        List<ConfiguredResource> found = configuration.stacks("ap-northeast-1");

        assertThat(found).extracting(ConfiguredResource::key).containsExactly(
                "cloudformation:ap-northeast-1 ResasOps-Api/ApiFunction1A2B3C4D",
                "cloudformation:ap-northeast-1 ResasOps-Api/AccessLogs5D3E1F2A",
                "cloudformation:ap-northeast-1 ResasOps-Ledgers/LedgerWatchSchedule0A1B2C3D");
        ConfiguredResource function = found.get(0);
        assertThat(function.physicalId()).isEqualTo("resas-ops-api");
        assertThat(function.type()).isEqualTo("AWS::Lambda::Function");
        assertThat(function.properties()).containsEntry("MemorySize", "512").containsEntry("Runtime", "java17")
                .containsEntry("Environment.Variables.TZ", "Asia/Tokyo")
                .containsEntry("Role", "{\"Fn::GetAtt\":[\"ApiFunctionServiceRole\",\"Arn\"]}")
                .containsEntry("Architectures", "[\"arm64\"]").doesNotContainKey("Tags");
        // the stack's tags, then the resource's own
        assertThat(function.tags()).containsEntry("Project", "resas-ops").containsEntry("Name", "ops API");
        assertThat(found.get(1).properties()).containsEntry(
                "BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm", "AES256");
        assertThat(found.get(2).properties()).containsEntry("ScheduleExpressionTimezone", "Asia/Tokyo");
        assertThat(aws.requests("DescribeStacks")).hasSize(2);
        assertThat(aws.requests("DescribeStacks").get(1).form()).containsEntry("NextToken", "eyJuZXh0IjoiUmVzYXNPcHMtTGVkZ2VycyJ9");
        assertThat(aws.requests("ListStackResources")).hasSize(3);
        assertThat(aws.requests("ListStackResources").get(1).form()).containsEntry("NextToken", "cGFnZTI=");
        // the stack under review has nothing deployed: no template asked for
        assertThat(aws.requests("GetTemplate")).hasSize(2)
                .noneSatisfy(r -> assertThat(r.form().get("StackName")).contains("ResasOps-Trial"));
    }

    @Test
    void throttling_isRetriedByTheSdk_andTheScopeStillReadsInFull() {
        aws.answer("DescribeStacks", 400, XML, CloudFormationAnswers.error("Throttling", "Rate exceeded"))
                .answer("DescribeStacks", 200, XML, ("<DescribeStacksResponse xmlns=\"http://cloudformation.amazonaws.com/"
                        + "doc/2010-05-15/\"><DescribeStacksResult><Stacks/></DescribeStacksResult><ResponseMetadata>"
                        + "<RequestId>1</RequestId></ResponseMetadata></DescribeStacksResponse>").getBytes());

        assertThat(configuration.stacks("ap-northeast-1")).isEmpty();
        assertThat(aws.requests("DescribeStacks")).hasSize(2);
    }

    @Test
    void accessDenied_makesTheScopeUnavailable_namingTheCode() {
        aws.answer("DescribeStacks", 403, XML, CloudFormationAnswers.error("AccessDenied",
                "User: arn:aws:sts::123456789012:assumed-role/ResasOpsRead/x is not authorized to perform: "
                        + "cloudformation:DescribeStacks"));

        assertThatThrownBy(() -> configuration.stacks("us-east-1")).isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("AccessDenied").hasMessageContaining("cloudformation:DescribeStacks");
        assertThat(aws.requests("DescribeStacks")).hasSize(1);
    }

    @Test
    void awsConfig_listsEachRecordedType_everyPage_andReadsTheItemsInBatches() {
        aws.answerJson("StarlingDoveService.GetDiscoveredResourceCounts",
                        Resources.text("aws/ledger/apiref_get-discovered-resource-counts.json"), JSON_11)
                .answerJson("StarlingDoveService.ListDiscoveredResources",
                        Resources.text("aws/ledger/apiref_list-discovered-resources_page1.json"), JSON_11)
                .answerJson("StarlingDoveService.ListDiscoveredResources",
                        Resources.text("aws/ledger/apiref_list-discovered-resources_page2.json"), JSON_11)
                .answerJson("StarlingDoveService.BatchGetResourceConfig",
                        Resources.text("aws/ledger/apiref_batch-get-resource-config.json"), JSON_11);

        List<ConfiguredResource> found = configuration.recorded("ap-northeast-1");

        assertThat(found).extracting(ConfiguredResource::key).containsExactly(
                "config:ap-northeast-1 AWS::S3::Bucket/resas-ops-access-logs",
                "config:ap-northeast-1 AWS::S3::Bucket/resas-ops-attachments");
        assertThat(found.get(0).properties()).containsEntry("arn", "arn:aws:s3:::resas-ops-access-logs")
                .containsEntry("configuration.owner.id", "abc");
        // the type with no resources is not listed
        assertThat(aws.requests("StarlingDoveService.ListDiscoveredResources")).hasSize(2)
                .allSatisfy(r -> assertThat(r.body()).contains("\"resourceType\":\"AWS::S3::Bucket\""));
        assertThat(aws.requests("StarlingDoveService.ListDiscoveredResources").get(1).body()).contains("\"nextToken\":\"QUFBQkJC\"");
        assertThat(aws.requests("StarlingDoveService.BatchGetResourceConfig")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("resas-ops-access-logs", "resas-ops-attachments"));
    }
}
