package jp.resas.ops.functions.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The baseline of {@code resas-ops bench coldstart}: a handler in the same jar that reads the event and
 * answers its size, with no framework, no database and no AWS client.
 */
public final class BareHandler implements RequestStreamHandler {

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        int size = input.readAllBytes().length;
        output.write(("{\"bytes\":" + size + "}").getBytes(StandardCharsets.UTF_8));
    }
}
