package jp.resas.ops.functions.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.resas.ops.dataset.processing.ValidationReport;
import jp.resas.ops.functions.platform.HandlerMetrics;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.pipeline.Chunk;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pipeline-process}: with a {@code chunk}, processes, validates and loads it into the run's staged
 * version (one Distributed Map item); with {@code "action": "complete"}, finishes the validation over
 * every chunk and answers whether the version passed.
 */
public final class ProcessHandler extends StepHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessHandler.class);

    private final PipelineService pipeline;
    private final ObjectMapper json;

    public ProcessHandler() {
        this(LambdaPlatform.start());
    }

    public ProcessHandler(ApplicationContext context) {
        this(context.getBean(PipelineService.class), context.getBean(ObjectMapper.class), HandlerMetrics.of(context));
    }

    ProcessHandler(PipelineService pipeline, ObjectMapper json, HandlerMetrics metrics) {
        super(json, metrics, "PipelineProcessed");
        this.pipeline = pipeline;
        this.json = json;
    }

    @Override
    Object handle(JsonNode event) {
        RunId run = runId(event);
        if ("complete".equals(text(event, "action"))) {
            ValidationReport report = pipeline.complete(run, event.path("versionId").canConvertToLong()
                    ? new VersionId(event.path("versionId").asLong()) : null);
            LOG.info("run {} validated: {} observations, {} errors, {} warnings", run.value(), report.observations(),
                    report.errors(), report.warnings());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("runId", run.value());
            answer.put("passed", report.passed());
            answer.put("errors", report.errors());
            answer.put("warnings", report.warnings());
            answer.put("observations", report.observations());
            return answer;
        }
        Chunk chunk = json.convertValue(event.path("chunk"), Chunk.class);
        Map<String, Object> answer = pipeline.processChunkRecordingFailure(run, chunk,
                rows -> LOG.info("run {} chunk {}: {} rows processed", run.value(), chunk.index(), rows));
        LOG.info("run {} chunk {} loaded: {}", run.value(), chunk.index(), answer);
        return answer;
    }
}
