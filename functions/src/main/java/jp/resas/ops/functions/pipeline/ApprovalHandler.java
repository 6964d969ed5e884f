package jp.resas.ops.functions.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import jp.resas.ops.functions.platform.HandlerMetrics;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.ApprovalService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pipeline-approval}: invoked with {@code .waitForTaskToken}; keeps the token with the run so the
 * approver's decision (portal or CLI) can complete the task. The token is a credential: never logged.
 */
public final class ApprovalHandler extends StepHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovalHandler.class);

    private final ApprovalService approvals;

    public ApprovalHandler() {
        this(LambdaPlatform.start());
    }

    public ApprovalHandler(ApplicationContext context) {
        this(context.getBean(ApprovalService.class), context.getBean(ObjectMapper.class), HandlerMetrics.of(context));
    }

    ApprovalHandler(ApprovalService approvals, ObjectMapper json, HandlerMetrics metrics) {
        super(json, metrics, "PipelineAwaitingApproval");
        this.approvals = approvals;
    }

    @Override
    Object handle(JsonNode event) {
        RunId run = runId(event);
        String token = text(event, "taskToken");
        if (token == null) {
            throw new IllegalArgumentException("taskToken: is missing (invoke with .waitForTaskToken)");
        }
        approvals.awaiting(run, token, text(event, "executionName"));
        LOG.info("run {} awaits the owner's approval", run.value());
        return Map.of("runId", run.value(), "status", "AWAITING_APPROVAL");
    }
}
