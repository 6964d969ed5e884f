package jp.resas.ops.functions.platform.logging;

import java.nio.charset.StandardCharsets;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;
import software.amazon.lambda.powertools.logging.internal.LoggingConstants;

/**
 * The functions' SLF4J provider (registered in {@code META-INF/services}): JSON lines on standard output, levels from
 * {@code POWERTOOLS_LOG_LEVEL}. The lines go to {@code System.out} as it is when each is written: in Lambda the
 * runtime puts its log sink there (log4j's console appender wrote to the same stream), so CloudWatch Logs gets one
 * record per line.
 */
public final class JsonLogProvider implements SLF4JServiceProvider {

    /** What SLF4J asks: the API version this provider was built for. */
    private static final String API_VERSION = "2.0.99";

    private MDCAdapter mdc;
    private IMarkerFactory markers;
    private ILoggerFactory loggers;

    @Override
    public void initialize() {
        mdc = new BasicMDCAdapter();
        markers = new BasicMarkerFactory();
        // The variable as Powertools logging read it (the platform's code reads no environment itself).
        loggers = new JsonLoggerFactory(LogLevels.fromVariable(LoggingConstants.POWERTOOLS_LOG_LEVEL), mdc,
                JsonLogProvider::standardOutput);
    }

    private static void standardOutput(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        // Bytes, not characters: UTF-8 whatever the JVM's default encoding (as log4j's layout wrote), one write a line.
        System.out.write(bytes, 0, bytes.length);
        System.out.flush();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return API_VERSION;
    }
}
