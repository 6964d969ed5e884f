package jp.resas.ops.local.sfn.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import jp.resas.ops.functions.platform.InProcessContext;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.LambdaFunction;
import jp.resas.ops.sfn.LambdaFunctionError;

/**
 * A Java handler named as in a function's {@code Handler} property ({@code some.Class::handleRequest}),
 * created once with its no-arg constructor (like a warm Lambda container) and invoked in-process:
 * as a {@link RequestStreamHandler} with JSON bytes, or a {@link RequestHandler} whose input is
 * converted with Jackson to the declared type.
 */
public final class InProcessHandler implements LambdaFunction {

    /** Lenient like the Lambda Java runtime's serializer: unknown fields ignored, names case-insensitive. */
    private static final ObjectMapper EVENTS = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .findAndAddModules()
            .build();

    private final String functionName;
    private final String handler;
    private final Class<?> type;
    private final String methodName;
    private final String region;
    private final String account;
    private final HandlerFactory factory;
    private Object instance;

    private InProcessHandler(String functionName, String handler, Class<?> type, String methodName, String region,
                             String account, HandlerFactory factory) {
        this.functionName = functionName;
        this.handler = handler;
        this.type = type;
        this.methodName = methodName;
        this.region = region;
        this.account = account;
        this.factory = factory;
    }

    /**
     * Resolves {@code handler} ({@code Class::method} or {@code Class}) on {@code loader}.
     *
     * @throws IllegalArgumentException when the class cannot be found
     */
    public static InProcessHandler of(String functionName, String handler, ClassLoader loader, String region,
                                      String account) {
        return of(functionName, handler, loader, region, account, HandlerFactory.NO_ARG);
    }

    /** As {@link #of(String, String, ClassLoader, String, String)}, creating the handler with {@code factory}. */
    public static InProcessHandler of(String functionName, String handler, ClassLoader loader, String region,
                                      String account, HandlerFactory factory) {
        String[] parts = handler.split("::", 2);
        try {
            Class<?> type = Class.forName(parts[0], false, loader);
            return new InProcessHandler(functionName, handler, type, parts.length > 1 ? parts[1] : "handleRequest",
                    region, account, factory);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Handler class " + parts[0] + " of function " + functionName
                    + " is not on the classpath");
        }
    }

    public String handler() {
        return handler;
    }

    @Override
    public synchronized JsonNode invoke(JsonNode event, String requestId) {
        Context context = new InProcessContext(functionName, requestId, region, account);
        try {
            Object target = instance();
            if (target instanceof RequestStreamHandler stream && methodName.equals("handleRequest")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                stream.handleRequest(new ByteArrayInputStream(Json.write(event).getBytes(StandardCharsets.UTF_8)),
                        out, context);
                String text = out.toString(StandardCharsets.UTF_8);
                return text.isBlank() ? Json.NODES.nullNode() : Json.parse(text);
            }
            Method method = method();
            Object[] args = method.getParameterCount() == 2
                    ? new Object[] {convert(event, method), context} : new Object[] {convert(event, method)};
            Object result = method.invoke(target, args);
            return result == null ? Json.NODES.nullNode() : Json.MAPPER.readTree(EVENTS.writeValueAsBytes(result));
        } catch (InvocationTargetException e) {
            throw LambdaFunctionError.of(e.getCause());
        } catch (IOException | ReflectiveOperationException | IllegalArgumentException e) {
            throw LambdaFunctionError.of(e);
        }
    }

    private Object instance() throws ReflectiveOperationException {
        if (instance == null) {
            instance = factory.create(type);
        }
        return instance;
    }

    /** The handler method; for a generic RequestHandler the concrete override, not the Object bridge. */
    private Method method() {
        Method best = null;
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(methodName) || m.getParameterCount() == 0 || m.getParameterCount() > 2) {
                continue;
            }
            if (m.getParameterCount() == 2 && !Context.class.isAssignableFrom(m.getParameterTypes()[1])) {
                continue;
            }
            if (best == null || (best.isBridge() && !m.isBridge())) {
                best = m;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("Handler " + handler + " has no method " + methodName
                    + "(input[, Context])");
        }
        return best;
    }

    private static Object convert(JsonNode event, Method method) throws IOException {
        java.lang.reflect.Type param = method.getGenericParameterTypes()[0];
        if (param == Object.class) {
            return EVENTS.treeToValue(event, Object.class);
        }
        return EVENTS.readValue(EVENTS.treeAsTokens(event), EVENTS.constructType(param));
    }
}
