package jp.resas.ops.sfn.testutils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test definitions and fixtures from {@code src/test/resources/sfn/}. */
public final class Definitions {

    private Definitions() {
    }

    public static String read(String name) {
        try (InputStream in = Definitions.class.getResourceAsStream("/sfn/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource sfn/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
