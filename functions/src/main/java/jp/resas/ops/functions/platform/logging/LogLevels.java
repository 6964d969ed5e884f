package jp.resas.ops.functions.platform.logging;

import java.util.Locale;
import org.slf4j.event.Level;

/**
 * The levels loggers log at. As the functions' log4j configuration had them: the application's loggers
 * ({@code jp.resas.ops…}) at {@code POWERTOOLS_LOG_LEVEL} (INFO when unset), every other logger at WARN; once
 * Powertools logging sets a level (from {@code POWERTOOLS_LOG_LEVEL}, Lambda's own log level or its sampling rate),
 * that level holds for every logger, as log4j's {@code Configurator.setAllLevels} did.
 */
final class LogLevels {

    static final String APPLICATION = "jp.resas.ops";
    static final Level OTHERS = Level.WARN;

    private final Level application;
    /** The level Powertools set for all loggers; null until it does. */
    private volatile Level all;

    LogLevels(Level application) {
        this.application = application;
    }

    /** The levels of {@code powertoolsLogLevel} (the variable's value, null when unset). */
    static LogLevels fromVariable(String powertoolsLogLevel) {
        return new LogLevels(parse(powertoolsLogLevel));
    }

    /** A level name as Powertools reads it: FATAL is ERROR, anything unknown or blank INFO. */
    static Level parse(String name) {
        if (name == null || name.isBlank()) {
            return Level.INFO;
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        if (upper.equals("FATAL")) {
            return Level.ERROR;
        }
        for (Level level : Level.values()) {
            if (level.name().equals(upper)) {
                return level;
            }
        }
        return Level.INFO;
    }

    void setAll(Level level) {
        all = level;
    }

    /** The level of the logger {@code name}. */
    Level levelOf(String name) {
        Level set = all;
        if (set != null) {
            return set;
        }
        return name.equals(APPLICATION) || name.startsWith(APPLICATION + ".") ? application : OTHERS;
    }

    boolean enabled(String name, Level level) {
        // SLF4J's levels count down from ERROR (40) to TRACE (0).
        return level.toInt() >= levelOf(name).toInt();
    }
}
