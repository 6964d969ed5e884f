package jp.resas.ops.functions.sla;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import jp.resas.ops.slawatch.AlertPublisher;
import jp.resas.ops.slawatch.SlaAlert;
import jp.resas.ops.slawatch.infrastructure.SlaWatchService;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * {@code ticket-sla}: invoked on a schedule, raises each SLA warning and breach once. The scheduler's
 * event carries nothing we need. Answers how many alerts this run raised.
 */
public final class TicketSlaHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    static final String TOPIC_ENV = "SLA_ALERT_TOPIC_ARN";

    private final SlaWatchService watch;
    private final AlertPublisher publisher;

    /** Lambda's entry: the platform's context and an SNS client from the SDK's default settings. */
    public TicketSlaHandler() {
        this(platformContext().getBean(SlaWatchService.class), new SnsAlertPublisher(
                SnsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build(), topicArn()));
    }

    /** Test seam: the watch and where alerts go. */
    public TicketSlaHandler(SlaWatchService watch, AlertPublisher publisher) {
        this.watch = watch;
        this.publisher = publisher;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        List<SlaAlert> raised = watch.run(publisher);
        return Map.of("raised", raised.size(),
                "breaches", raised.stream().filter(a -> a.level() == SlaAlert.Level.BREACHED).count());
    }

    /**
     * The Micronaut context of this Lambda. Replace with the platform's shared context
     * ({@code functions/platform}) once it exists; until then configuration comes from environment
     * variables, e.g. {@code DATASOURCES_DEFAULT_URL}.
     */
    static ApplicationContext platformContext() {
        return ApplicationContext.run();
    }

    private static String topicArn() {
        String arn = System.getenv(TOPIC_ENV);
        if (arn == null || arn.isBlank()) {
            throw new IllegalStateException(TOPIC_ENV + " is not set: the SNS topic for SLA alerts");
        }
        return arn;
    }
}
