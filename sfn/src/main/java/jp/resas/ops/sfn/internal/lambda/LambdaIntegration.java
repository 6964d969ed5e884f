package jp.resas.ops.sfn.internal.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.LambdaFunction;
import jp.resas.ops.sfn.LambdaFunctionError;
import jp.resas.ops.sfn.LambdaFunctions;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.TaskCall;
import jp.resas.ops.sfn.TaskIntegration;

/**
 * Both Lambda resource forms: the function ARN itself (the result is the function's output) and
 * the optimised {@code arn:aws:states:::lambda:invoke} (the result is Lambda's Invoke response,
 * {@code Payload} inside an envelope with status code and HTTP metadata, as the service returns it).
 */
public final class LambdaIntegration implements TaskIntegration {

    private static final Pattern FUNCTION_ARN = Pattern.compile("^arn:[^:]+:lambda:[^:]*:[^:]*:function:.+");
    private static final Pattern INVOKE = Pattern.compile("^arn:[^:]+:states:::lambda:invoke$");

    private final LambdaFunctions functions;
    private final String region;
    private final String account;

    public LambdaIntegration(LambdaFunctions functions, String region, String account) {
        this.functions = functions;
        this.region = region;
        this.account = account;
    }

    @Override
    public boolean handles(String resource) {
        return FUNCTION_ARN.matcher(resource).matches() || INVOKE.matcher(resource).matches();
    }

    @Override
    public boolean lambdaEvents(String resource) {
        return FUNCTION_ARN.matcher(resource).matches();
    }

    @Override
    public JsonNode invoke(TaskCall call) {
        if (FUNCTION_ARN.matcher(call.resource()).matches()) {
            return call(LambdaFunctions.functionName(call.resource()), call.parameters(), UUID.randomUUID().toString());
        }
        JsonNode params = call.parameters();
        String name = params.path("FunctionName").asText(null);
        if (name == null) {
            throw new StatesError("States.Runtime", "The lambda:invoke parameters need a FunctionName");
        }
        String requestId = UUID.randomUUID().toString();
        boolean async = "Event".equals(params.path("InvocationType").asText());
        JsonNode payload = payload(params.get("Payload"));
        JsonNode result = call(LambdaFunctions.functionName(name), payload, requestId);
        return envelope(async ? Json.text("") : result, requestId, async);
    }

    /** Lambda receives the Payload as bytes: a string is sent as is, so JSON text arrives parsed. */
    private static JsonNode payload(JsonNode given) {
        if (given == null || given.isNull()) {
            return Json.object();
        }
        if (given.isTextual()) {
            try {
                return Json.parse(given.asText());
            } catch (IllegalArgumentException notJson) {
                return given;
            }
        }
        return given;
    }

    private JsonNode call(String name, JsonNode payload, String requestId) {
        LambdaFunction function = functions.find(name).orElseThrow(() -> new StatesError(
                "Lambda.ResourceNotFoundException", "Function not found: arn:aws:lambda:" + region + ":" + account
                        + ":function:" + name + ":$LATEST (Service: AWSLambda; Status Code: 404; Error Code: "
                        + "ResourceNotFoundException; Request ID: " + UUID.randomUUID() + "; Proxy: null)"));
        try {
            return function.invoke(payload, requestId);
        } catch (LambdaFunctionError e) {
            throw failure(e, requestId);
        } catch (StatesError e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(LambdaFunctionError.of(e), requestId);
        }
    }

    /** The error name is the function's error type; the cause is Lambda's error JSON. */
    private static StatesError failure(LambdaFunctionError e, String requestId) {
        ObjectNode cause = Json.object();
        cause.put("errorMessage", e.errorMessage());
        cause.put("errorType", e.errorType());
        cause.put("requestId", requestId);
        ArrayNode trace = cause.putArray("stackTrace");
        e.stackTraceLines().forEach(trace::add);
        return new StatesError(e.errorType(), Json.write(cause));
    }

    private static JsonNode envelope(JsonNode payload, String requestId, boolean async) {
        String length = String.valueOf(Json.write(payload).getBytes(StandardCharsets.UTF_8).length);
        ObjectNode out = Json.object();
        out.put("ExecutedVersion", "$LATEST");
        out.set("Payload", payload);
        ObjectNode http = out.putObject("SdkHttpMetadata");
        ObjectNode all = http.putObject("AllHttpHeaders");
        all.putArray("X-Amz-Executed-Version").add("$LATEST");
        all.putArray("x-amzn-Remapped-Content-Length").add("0");
        all.putArray("Connection").add("keep-alive");
        all.putArray("x-amzn-RequestId").add(requestId);
        all.putArray("Content-Length").add(length);
        all.putArray("Date").add(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)));
        all.putArray("X-Amzn-Trace-Id").add("Root=1-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8)
                + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24) + ";Sampled=0");
        all.putArray("Content-Type").add("application/json");
        ObjectNode headers = http.putObject("HttpHeaders");
        headers.put("Connection", "keep-alive");
        headers.put("Content-Length", length);
        headers.put("Content-Type", "application/json");
        headers.put("Date", all.get("Date").get(0).asText());
        headers.put("X-Amz-Executed-Version", "$LATEST");
        headers.put("x-amzn-Remapped-Content-Length", "0");
        headers.put("x-amzn-RequestId", requestId);
        headers.put("X-Amzn-Trace-Id", all.get("X-Amzn-Trace-Id").get(0).asText());
        http.put("HttpStatusCode", async ? 202 : 200);
        out.putObject("SdkResponseMetadata").put("RequestId", requestId);
        out.put("StatusCode", async ? 202 : 200);
        return out;
    }
}
