package jp.resas.ops.notification.infrastructure;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.resas.ops.notification.Contact;
import jp.resas.ops.notification.DeliveryBackoff;
import jp.resas.ops.notification.Notification;
import jp.resas.ops.notification.Pager;
import jp.resas.ops.platform.jdbc.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications on their way out ({@code notification_outbox}). {@link #add} writes one row per
 * configured channel inside the caller's transaction; {@link #deliverDue} (outside any transaction)
 * claims each due row for a lease, sends it through its channel's {@link Pager} and marks it delivered,
 * or records the failure and when to try again ({@link DeliveryBackoff}). A process that dies while
 * sending leaves the row to be claimed again when its lease ends: delivery is at least once, never lost.
 */
@Singleton
public class NotificationOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationOutbox.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int MOST_PER_CALL = 200;

    private final Sql sql;
    private final Map<String, Pager> pagers;
    private final DeliveryBackoff backoff;
    private final Clock clock;

    NotificationOutbox(Sql sql, List<Pager> pagers, DeliveryBackoff backoff, Clock clock) {
        this.sql = sql;
        this.pagers = pagers.stream().collect(Collectors.toMap(Pager::channel, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two pagers for channel " + a.channel());
        }));
        this.backoff = backoff;
        this.clock = clock;
    }

    /** What one delivery pass did; {@code failed} were recorded and wait for their next attempt. */
    public record Delivery(int delivered, int failed) {
    }

    private record Claimed(long id, String channel, Notification notification, int attempts) {
    }

    /** Queues the notification on every configured channel (in the caller's transaction). */
    public void add(Notification notification) {
        Instant now = clock.instant();
        for (String channel : pagers.keySet().stream().sorted().toList()) {
            Contact contact = notification.contact();
            sql.update("INSERT INTO notification_outbox (channel, kind, subject, body, contact_name, contact_email, link, "
                    + "created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", channel, notification.kind().name(),
                    notification.subject(), notification.body(), contact == null ? null : contact.name(),
                    contact == null ? null : contact.email(), notification.portalLink(), now, now);
        }
    }

    /** Sends what is due, each row once per pass; failures are recorded, never thrown. */
    public Delivery deliverDue() {
        int delivered = 0;
        int failed = 0;
        for (int i = 0; i < MOST_PER_CALL; i++) {
            Optional<Claimed> next = claim(clock.instant());
            if (next.isEmpty()) {
                break;
            }
            Claimed row = next.get();
            try {
                Pager pager = pagers.get(row.channel());
                if (pager == null) {
                    throw new IllegalStateException("no pager is configured for channel " + row.channel());
                }
                pager.send(row.notification());
                sql.update("UPDATE notification_outbox SET delivered_at = ?, last_error = NULL WHERE id = ?",
                        clock.instant(), row.id());
                delivered++;
            } catch (RuntimeException e) {
                Instant retry = clock.instant().plus(backoff.after(row.attempts()));
                String error = String.valueOf(e.getMessage());
                sql.update("UPDATE notification_outbox SET last_error = ?, next_attempt_at = ? WHERE id = ?",
                        error.length() > 2000 ? error.substring(0, 2000) : error, retry, row.id());
                LOG.error("notification {} ({} via {}) not delivered, attempt {}; next attempt at {}: {}", row.id(),
                        row.notification().kind(), row.channel(), row.attempts(), retry, error);
                failed++;
            }
        }
        return new Delivery(delivered, failed);
    }

    /** How many notifications wait for delivery (none once every channel has delivered everything). */
    public int undelivered() {
        return sql.queryOne("SELECT count(*)::int FROM notification_outbox WHERE delivered_at IS NULL",
                row -> row.getInt(1)).orElseThrow();
    }

    private Optional<Claimed> claim(Instant now) {
        return sql.queryOne("""
                UPDATE notification_outbox SET attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = ?
                WHERE id = (SELECT id FROM notification_outbox WHERE delivered_at IS NULL AND next_attempt_at <= ?
                            ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, channel, kind, subject, body, contact_name, contact_email, link, attempts
                """, row -> new Claimed(row.getLong("id"), row.getString("channel"), new Notification(
                Notification.Kind.valueOf(row.getString("kind")), row.getString("subject"), row.getString("body"),
                row.getString("contact_email") == null ? null
                        : new Contact(row.getString("contact_name"), row.getString("contact_email")),
                row.getString("link")), row.getInt("attempts")), now, now.plus(LEASE), now);
    }
}
