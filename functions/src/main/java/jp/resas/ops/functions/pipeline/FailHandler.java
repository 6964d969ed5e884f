package jp.resas.ops.functions.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import jp.resas.ops.functions.platform.HandlerMetrics;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.FailureService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pipeline-fail}: the Catch of every state ends here with the error; the run is marked failed (or
 * rejected), its version discarded and, unless the approver rejected it, a data-update incident raised.
 */
public final class FailHandler extends StepHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailHandler.class);

    private final FailureService failures;

    public FailHandler() {
        this(LambdaPlatform.start());
    }

    public FailHandler(ApplicationContext context) {
        this(context.getBean(FailureService.class), context.getBean(ObjectMapper.class), HandlerMetrics.of(context));
    }

    FailHandler(FailureService failures, ObjectMapper json, HandlerMetrics metrics) {
        super(json, metrics, "PipelineFailed");
        this.failures = failures;
    }

    @Override
    Object handle(JsonNode event) {
        RunId id = runId(event);
        JsonNode error = event.path("error");
        Run run = failures.fail(id, error.path("Error").asText("Pipeline.Failed"), error.path("Cause").asText(""),
                text(event, "executionName"));
        LOG.warn("run {} ended {}: {}", id.value(), run.status(), run.failureReason());
        return Map.of("runId", id.value(), "status", run.status().name(),
                "incidentId", run.incidentId() == null ? 0 : run.incidentId());
    }
}
