package jp.resas.ops.functions.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.util.Map;
import jp.resas.ops.functions.platform.FunctionBeans;
import jp.resas.ops.functions.platform.InProcessContext;
import jp.resas.ops.functions.platform.LambdaPlatform;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API Gateway HTTP API (payload 2.0) in, the platform's controllers answer. Before a SnapStart snapshot it
 * answers one {@code GET /health} ({@link #prime()}: routing, the security filter chain, JSON encoding; no
 * database, no token), so the restored function starts with that request path loaded and initialised.
 */
public final class OpsApiHandler extends APIGatewayV2HTTPEventFunction implements Resource {

    private static final Logger LOG = LoggerFactory.getLogger(OpsApiHandler.class);

    public OpsApiHandler() {
        super(LambdaPlatform.start(FunctionBeans.API));
        // CRaC keeps resources weakly: the handler lives as long as the function.
        Core.getGlobalContext().register(this);
    }

    public OpsApiHandler(ApplicationContext context) {
        super(context);
    }

    /** One {@code GET /health} through the whole request path; its status, 200 when the API is ready. */
    public int prime() {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("$default").withRawPath("/health").withRawQueryString("")
                .withHeaders(Map.of("accept", "application/json"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET").withPath("/health").withSourceIp("127.0.0.1").build())
                        .withStage("$default").build())
                .build();
        APIGatewayV2HTTPResponse response = handleRequest(event, new InProcessContext("ops-api-priming"));
        return response.getStatusCode();
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        LOG.info("primed before the snapshot: GET /health answered {}", prime());
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to reopen: the database pool is handled by the platform's own checkpoint resource
    }
}
