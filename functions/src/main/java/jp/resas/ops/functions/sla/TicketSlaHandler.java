package jp.resas.ops.functions.sla;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.meeting.MinutesAlert;
import jp.resas.ops.meeting.infrastructure.MinutesWatchService;
import jp.resas.ops.slawatch.AlertPublisher;
import jp.resas.ops.slawatch.SlaAlert;
import jp.resas.ops.slawatch.infrastructure.SlaSettings;
import jp.resas.ops.slawatch.infrastructure.SlaWatchService;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * {@code ticket-sla}: invoked on a schedule, raises each SLA warning and breach once, then each minutes
 * (議事録) reminder and breach once. The scheduler's event carries nothing we need. Answers how many
 * alerts this run raised.
 */
public final class TicketSlaHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    /** The SNS topic of SLA alerts ({@code RESAS_SLA_ALERT_TOPIC_ARN}, set by the ServiceDesk stack; {@link SlaSettings}). */
    static final String TOPIC_PROPERTY = SlaSettings.TOPIC_PROPERTY;

    private final SlaWatchService watch;
    private final AlertPublisher publisher;
    private final MinutesWatchService minutes;
    private final Consumer<MinutesAlert> minutesPublisher;

    /** Lambda's entry: the platform's context from the function's environment. */
    public TicketSlaHandler() {
        this(LambdaPlatform.start());
    }

    /** The watch of {@code context}; alerts to the SNS topic its configuration names ({@value #TOPIC_PROPERTY}). */
    public TicketSlaHandler(ApplicationContext context) {
        this(context.getBean(SlaWatchService.class), context.getBean(MinutesWatchService.class),
                publisher(context.getBean(SlaSettings.class).topic(),
                        context.getProperty(LambdaPlatform.FUNCTION_NAME_PROPERTY, String.class).isPresent(),
                        () -> context.getBean(SnsClient.class)));
    }

    /** The ticket watch and the minutes watch, alerts of both to {@code publisher}. */
    TicketSlaHandler(SlaWatchService watch, MinutesWatchService minutes, SchedulePublisher publisher) {
        this(watch, publisher, minutes, publisher::publish);
    }

    /** Test seam: the watches and where their alerts go. */
    public TicketSlaHandler(SlaWatchService watch, AlertPublisher publisher, MinutesWatchService minutes,
            Consumer<MinutesAlert> minutesPublisher) {
        this.watch = watch;
        this.publisher = publisher;
        this.minutes = minutes;
        this.minutesPublisher = minutesPublisher;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        List<SlaAlert> raised = watch.run(publisher);
        List<MinutesAlert> minutesRaised = minutes.run(minutesPublisher);
        return Map.of("raised", raised.size(),
                "breaches", raised.stream().filter(a -> a.level() == SlaAlert.Level.BREACHED).count(),
                "minutesAlerts", minutesRaised.size());
    }

    /**
     * SNS where a topic is configured (in AWS always; locally with LocalStack), through the platform's SNS client
     * (the SDK's default builder, so {@code AWS_ENDPOINT_URL} applies). On one machine without
     * one, alerts still reach the ticket timelines and the log.
     */
    static SchedulePublisher publisher(java.util.Optional<String> topicArn, boolean inLambda, Supplier<SnsClient> sns) {
        java.util.Optional<String> arn = topicArn.filter(value -> !value.isBlank());
        if (arn.isPresent()) {
            return new SnsAlertPublisher(sns.get(), arn.get());
        }
        if (inLambda) {
            throw new IllegalStateException(TOPIC_PROPERTY + " (RESAS_SLA_ALERT_TOPIC_ARN) is not set: the SNS topic "
                    + "for SLA alerts");
        }
        return new LoggedAlertPublisher();
    }
}
