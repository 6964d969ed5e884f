package jp.resas.ops.infra.monitoring;

import java.util.List;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.Map;
import software.amazon.awscdk.services.stepfunctions.Pass;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.CatchProps;
import software.amazon.awscdk.services.stepfunctions.TaskInput;
import software.amazon.awscdk.services.stepfunctions.tasks.LambdaInvoke;
import software.constructs.Construct;

/**
 * {@code resas-ops-alarm-replay}: feeds a batch of alarm events (e.g. the dead-letter queue's
 * contents after a fix, or deliveries missed during an outage) through alarm intake one at a time.
 * Intake is idempotent, so replaying what was already applied changes nothing; an event intake
 * still rejects is reported with its error instead of stopping the batch.
 * Input: {@code {"events": [ … ]}}; output: one {@code {"results"…}} or {@code {"rejected"…}} per event.
 */
final class AlarmReplay extends Construct {

    static final String STATE_MACHINE_NAME = "resas-ops-alarm-replay";

    private final StateMachine stateMachine;

    AlarmReplay(Construct scope, String id, ResasFunction alarmIntake) {
        super(scope, id);
        LambdaInvoke intake = LambdaInvoke.Builder.create(this, "Intake")
                .lambdaFunction(alarmIntake.alias())
                .payload(TaskInput.fromJsonPathAt("$.event"))
                .resultSelector(java.util.Map.of("results.$", "$.Payload.results"))
                .build();
        Pass rejected = Pass.Builder.create(this, "Rejected")
                .parameters(java.util.Map.of("rejected", true, "error.$", "$.failure.Error", "cause.$", "$.failure.Cause"))
                .build();
        intake.addCatch(rejected, CatchProps.builder().errors(List.of("States.ALL")).resultPath("$.failure").build());

        Map each = Map.Builder.create(this, "ReplayEach")
                .itemsPath("$.events")
                .itemSelector(java.util.Map.of("event.$", "$$.Map.Item.Value"))
                // One at a time: replays keep the original order of the batch.
                .maxConcurrency(1)
                .build();
        each.itemProcessor(intake);

        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                // Step Functions delivers logs as vended logs; under this prefix the delivery's resource policy
                // has room (the account's 5,120-character limit on CloudWatch Logs resource policies).
                .logGroupName("/aws/vendedlogs/states/" + STATE_MACHINE_NAME)
                .retention(RetentionDays.ONE_YEAR)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        this.stateMachine = StateMachine.Builder.create(this, "StateMachine")
                .stateMachineName(STATE_MACHINE_NAME)
                .definitionBody(DefinitionBody.fromChainable(each))
                .timeout(Duration.hours(1))
                .tracingEnabled(true)
                .logs(LogOptions.builder().destination(logs).level(LogLevel.ALL).includeExecutionData(true).build())
                .build();
        Suppress.findings(stateMachine.getRole(), "AwsSolutions-IAM5",
                "X-Ray trace segments and CloudWatch Logs log delivery (vended logs) have no resource-level "
                        + "permissions; Step Functions requires these actions on '*'.", List.of("Resource::*"));
    }

    StateMachine stateMachine() {
        return stateMachine;
    }
}
