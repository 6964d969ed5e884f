package jp.resas.ops.functions.alarm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.List;
import jp.resas.ops.alarm.IntakeResult;
import jp.resas.ops.alarm.infrastructure.AlarmIntakeService;
import org.crac.Context;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart priming of {@code alarm-intake} (a CRaC {@link Resource}, as the Lambda developer guide's priming
 * section describes): before the snapshot, one alarm event runs through the intake's whole request path (parse,
 * the intake's SQL on a pooled connection, the answer's JSON) inside a transaction that is rolled back, so the
 * classes and code of a first request are loaded and compiled in the snapshot and nothing is written. The pool's
 * connections are closed afterwards by the platform's own resource ({@code DatabaseCheckpoint}, registered
 * first, so called after this one). No metric is published and no notification sweep is started.
 */
final class AlarmIntakePriming implements Resource {

    private static final Logger LOG = LoggerFactory.getLogger(AlarmIntakePriming.class);

    /** An EventBridge alarm state change, the shape of the CloudWatch User Guide's example. */
    static final String EVENT = """
            {"version":"0","id":"snapstart-priming","detail-type":"CloudWatch Alarm State Change",
             "source":"aws.cloudwatch","account":"123456789012","time":"2026-01-01T00:00:00Z","region":"ap-northeast-1",
             "resources":["arn:aws:cloudwatch:ap-northeast-1:123456789012:alarm:snapstart-priming"],
             "detail":{"alarmName":"snapstart-priming","configuration":{"metrics":[{"id":"m1","metricStat":{"metric":{
               "dimensions":{"InstanceId":"i-12345678901234567"},"name":"CPUUtilization","namespace":"AWS/EC2"},
               "period":300,"stat":"Average"},"returnData":true}]},
               "previousState":{"reason":"priming","timestamp":"2026-01-01T00:00:00.000+0000","value":"OK"},
               "state":{"reason":"priming","timestamp":"2026-01-01T00:00:01.000+0000","value":"ALARM"}}}
            """;

    private final AlarmIntakeService intake;
    private final TransactionOperations<Connection> transactions;
    private final ObjectMapper json;

    AlarmIntakePriming(ApplicationContext context) {
        this(context.getBean(AlarmIntakeService.class),
                context.getBean(Argument.of(TransactionOperations.class, Connection.class)),
                context.getBean(ObjectMapper.class));
    }

    @SuppressWarnings("unchecked")
    private AlarmIntakePriming(AlarmIntakeService intake, TransactionOperations<?> transactions, ObjectMapper json) {
        this.intake = intake;
        this.transactions = (TransactionOperations<Connection>) transactions;
        this.json = json;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        List<IntakeResult> results = prime();
        LOG.info("primed before the snapshot: {} notice(s) taken and rolled back", results.size());
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to restore: priming keeps no state.
    }

    /** The request path once, rolled back: what it would have answered. */
    List<IntakeResult> prime() {
        return transactions.executeWrite(status -> {
            status.setRollbackOnly();
            List<IntakeResult> results = intake.receive(EVENT);
            try {
                json.writeValueAsBytes(results.stream().map(AlarmIntakeHandler::view).toList());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("priming could not write the answer: " + e.getMessage(), e);
            }
            return results;
        });
    }
}
