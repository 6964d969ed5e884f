package jp.resas.ops.functions.platform.logging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.spi.MDCAdapter;

/** One {@link JsonLogger} per name, all on the same levels, MDC and output. */
final class JsonLoggerFactory implements ILoggerFactory {

    private final LogLevels levels;
    private final MDCAdapter mdc;
    private final JsonLogger.Output out;
    private final Map<String, Logger> made = new ConcurrentHashMap<>();

    JsonLoggerFactory(LogLevels levels, MDCAdapter mdc, JsonLogger.Output out) {
        this.levels = levels;
        this.mdc = mdc;
        this.out = out;
    }

    @Override
    public Logger getLogger(String name) {
        return made.computeIfAbsent(name, n -> new JsonLogger(n, levels, mdc, out));
    }

    LogLevels levels() {
        return levels;
    }
}
