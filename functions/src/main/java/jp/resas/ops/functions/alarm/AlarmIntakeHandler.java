package jp.resas.ops.functions.alarm;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.alarm.IntakeResult;
import jp.resas.ops.alarm.MalformedAlarmEventException;
import jp.resas.ops.alarm.infrastructure.AlarmIntakeService;
import jp.resas.ops.functions.platform.FunctionBeans;
import jp.resas.ops.functions.platform.HandlerMetrics;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.notification.infrastructure.NotificationSweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * {@code alarm-intake}: takes an alarm state change however AWS delivers it (EventBridge rule, SNS
 * subscription, alarm Lambda action) and answers what it did to which incident. A malformed event
 * fails the invocation, so AWS retries it and then sends it to the dead-letter queue; nothing is written.
 * After the transaction, when an incident of severity 1–2 waits for its page, the notification sweep is
 * started at once ({@link NotificationSweep#triggerIfPageDue}); a retried event triggers it again.
 */
public final class AlarmIntakeHandler implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AlarmIntakeHandler.class);

    private final AlarmIntakeService intake;
    private final ObjectMapper json;
    private final HandlerMetrics metrics;
    private final NotificationSweep sweep;
    /** SnapStart priming (none when built from its parts), kept here: CRaC holds its resources weakly. */
    private AlarmIntakePriming priming;

    /** As the Lambda runtime builds it: the platform from the environment, primed before a SnapStart snapshot. */
    public AlarmIntakeHandler() {
        this(LambdaPlatform.start(FunctionBeans.ALARM_INTAKE));
        org.crac.Core.getGlobalContext().register(priming);
    }

    public AlarmIntakeHandler(ApplicationContext context) {
        this(context.getBean(AlarmIntakeService.class), context.getBean(ObjectMapper.class),
                HandlerMetrics.of(context), context.getBean(NotificationSweep.class));
        priming = new AlarmIntakePriming(context);
    }

    AlarmIntakeHandler(AlarmIntakeService intake, ObjectMapper json, HandlerMetrics metrics, NotificationSweep sweep) {
        this.intake = intake;
        this.json = json;
        this.metrics = metrics;
        this.sweep = sweep;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Object> answer = PowertoolsLogging.withLogging(context, () -> handle(event));
        output.write(json.writeValueAsBytes(answer));
    }

    private Map<String, Object> handle(String event) {
        List<IntakeResult> results;
        try {
            results = intake.receive(event);
        } catch (MalformedAlarmEventException e) {
            LOG.error("rejected malformed alarm event: {}", e.getMessage());
            metrics.publish(Map.of("AlarmEventsRejected", 1));
            throw e;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        results.forEach(result -> counts.merge("Alarm" + camel(result.outcome()), 1, Integer::sum));
        metrics.publish(counts);
        LOG.info("alarm event applied: {}", counts);
        if (sweep.triggerIfPageDue()) {
            LOG.info("a severity 1-2 incident waits for its page: notification sweep started");
        }
        return Map.of("results", results.stream().map(AlarmIntakeHandler::view).toList());
    }

    static Map<String, Object> view(IntakeResult result) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("outcome", result.outcome().name());
        view.put("incidentId", result.incident().map(id -> id.value()).orElse(null));
        return view;
    }

    private static String camel(IntakeResult.Outcome outcome) {
        StringBuilder name = new StringBuilder();
        for (String word : outcome.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return name.toString();
    }
}
