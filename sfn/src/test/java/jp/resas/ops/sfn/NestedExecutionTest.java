package jp.resas.ops.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NestedExecutionTest {

    private final StateMachine child = StateMachine.parse("Child", """
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 0, "Next": "Double"}],
                        "Default": "Refuse"},
              "Double": {"Type": "Pass", "Parameters": {"n.$": "States.MathAdd($.n, $.n)"}, "End": true},
              "Refuse": {"Type": "Fail", "Error": "NotPositive", "Cause": "n must be positive"}}}""");

    private final StateMachine parent = StateMachine.parse("Parent", """
            {"StartAt": "Run", "States": {"Run": {"Type": "Task",
              "Resource": "arn:aws:states:::states:startExecution.sync:2",
              "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Child",
                             "Input": {"n.$": "$.n"}},
              "OutputPath": "$.Output", "End": true}}}""");

    @Test
    void startExecutionSync2_runsTheChild_andReturnsItsOutputAsJson() {
        Runner runner = new Runner(RunnerConfig.builder().build()).register(child);

        Execution e = runner.run(parent, null, Json.parse("{\"n\":21}"));

        assertThat(e.output()).isEqualTo(Json.parse("{\"n\":42}"));
        assertThat(runner.executions()).hasSize(2);
    }

    @Test
    void aFailedChild_failsTheTask_withTheChildsErrorInTheCause() {
        Runner runner = new Runner(RunnerConfig.builder().build()).register(child);

        Execution e = runner.run(parent, null, Json.parse("{\"n\":0}"));

        assertThat(e.error()).isEqualTo("States.TaskFailed");
        assertThat(Json.parse(e.cause()).get("Error").asText()).isEqualTo("NotPositive");
    }
}
