package jp.resas.ops.functions.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.resas.ops.functions.platform.InProcessContext;

/**
 * What the Lambda runtime does on a cold start, in a fresh JVM, for {@code resas-ops bench coldstart}: builds
 * the handler with its no-argument constructor (reading the function's environment as in Lambda), invokes it
 * once with the event in a file, writes the answer to a file and halts at once (no shutdown work counted).
 * A {@link RequestHandler}'s event is read with Jackson into its declared input type, as the runtime's
 * serializer does. Usage: {@code ColdStartProbe HANDLER_CLASS EVENT_FILE ANSWER_FILE}; exit 1 when the
 * handler fails (its error, with every cause's stack trace, is in the answer file).
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ColdStartProbe HANDLER_CLASS EVENT_FILE ANSWER_FILE");
        }
        Path answer = Path.of(args[2]);
        int status = 0;
        try {
            byte[] event = Files.readAllBytes(Path.of(args[1]));
            Files.write(answer, invoke(args[0], event));
        } catch (Exception | Error e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Files.writeString(answer, "FAILED " + trace);
            status = 1;
        }
        Runtime.getRuntime().halt(status);
    }

    static byte[] invoke(String handlerClass, byte[] event) throws Exception {
        Object handler = Class.forName(handlerClass).getDeclaredConstructor().newInstance();
        InProcessContext context = new InProcessContext(handlerClass.substring(handlerClass.lastIndexOf('.') + 1));
        if (handler instanceof RequestStreamHandler stream) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            stream.handleRequest(new ByteArrayInputStream(event), out, context);
            return out.toByteArray();
        }
        if (handler instanceof RequestHandler<?, ?>) {
            Method handle = inputMethod(handler.getClass());
            ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            Object input = json.readValue(event, handle.getParameterTypes()[0]);
            return json.writeValueAsBytes(handle.invoke(handler, input, context));
        }
        throw new IllegalArgumentException(handlerClass + " is not a Lambda request handler");
    }

    /** {@code handleRequest(I, Context)} with the most specific input type (not the bridge method's Object). */
    private static Method inputMethod(Class<?> type) {
        Method found = null;
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals("handleRequest") && m.getParameterCount() == 2 && !m.isBridge()
                        && (found == null || found.getParameterTypes()[0].isAssignableFrom(m.getParameterTypes()[0]))) {
                    found = m;
                }
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(type.getName() + " has no handleRequest(input, context)");
        }
        found.setAccessible(true);
        return found;
    }
}
