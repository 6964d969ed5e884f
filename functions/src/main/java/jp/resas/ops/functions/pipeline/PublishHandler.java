package jp.resas.ops.functions.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import jp.resas.ops.functions.platform.HandlerMetrics;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.pipeline.infrastructure.PublishService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code pipeline-publish}: switches the dataset to the approved version and records it (データ更新一覧, データ出典一覧). */
public final class PublishHandler extends StepHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PublishHandler.class);

    private final PublishService publishing;

    public PublishHandler() {
        this(LambdaPlatform.start());
    }

    public PublishHandler(ApplicationContext context) {
        this(context.getBean(PublishService.class), context.getBean(ObjectMapper.class), HandlerMetrics.of(context));
    }

    PublishHandler(PublishService publishing, ObjectMapper json, HandlerMetrics metrics) {
        super(json, metrics, "PipelinePublished");
        this.publishing = publishing;
    }

    @Override
    Object handle(JsonNode event) {
        RunId run = runId(event);
        VersionId version = publishing.publish(run);
        LOG.info("run {} published version {}", run.value(), version.value());
        return Map.of("runId", run.value(), "versionId", version.value());
    }
}
