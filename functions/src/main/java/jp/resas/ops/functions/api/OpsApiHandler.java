package jp.resas.ops.functions.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import jp.resas.ops.functions.platform.LambdaPlatform;

/** API Gateway HTTP API (payload 2.0) in, the platform's controllers answer. */
public final class OpsApiHandler extends APIGatewayV2HTTPEventFunction {

    public OpsApiHandler() {
        super(LambdaPlatform.start());
    }

    public OpsApiHandler(ApplicationContext context) {
        super(context);
    }
}
