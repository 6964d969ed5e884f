package jp.resas.ops.functions.pipeline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import jp.resas.ops.functions.platform.HandlerMetrics;
import jp.resas.ops.pipeline.RunId;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/** The plumbing every step shares: JSON in, Powertools logging around the step, JSON out, one metric. */
abstract class StepHandler implements RequestStreamHandler {

    private final ObjectMapper json;
    private final HandlerMetrics metrics;
    private final String metric;

    StepHandler(ObjectMapper json, HandlerMetrics metrics, String metric) {
        this.json = json;
        this.metrics = metrics;
        this.metric = metric;
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = json.readTree(input);
        Object answer = PowertoolsLogging.withLogging(context, () -> handle(event));
        metrics.publish(Map.of(metric, 1));
        output.write(json.writeValueAsBytes(answer));
    }

    abstract Object handle(JsonNode event);

    static RunId runId(JsonNode event) {
        JsonNode id = event.path("runId");
        if (!id.canConvertToLong()) {
            throw new IllegalArgumentException("runId: is missing or not a number");
        }
        return new RunId(id.asLong());
    }

    static String text(JsonNode event, String field) {
        JsonNode value = event.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
