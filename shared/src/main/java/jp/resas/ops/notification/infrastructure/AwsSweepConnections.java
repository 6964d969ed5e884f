package jp.resas.ops.notification.infrastructure;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/**
 * The sweep's AWS connections, each a bean only where its setting is given, so only those functions' contexts
 * name the Lambda or the Scheduler client and only their deployment assets carry those SDK modules (issue 18):
 * {@code alarm-intake} and the API invoke the sweep, {@code incident-notify} re-arms it. {@link SweepRelay}
 * refuses to start when a setting is given but its connection could not be built (its SDK module missing).
 */
@Factory
class AwsSweepConnections {

    /** The platform's Lambda client ({@code AwsClientFactory}: the SDK's default builder). */
    @Singleton
    @Bean(typed = LambdaSweepTrigger.class)
    @Requires(property = SweepRelay.FUNCTION)
    @Requires(classes = LambdaClient.class)
    LambdaSweepTrigger lambdaSweepTrigger(LambdaClient lambda, NotificationSettings settings) {
        return new LambdaSweepTrigger(lambda, settings.sweep().function());
    }

    /** The platform's Scheduler client ({@code AwsClientFactory}: the SDK's default builder). */
    @Singleton
    @Bean(typed = ScheduledSweepWakeups.class)
    @Requires(property = SweepRelay.GROUP)
    @Requires(classes = SchedulerClient.class)
    ScheduledSweepWakeups scheduledSweepWakeups(SchedulerClient scheduler, NotificationSettings settings) {
        NotificationSettings.Sweep sweep = settings.sweep();
        return new ScheduledSweepWakeups(scheduler, sweep.scheduleGroup(), sweep.targetArn(), sweep.roleArn());
    }
}
