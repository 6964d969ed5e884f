package jp.resas.ops.infra.monitored;

import java.nio.file.Path;
import java.util.Map;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitored.MonitoredSystemReader;
import software.constructs.Construct;

/**
 * The description the app is synthesised with: context {@value #CONTEXT} (a file), else the same
 * rule as the functions ({@code RESAS_MONITORED_SYSTEM}, else the bundled file). Read and validated
 * before any stack is built, so a bad file stops {@code cdk synth} with its file, line and field.
 */
public final class MonitoredSystemSource {

    public static final String CONTEXT = "resas:monitoredSystem";

    private MonitoredSystemSource() {
    }

    public static MonitoredSystem of(Construct app, Map<String, String> env) {
        Object file = app.getNode().tryGetContext(CONTEXT);
        if (file instanceof String path && !path.isBlank()) {
            return MonitoredSystemReader.read(Path.of(path));
        }
        return MonitoredSystemReader.load(env);
    }
}
