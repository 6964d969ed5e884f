package jp.resas.ops.sfn.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import jp.resas.ops.sfn.CdkStateMachine;
import jp.resas.ops.sfn.CdkTemplates;
import jp.resas.ops.sfn.internal.asl.State;
import org.junit.jupiter.api.Test;

class CdkTemplatesTest {

    private static Path cdkOut() throws URISyntaxException {
        return Path.of(CdkTemplatesTest.class.getResource("/sfn/cdk-fixture").toURI());
    }

    private static CdkStateMachine named(List<CdkStateMachine> machines, String name) {
        return machines.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void machines_areNamedByStateMachineName_elseByLogicalId() throws Exception {
        List<CdkStateMachine> machines = CdkTemplates.read(cdkOut(), "ap-northeast-1", "123456789012");

        assertThat(machines).extracting(CdkStateMachine::name)
                .containsExactlyInAnyOrder("ResasOps-Greeting", "NotifyStateMachine4A5B6C7D");
        assertThat(machines).allMatch(m -> m.stack().equals("ResasOps-Pipeline"));
    }

    @Test
    void fnJoin_withRefAndGetAtt_rebuildsTheDefinition() throws Exception {
        CdkStateMachine greeting = named(CdkTemplates.read(cdkOut(), "ap-northeast-1", "123456789012"),
                "ResasOps-Greeting");

        State.Task greet = (State.Task) greeting.machine().definition().state("Greet");
        assertThat(greet.resource()).isEqualTo("arn:aws:states:::lambda:invoke");
        assertThat(greeting.machine().json().at("/States/Greet/Parameters/FunctionName").asText())
                .isEqualTo("arn:aws:lambda:ap-northeast-1:123456789012:function:GreetFunctionA1B2C3D4");
        assertThat(greeting.machine().json().at("/States/Store/Parameters/Bucket").asText()).isEqualTo("resas-ops-raw");
        assertThat(((State.Task) greeting.machine().definition().state("Shout")).resource())
                .isEqualTo("arn:aws:lambda:ap-northeast-1:123456789012:function:resas-ops-shout");
    }

    @Test
    void lambdaReferences_areBoundToTheFunctionsHandler() throws Exception {
        CdkStateMachine greeting = named(CdkTemplates.read(cdkOut(), "ap-northeast-1", "1"), "ResasOps-Greeting");

        assertThat(greeting.handlers())
                .containsEntry("GreetFunctionA1B2C3D4", "jp.resas.ops.local.sfn.testutils.GreetingHandler::handleRequest")
                .containsEntry("resas-ops-shout",
                        "jp.resas.ops.local.sfn.testutils.UpperCaseStreamHandler::handleRequest");
    }

    @Test
    void fnSub_withVariablesAndPseudoParameters_isResolved() throws Exception {
        CdkStateMachine notify = named(CdkTemplates.read(cdkOut(), "ap-northeast-1", "123456789012"),
                "NotifyStateMachine4A5B6C7D");

        assertThat(notify.machine().json().at("/States/Notify/Resource").asText())
                .isEqualTo("arn:aws:states:::sns:publish");
        assertThat(notify.machine().json().at("/States/Notify/Parameters/TopicArn").asText())
                .isEqualTo("arn:aws:sns:ap-northeast-1:123456789012:resas-ops-alarms");
    }
}
