package jp.resas.ops.functions.platform.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import software.amazon.lambda.powertools.logging.internal.LoggingManager;

/**
 * How Powertools logging sets levels on this backend (its {@code LoggingManager} service, as its log4j and
 * logback modules provide one): {@code PowertoolsLogging} sets {@code POWERTOOLS_LOG_LEVEL} (or Lambda's log level,
 * or DEBUG for a sampled invocation) for every logger. Does nothing when SLF4J runs on another backend (the CLI's
 * log4j on one machine).
 */
public final class PowertoolsLevels implements LoggingManager {

    @Override
    public void setLogLevel(Level level) {
        if (LoggerFactory.getILoggerFactory() instanceof JsonLoggerFactory json) {
            json.levels().setAll(level);
        }
    }

    @Override
    public Level getLogLevel(Logger logger) {
        return LoggerFactory.getILoggerFactory() instanceof JsonLoggerFactory json ? json.levels().levelOf(logger.getName())
                : Level.INFO;
    }
}
