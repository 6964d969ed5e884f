package jp.resas.ops.monitored.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.resas.ops.monitored.MonitoredSystemReader;
import jp.resas.ops.platform.settings.Setting;

/**
 * {@code resas.monitored-system} (env {@code RESAS_MONITORED_SYSTEM}, default: the bundled description), checked
 * at start: the monitored-system description's file, which must be a readable file (its content is checked by
 * {@link MonitoredSystemReader} when the description is read, also at start).
 */
@Context
@ConfigurationProperties("resas")
public record MonitoredSystemSettings(@Nullable String monitoredSystem) {

    static final String PROPERTY = "resas.monitored-system";

    public MonitoredSystemSettings {
        monitoredSystem = Setting.text(monitoredSystem);
        if (monitoredSystem != null && !Files.isReadable(Path.of(monitoredSystem))) {
            throw Setting.invalid(PROPERTY, "no readable file at '" + monitoredSystem + "'");
        }
    }

    /** What {@link MonitoredSystemReader#load} reads: the file when set, else nothing (the bundled one). */
    Map<String, String> source() {
        return monitoredSystem == null ? Map.of() : Map.of(MonitoredSystemReader.ENV, monitoredSystem);
    }
}
