package jp.resas.ops.local.pipeline;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.function.Function;
import jp.resas.ops.functions.pipeline.ApprovalHandler;
import jp.resas.ops.functions.pipeline.CollectHandler;
import jp.resas.ops.functions.pipeline.FailHandler;
import jp.resas.ops.functions.pipeline.ProcessHandler;
import jp.resas.ops.functions.pipeline.PublishHandler;

/** The pipeline's Lambda functions by their AWS names, for {@code resas-ops invoke} and the local runner. */
public final class PipelineFunctions {

    public static final Map<String, Class<? extends RequestStreamHandler>> HANDLERS = Map.of(
            "pipeline-collect", CollectHandler.class,
            "pipeline-process", ProcessHandler.class,
            "pipeline-approval", ApprovalHandler.class,
            "pipeline-publish", PublishHandler.class,
            "pipeline-fail", FailHandler.class);

    private PipelineFunctions() {
    }

    public static void register(Map<String, Function<ApplicationContext, RequestStreamHandler>> functions) {
        functions.put("pipeline-collect", CollectHandler::new);
        functions.put("pipeline-process", ProcessHandler::new);
        functions.put("pipeline-approval", ApprovalHandler::new);
        functions.put("pipeline-publish", PublishHandler::new);
        functions.put("pipeline-fail", FailHandler::new);
    }
}
