package jp.resas.ops.local.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import jp.resas.ops.catalogue.Catalogue;
import jp.resas.ops.catalogue.FunctionSpec;

/**
 * The Lambda functions that can run in-process, by the names they have in AWS: every function of the catalogue
 * ({@code catalogue/functions.json}) that {@code resas-ops local} runs in-process, built from its handler class
 * with the platform's context (each handler's {@code (ApplicationContext)} constructor).
 */
public final class LocalFunctions {

    private final Map<String, Function<ApplicationContext, RequestStreamHandler>> functions = new TreeMap<>();

    public LocalFunctions() {
        this(Catalogue.load());
    }

    /** @throws IllegalStateException naming the entry whose handler class cannot run in-process */
    public LocalFunctions(Catalogue catalogue) {
        for (FunctionSpec spec : catalogue.invocable()) {
            functions.put(spec.name(), factory(spec));
        }
    }

    public Set<String> names() {
        return functions.keySet();
    }

    public Optional<RequestStreamHandler> handler(String name, ApplicationContext context) {
        return Optional.ofNullable(functions.get(name)).map(factory -> factory.apply(context));
    }

    private static Function<ApplicationContext, RequestStreamHandler> factory(FunctionSpec spec) {
        Constructor<?> constructor;
        try {
            constructor = Class.forName(spec.handler()).getConstructor(ApplicationContext.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalStateException(Catalogue.FUNCTIONS + ": function '" + spec.name() + "': field 'handler' "
                    + spec.handler() + " is not a class with a public (ApplicationContext) constructor: " + e, e);
        }
        boolean stream = RequestStreamHandler.class.isAssignableFrom(constructor.getDeclaringClass());
        if (!stream && !RequestHandler.class.isAssignableFrom(constructor.getDeclaringClass())) {
            throw new IllegalStateException(Catalogue.FUNCTIONS + ": function '" + spec.name() + "': field 'handler' "
                    + spec.handler() + " is neither a RequestStreamHandler nor a RequestHandler");
        }
        return context -> {
            Object handler = instantiate(spec, constructor, context);
            if (stream) {
                return (RequestStreamHandler) handler;
            }
            @SuppressWarnings("unchecked")
            RequestHandler<Map<String, Object>, ?> json = (RequestHandler<Map<String, Object>, ?>) handler;
            return json(json, context);
        };
    }

    private static Object instantiate(FunctionSpec spec, Constructor<?> constructor, ApplicationContext context) {
        try {
            return constructor.newInstance(context);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot create " + spec.name() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + spec.name() + ": " + e, e);
        }
    }

    /** A POJO handler taking and answering JSON objects, seen as a stream handler as Lambda's runtime does. */
    private static RequestStreamHandler json(RequestHandler<Map<String, Object>, ?> handler, ApplicationContext context) {
        ObjectMapper json = context.getBean(ObjectMapper.class);
        return (InputStream input, OutputStream output, Context lambda) -> {
            byte[] bytes = input.readAllBytes();
            @SuppressWarnings("unchecked")
            Map<String, Object> event = bytes.length == 0 ? Map.of() : json.readValue(bytes, Map.class);
            output.write(json.writeValueAsBytes(handler.handleRequest(event, lambda)));
        };
    }
}
