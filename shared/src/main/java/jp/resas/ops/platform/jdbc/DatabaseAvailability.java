package jp.resas.ops.platform.jdbc;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database is known to be unreachable right now, as a watcher of the server says (the
 * single-machine runtime watches its PostgreSQL; in AWS nothing does and the database counts as up).
 * Requests read it to answer 503 at once instead of waiting for a connection; {@code /health} reports
 * it. An outage is logged once when it starts (WARN) and once when it ends (INFO), never per request.
 */
@Singleton
public final class DatabaseAvailability {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final AtomicReference<Instant> downSince = new AtomicReference<>();

    /** Records that the database cannot be reached; true (and one WARN line) only when this starts an outage. */
    public boolean markDown(String reason) {
        Instant now = Instant.now();
        if (downSince.compareAndSet(null, now)) {
            LOG.warn("database unavailable: {}; requests answer 503 DATABASE_UNAVAILABLE until it is back", reason);
            return true;
        }
        return false;
    }

    /** Records that the database answers again; true (and one INFO line) only when this ends an outage. */
    public boolean markUp() {
        Instant since = downSince.getAndSet(null);
        if (since != null) {
            LOG.info("database available again after {} ms", Duration.between(since, Instant.now()).toMillis());
            return true;
        }
        return false;
    }

    public boolean isDown() {
        return downSince.get() != null;
    }
}
