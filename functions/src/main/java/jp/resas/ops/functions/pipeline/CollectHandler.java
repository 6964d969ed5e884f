package jp.resas.ops.functions.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.functions.platform.HandlerMetrics;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.pipeline.Chunk;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pipeline-collect}: with {@code "action": "start"}, makes the run when the execution was started
 * by the schedule (no runId yet; the schedule's planned time names it, so a second delivery of the same
 * schedule answers {@code duplicate} and its execution stops);
 * otherwise stores the raw data with its checksum and provenance and answers the chunks for the Map.
 */
public final class CollectHandler extends StepHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CollectHandler.class);

    private final PipelineService pipeline;

    public CollectHandler() {
        this(LambdaPlatform.start());
    }

    public CollectHandler(ApplicationContext context) {
        this(context.getBean(PipelineService.class), context.getBean(ObjectMapper.class), HandlerMetrics.of(context));
    }

    CollectHandler(PipelineService pipeline, ObjectMapper json, HandlerMetrics metrics) {
        super(json, metrics, "PipelineCollected");
        this.pipeline = pipeline;
    }

    @Override
    Object handle(JsonNode event) {
        if ("start".equals(text(event, "action")) && !event.hasNonNull("runId") && text(event, "scheduledTime") != null) {
            return startScheduled(event);
        }
        RunId run = event.hasNonNull("runId") ? runId(event) : start(event);
        if ("start".equals(text(event, "action"))) {
            return started(run.value(), false);
        }
        jp.resas.ops.pipeline.CollectingRun.Collected collected = pipeline.collect(run, text(event, "inboxKey"), text(event, "executionName"));
        List<Chunk> chunks = collected.chunks();
        LOG.info("run {} collected into version {}: {} chunk(s)", run.value(), collected.version().value(), chunks.size());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("runId", run.value());
        answer.put("versionId", collected.version().value());
        answer.put("chunks", chunks.stream().map(chunk -> Map.of("runId", run.value(), "chunk", chunk)).toList());
        return answer;
    }

    /** The run of the schedule's planned time, or {@code duplicate} when another execution made it. */
    private Map<String, Object> startScheduled(JsonNode event) {
        String dataset = text(event, "dataset");
        return pipeline.startScheduled(dataset, text(event, "scheduledTime"))
                .map(run -> started(run.id().value(), false))
                .orElseGet(() -> {
                    LOG.warn("schedule of {} at {} delivered again: this execution stops", dataset,
                            text(event, "scheduledTime"));
                    return started(null, true);
                });
    }

    private static Map<String, Object> started(Long runId, boolean duplicate) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("runId", runId);
        answer.put("duplicate", duplicate);
        return answer;
    }

    private RunId start(JsonNode event) {
        String dataset = text(event, "dataset");
        String name = text(event, "executionName");
        if (dataset == null || name == null) {
            throw new IllegalArgumentException("dataset and executionName are required when runId is absent");
        }
        Long round = event.path("roundId").canConvertToLong() ? event.path("roundId").asLong() : null;
        String reference = text(event, "referenceDate");
        // An execution started outside the API (the schedule, or by hand in the console) with no round is
        // an out-of-round run: it runs, and the audit log says so; with a round, the round's gate applies.
        Run run = pipeline.start(dataset, round, name, reference == null ? null : LocalDate.parse(reference),
                text(event, "startedBy") == null ? "scheduler" : text(event, "startedBy"), round == null);
        return run.id();
    }
}
