package jp.resas.ops.monitored.infrastructure;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitored.MonitoredSystemReader;

/**
 * The description, read and validated when the application starts (a {@code @Context} bean), so a
 * bad file stops start-up with its problems instead of surfacing at the first collector run. The
 * file is {@code resas.monitored-system} (env {@code RESAS_MONITORED_SYSTEM}; {@link MonitoredSystemSettings}),
 * else the bundled one.
 */
@Factory
class MonitoredSystemFactory {

    @Context
    MonitoredSystem monitoredSystem(MonitoredSystemSettings settings) {
        return MonitoredSystemReader.load(settings.source());
    }
}
