package jp.resas.ops.pipeline.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.UnavailableException;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The real SDK client against a local endpoint answering SendTaskSuccess/SendTaskFailure in JSON 1.0. */
class StepFunctionsCallbacksTest {

    static final String JSON_10 = "application/x-amz-json-1.0";
    private static final String TOKEN = "AQCEAAAAKgAAAAMAAAAAAAAAAfake+task/token==";
    private static final RunId RUN = new RunId(42);

    private final FakeAws aws = new FakeAws();
    private final StepFunctionsCallbacks callbacks = new StepFunctionsCallbacks(aws.client(SfnClient.builder()));

    @AfterEach
    void stop() {
        aws.close();
    }

    static FakeAws.Request only(FakeAws aws, String operation) {
        assertThat(aws.requests(operation)).hasSize(1);
        return aws.requests(operation).get(0);
    }

    static JsonNode body(FakeAws.Request request) throws IOException {
        return new ObjectMapper().readTree(request.body());
    }

    static void refuse(FakeAws aws, String operation, String error) {
        aws.answer(operation, 400, JSON_10, Resources.bytes("aws/stepfunctions/apiref_error_" + error + ".json"));
    }

    @Test
    void givenAnApproval_whenSent_thenSendTaskSuccessCarriesTheTokenAndTheLocalRunnersOutput() throws IOException {
        aws.answerJson("AWSStepFunctions.SendTaskSuccess", Resources.text("aws/stepfunctions/apiref_SendTaskSuccess.json"), JSON_10);

        callbacks.approved(TOKEN, RUN);

        FakeAws.Request request = only(aws, "AWSStepFunctions.SendTaskSuccess");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Content-Type")).isEqualTo(JSON_10);
        assertThat(request.header("X-Amz-Target")).isEqualTo("AWSStepFunctions.SendTaskSuccess");
        assertThat(request.header("Authorization")).contains("/ap-northeast-1/states/aws4_request");
        assertThat(body(request).path("taskToken").asText()).isEqualTo(TOKEN);
        assertThat(new ObjectMapper().readTree(body(request).path("output").asText()).path("approved").asBoolean()).isTrue();
    }

    @Test
    void givenARejection_whenSent_thenSendTaskFailureCarriesTheTokenTheRejectedErrorAndTheComment() throws IOException {
        aws.answerJson("AWSStepFunctions.SendTaskFailure", Resources.text("aws/stepfunctions/apiref_SendTaskSuccess.json"), JSON_10);

        callbacks.rejected(TOKEN, RUN, "数値が前回と大きく異なる");

        JsonNode body = body(only(aws, "AWSStepFunctions.SendTaskFailure"));
        assertThat(body.path("taskToken").asText()).isEqualTo(TOKEN);
        assertThat(body.path("error").asText()).isEqualTo("Pipeline.Rejected");
        assertThat(body.path("cause").asText()).isEqualTo("数値が前回と大きく異なる");
    }

    @Test
    void givenATaskThatTimedOut_whenApproving_thenAConflictNamesTaskTimedOutAndNotTheToken() {
        refuse(aws, "AWSStepFunctions.SendTaskSuccess", "TaskTimedOut");

        assertThatThrownBy(() -> callbacks.approved(TOKEN, RUN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("APPROVAL_NOT_DELIVERED"))
                .hasMessageContaining("TaskTimedOut").hasMessageContaining("判断は記録されていません")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void givenAnInvalidTokenWithTheServicesNamespacedType_whenRejecting_thenAConflictNamesInvalidToken() {
        refuse(aws, "AWSStepFunctions.SendTaskFailure", "InvalidToken_namespaced");

        assertThatThrownBy(() -> callbacks.rejected(TOKEN, RUN, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("InvalidToken");
    }

    @Test
    void givenAMissingPermission_whenApproving_thenUnavailableNamingTheError() {
        refuse(aws, "AWSStepFunctions.SendTaskSuccess", "AccessDeniedException");

        assertThatThrownBy(() -> callbacks.approved(TOKEN, RUN))
                .isInstanceOf(UnavailableException.class).hasMessageContaining("AccessDeniedException");
    }
}
