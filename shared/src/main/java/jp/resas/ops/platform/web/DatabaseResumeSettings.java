package jp.resas.ops.platform.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jp.resas.ops.platform.settings.Setting;

/**
 * {@code resas.database.resume-retry-after-seconds} (env {@code RESAS_DB_RESUME_RETRY_AFTER_SECONDS}, which the
 * Lambda platform turns into this property, default there 15), checked at start: the {@code Retry-After} of the 503
 * {@code DATABASE_RESUMING} answer while Aurora resumes; unset (off AWS), {@link DatabaseResumingHandler} is off.
 */
@Context
@ConfigurationProperties("resas.database")
public record DatabaseResumeSettings(@Nullable Integer resumeRetryAfterSeconds) {

    static final String PROPERTY = "resas.database.resume-retry-after-seconds";

    public DatabaseResumeSettings {
        if (resumeRetryAfterSeconds != null) {
            Setting.positive(PROPERTY, resumeRetryAfterSeconds, 1);
        }
    }

    /** The seconds a client is told to wait; {@code fallback} when unset. */
    int retryAfter(int fallback) {
        return resumeRetryAfterSeconds == null ? fallback : resumeRetryAfterSeconds;
    }
}
