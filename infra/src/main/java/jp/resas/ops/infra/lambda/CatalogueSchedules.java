package jp.resas.ops.infra.lambda;

import java.util.Map;
import jp.resas.ops.catalogue.Catalogue;
import jp.resas.ops.catalogue.ScheduleSpec;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.TimeZone;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.scheduler.ISchedule;
import software.amazon.awscdk.services.scheduler.IScheduleTarget;
import software.amazon.awscdk.services.scheduler.Schedule;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.scheduler.ScheduleTargetInput;
import software.amazon.awscdk.services.scheduler.targets.LambdaInvoke;
import software.amazon.awscdk.services.scheduler.targets.StepFunctionsStartExecution;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;

/**
 * The stacks' view of the schedule catalogue ({@code catalogue/schedules.json} in shared/): a stack creates every
 * schedule the catalogue puts in it (EventBridge Scheduler; cron in Japan time), targeting the functions' live
 * aliases and the state machines it hands over by name.
 */
public final class CatalogueSchedules {

    private CatalogueSchedules() {
    }

    /**
     * Creates the catalogue's schedules of {@code stack}; {@code functions} (by catalogue name, their live aliases)
     * and {@code stateMachines} (by name) are the targets they may name.
     */
    public static java.util.List<ISchedule> wire(Stack stack, Map<String, IFunction> functions,
            Map<String, IStateMachine> stateMachines) {
        Catalogue catalogue = CatalogueFunctions.catalogue();
        return catalogue.schedulesOf(stack.getNode().getId()).stream()
                .map(spec -> (ISchedule) Schedule.Builder.create(stack, spec.id().orElseThrow())
                        .description(spec.description())
                        .schedule(spec.cron() ? ScheduleExpression.expression(spec.expression(), TimeZone.ASIA_TOKYO)
                                : ScheduleExpression.expression(spec.expression()))
                        .target(target(spec, functions, stateMachines))
                        .build())
                .toList();
    }

    private static IScheduleTarget target(ScheduleSpec spec, Map<String, IFunction> functions,
            Map<String, IStateMachine> stateMachines) {
        ScheduleTargetInput input = ScheduleTargetInput.fromText(spec.input());
        if (spec.function().isPresent()) {
            IFunction function = functions.get(spec.function().get());
            if (function == null) {
                throw new IllegalArgumentException(Catalogue.SCHEDULES + ": schedule '" + spec.name()
                        + "': field 'function' names " + spec.function().get() + ", which " + spec.stack().orElseThrow()
                        + " does not hand to its schedules (it has " + functions.keySet() + ")");
            }
            LambdaInvoke.Builder target = LambdaInvoke.Builder.create(function).input(input)
                    .retryAttempts(spec.retryAttempts());
            spec.maxEventAge().ifPresent(age -> target.maxEventAge(Duration.seconds(age.toSeconds())));
            return target.build();
        }
        IStateMachine machine = stateMachines.get(spec.stateMachine().orElseThrow());
        if (machine == null) {
            throw new IllegalArgumentException(Catalogue.SCHEDULES + ": schedule '" + spec.name()
                    + "': field 'stateMachine' names " + spec.stateMachine().get() + ", which "
                    + spec.stack().orElseThrow() + " does not hand to its schedules (it has " + stateMachines.keySet() + ")");
        }
        StepFunctionsStartExecution.Builder target = StepFunctionsStartExecution.Builder.create(machine).input(input)
                .retryAttempts(spec.retryAttempts());
        spec.maxEventAge().ifPresent(age -> target.maxEventAge(Duration.seconds(age.toSeconds())));
        return target.build();
    }
}
