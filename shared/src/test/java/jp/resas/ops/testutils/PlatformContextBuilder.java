package jp.resas.ops.testutils;

import io.micronaut.context.DefaultApplicationContextBuilder;
import java.util.HashMap;
import java.util.Map;

/** The application context of a {@link PlatformTest}: the platform's settings on a fresh database. */
public final class PlatformContextBuilder extends DefaultApplicationContextBuilder {

    public PlatformContextBuilder() {
        Map<String, Object> properties = new HashMap<>(TestPlatform.properties());
        properties(properties);
    }
}
