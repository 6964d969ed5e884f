package jp.resas.ops.monitored.infrastructure;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import java.util.Map;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitored.MonitoredSystemReader;

/**
 * The description, read and validated when the application starts (a {@code @Context} bean), so a
 * bad file stops start-up with its problems instead of surfacing at the first collector run. The
 * file is {@code resas.monitored-system} (env {@code RESAS_MONITORED_SYSTEM}), else the bundled one.
 */
@Factory
class MonitoredSystemFactory {

    @Context
    MonitoredSystem monitoredSystem(@Value("${resas.monitored-system:}") String file) {
        return MonitoredSystemReader.load(file.isBlank() ? Map.of() : Map.of(MonitoredSystemReader.ENV, file));
    }
}
