package jp.resas.ops.sfn.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jp.resas.ops.sfn.Execution;
import jp.resas.ops.sfn.ExecutionStatus;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.testing.SfnTestKit;
import org.junit.jupiter.api.Test;

class JsonataAndVariablesTest {

    @Test
    void jsonataArgumentsOutputAndAssign_flowThroughATask() {
        Execution e = SfnTestKit.of("""
                {"QueryLanguage": "JSONata", "StartAt": "Collect", "States": {
                  "Collect": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                    "Arguments": {"FunctionName": "Collect", "Payload": {"code": "{% $states.input.code %}"}},
                    "Assign": {"rows": "{% $states.result.Payload.rows %}"},
                    "Output": "{% $states.result.Payload %}", "Next": "Check"},
                  "Check": {"Type": "Choice", "Choices": [
                      {"Condition": "{% $rows > 10 %}", "Next": "Big", "Output": {"size": "big", "rows": "{% $rows %}"}}],
                    "Default": "Small"},
                  "Big": {"Type": "Succeed"},
                  "Small": {"Type": "Fail", "Error": "TooSmall", "Cause": "{% 'only ' & $string($rows) & ' rows' %}"}}}""")
                .lambda("Collect", event -> Json.object().put("rows", event.get("code").asText().length() * 10))
                .run("{\"code\":\"13101\"}");

        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(e.output()).isEqualTo(Json.parse("{\"size\":\"big\",\"rows\":50}"));
    }

    @Test
    void jsonataFailState_evaluatesItsCause() {
        Execution e = SfnTestKit.of("""
                {"QueryLanguage": "JSONata", "StartAt": "Count", "States": {
                  "Count": {"Type": "Pass", "Assign": {"rows": "{% $count($states.input.items) %}"}, "Next": "Small"},
                  "Small": {"Type": "Fail", "Error": "TooSmall", "Cause": "{% 'only ' & $string($rows) & ' rows' %}"}}}""")
                .run("{\"items\":[1,2]}");

        assertThat(e.error()).isEqualTo("TooSmall");
        assertThat(e.cause()).isEqualTo("only 2 rows");
    }

    @Test
    void jsonPathVariables_areReadWithDollarName_andScopedToTheirMapIteration() {
        Execution e = SfnTestKit.of("""
                {"StartAt": "Remember", "States": {
                  "Remember": {"Type": "Pass", "Assign": {"round": 3, "source.$": "$.source"}, "Next": "Each"},
                  "Each": {"Type": "Map", "ItemsPath": "$.items", "ItemProcessor": {"StartAt": "Tag", "States": {
                      "Tag": {"Type": "Pass", "Parameters": {"v.$": "$", "round.$": "$round", "src.$": "$source"},
                              "End": true}}},
                    "End": true}}}""")
                .run("{\"source\":\"e-Stat\",\"items\":[1,2]}");

        assertThat(e.output()).isEqualTo(Json.parse(
                "[{\"v\":1,\"round\":3,\"src\":\"e-Stat\"},{\"v\":2,\"round\":3,\"src\":\"e-Stat\"}]"));
    }

    @Test
    void aJsonataError_failsWithQueryEvaluationError_namingTheState() {
        Execution e = SfnTestKit.of("""
                {"QueryLanguage": "JSONata", "StartAt": "Bad", "States": {
                  "Bad": {"Type": "Pass", "Output": "{% $number('x') + %}", "End": true}}}""")
                .run("{}");

        assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(e.cause()).startsWith("An error occurred while executing the state 'Bad' (entered at the event id #2).");
    }
}
