package jp.resas.ops.local.sfn.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/** The Lambda {@link Context} of an in-process invocation; the logger writes to java.util.logging. */
record LocalLambdaContext(String functionName, String requestId, String region, String account)
        implements Context {

    private static final Logger LOG = Logger.getLogger("jp.resas.ops.local.lambda");
    private static final int MEMORY_MB = 512;
    private static final int TIMEOUT_MILLIS = 900_000;

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local/[$LATEST]" + requestId;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + region + ":" + account + ":function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    /** A fixed budget: in-process handlers are not cut off, but some read this to pace themselves. */
    @Override
    public int getRemainingTimeInMillis() {
        return TIMEOUT_MILLIS;
    }

    @Override
    public int getMemoryLimitInMB() {
        return MEMORY_MB;
    }

    @Override
    public LambdaLogger getLogger() {
        String prefix = functionName + " " + requestId + " ";
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                LOG.info(prefix + message);
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
