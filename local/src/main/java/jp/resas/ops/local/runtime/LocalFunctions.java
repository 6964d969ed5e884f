package jp.resas.ops.local.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import jp.resas.ops.functions.alarm.AlarmIntakeHandler;
import jp.resas.ops.functions.sla.TicketSlaHandler;
import jp.resas.ops.functions.access.AccessCollectorHandler;
import jp.resas.ops.functions.cost.CostCollectorHandler;
import jp.resas.ops.functions.logs.LogCollectorHandler;
import jp.resas.ops.functions.metrics.MetricsCollectorHandler;

/** The Lambda functions that can run in-process, by the names they have in AWS. */
public final class LocalFunctions {

    private final Map<String, Function<ApplicationContext, RequestStreamHandler>> functions = new TreeMap<>();

    public LocalFunctions() {
        functions.put("alarm-intake", AlarmIntakeHandler::new);
        functions.put("ticket-sla", context -> json(new TicketSlaHandler(context), context));
        functions.put("attachment-retention", context -> json(
                new jp.resas.ops.functions.attachment.AttachmentRetentionHandler(context), context));
        functions.put("cost-collector", CostCollectorHandler::new);
        functions.put("metrics-collector", MetricsCollectorHandler::new);
        functions.put("log-collector", LogCollectorHandler::new);
        functions.put("access-collector", AccessCollectorHandler::new);
        functions.put("asset-discovery", context -> json(new jp.resas.ops.functions.ledger.AssetDiscoveryHandler(context),
                context));
        functions.put("ledger-watch", context -> json(new jp.resas.ops.functions.ledger.LedgerWatchHandler(context),
                context));
        functions.put("configuration-snapshot", context -> json(
                new jp.resas.ops.functions.ledger.ConfigurationSnapshotHandler(context), context));
        functions.put("account-collection", context -> json(
                new jp.resas.ops.functions.ledger.AccountCollectionHandler(context), context));
        functions.put("vulnerability-collector", context -> json(
                new jp.resas.ops.functions.security.VulnerabilityCollectorHandler(context), context));
        functions.put("incident-notify", context -> json(
                new jp.resas.ops.functions.notification.IncidentNotifyHandler(context), context));
        functions.put("report-schedule", context -> json(
                new jp.resas.ops.functions.report.ReportScheduleHandler(context), context));
        jp.resas.ops.local.pipeline.PipelineFunctions.register(functions);
    }

    public Set<String> names() {
        return functions.keySet();
    }

    public Optional<RequestStreamHandler> handler(String name, ApplicationContext context) {
        return Optional.ofNullable(functions.get(name)).map(factory -> factory.apply(context));
    }

    /** A POJO handler taking and answering JSON objects, seen as a stream handler as Lambda's runtime does. */
    private static RequestStreamHandler json(RequestHandler<Map<String, Object>, ?> handler, ApplicationContext context) {
        ObjectMapper json = context.getBean(ObjectMapper.class);
        return (InputStream input, OutputStream output, Context lambda) -> {
            byte[] bytes = input.readAllBytes();
            @SuppressWarnings("unchecked")
            Map<String, Object> event = bytes.length == 0 ? Map.of() : json.readValue(bytes, Map.class);
            output.write(json.writeValueAsBytes(handler.handleRequest(event, lambda)));
        };
    }
}
