package jp.resas.ops.functions.platform.logging;

import java.time.Instant;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;

/** A logger writing each event it lets through as one JSON line ({@link JsonLogLine}); markers are ignored. */
final class JsonLogger extends AbstractLogger {

    private static final long serialVersionUID = 1L;

    /** Where the lines go: one call per line. */
    @FunctionalInterface
    interface Output {
        void write(String line);
    }

    private final transient LogLevels levels;
    private final transient MDCAdapter mdc;
    private final transient Output out;

    JsonLogger(String name, LogLevels levels, MDCAdapter mdc, Output out) {
        this.name = name;
        this.levels = levels;
        this.mdc = mdc;
        this.out = out;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable error) {
        String message = arguments == null || arguments.length == 0 ? pattern
                : MessageFormatter.basicArrayFormat(pattern, arguments);
        Map<String, String> context = mdc.getCopyOfContextMap();
        out.write(JsonLogLine.of(level, message, error, context == null ? Map.of() : context, Instant.now()));
    }

    @Override
    public boolean isTraceEnabled() {
        return levels.enabled(name, Level.TRACE);
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
        return isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return levels.enabled(name, Level.DEBUG);
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
        return isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return levels.enabled(name, Level.INFO);
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
        return isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return levels.enabled(name, Level.WARN);
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
        return isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return levels.enabled(name, Level.ERROR);
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
        return isErrorEnabled();
    }
}
