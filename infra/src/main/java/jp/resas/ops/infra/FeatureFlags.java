package jp.resas.ops.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;

/**
 * The feature flags of {@code cdk.json} (its {@code context}), applied to the app in code as well: the CLI
 * passes them to the app it runs, but the template tests build their {@link App} themselves, and both
 * must synthesise the same templates. A flag the CLI was given (e.g. {@code -c}) is not overridden.
 */
public final class FeatureFlags {

    static final String FILE = "cdk.json";

    private FeatureFlags() {
    }

    /** The {@code context} object of the cdk.json found in {@code start} or its parent. */
    public static Map<String, Object> read(Path start) {
        Path root = start.toAbsolutePath().normalize();
        List<Path> candidates = root.getParent() == null ? List.of(root.resolve(FILE))
                : List.of(root.resolve(FILE), root.getParent().resolve(FILE));
        Path file = candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() ->
                new IllegalStateException("cdk.json not found; looked for " + candidates));
        try {
            JsonNode context = new ObjectMapper().readTree(file.toFile()).path("context");
            if (!context.isObject()) {
                throw new IllegalStateException(file + ": no \"context\" object (the feature flags)");
            }
            Map<String, Object> flags = new LinkedHashMap<>();
            context.fields().forEachRemaining(entry -> flags.put(entry.getKey(),
                    new ObjectMapper().convertValue(entry.getValue(), Object.class)));
            return flags;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Sets each flag of cdk.json on the app, unless the app already has a value for it. */
    static void apply(App app, Map<String, Object> flags) {
        flags.forEach((key, value) -> {
            if (app.getNode().tryGetContext(key) == null) {
                app.getNode().setContext(key, value);
            }
        });
    }
}
