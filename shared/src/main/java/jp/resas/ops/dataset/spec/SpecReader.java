package jp.resas.ops.dataset.spec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a spec from JSON; unknown fields are refused so a misspelt rule is never silently ignored. Absent
 * flags are false and absent sections are not checked.
 */
public final class SpecReader {

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ProcessingSpec read(InputStream in, String name) {
        try {
            return json.readValue(in, ProcessingSpec.class);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() instanceof SpecException ? e.getCause() : e;
            throw new SpecException(name + ": " + cause.getMessage(), e);
        } catch (IOException e) {
            throw new SpecException(name + ": " + e.getMessage(), e);
        }
    }

    public ProcessingSpec read(String text, String name) {
        return read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), name);
    }
}
