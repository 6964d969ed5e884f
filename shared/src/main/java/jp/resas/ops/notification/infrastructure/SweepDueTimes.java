package jp.resas.ops.notification.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import jp.resas.ops.notification.EscalationPolicy;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * When the notification sweep next has something to do, read from the records: a page nobody acknowledged
 * escalates at its severity's limit, an undelivered notification is tried again at its
 * {@code next_attempt_at} (a row being sent: when its lease ends). Nothing else needs a sweep outside the
 * business-hours digest.
 */
@Singleton
class SweepDueTimes {

    private final Sql sql;
    private final EscalationPolicy policy;

    SweepDueTimes(Sql sql, EscalationPolicy policy) {
        this.sql = sql;
        this.policy = policy;
    }

    /** The earliest escalation or retry still waiting; empty when nothing waits. */
    Optional<Instant> next() {
        Stream<Instant> escalations = sql.query("""
                SELECT p.paged_at, p.severity FROM incident_page p JOIN incident i ON i.id = p.incident_id
                WHERE p.acknowledged_at IS NULL AND p.escalated_at IS NULL AND i.status <> 'CLOSED'
                """, row -> Sql.instant(row, "paged_at").plus(policy.after(row.getInt("severity")))).stream();
        Stream<Instant> retries = sql.queryOne("SELECT min(next_attempt_at) AS next FROM notification_outbox "
                + "WHERE delivered_at IS NULL", row -> Optional.ofNullable(Sql.instant(row, "next")))
                .flatMap(next -> next).stream();
        return Stream.concat(escalations, retries).min(Instant::compareTo);
    }

    /** Whether an open, unrecovered incident of severity 1–2 has no page since it (re)opened. */
    boolean pageDue() {
        return sql.queryOne("""
                SELECT EXISTS (SELECT 1 FROM incident i
                    WHERE i.severity <= 2 AND i.status <> 'CLOSED' AND i.recovered_at IS NULL
                      AND NOT EXISTS (SELECT 1 FROM incident_page p WHERE p.incident_id = i.id
                          AND p.opening = (SELECT count(*) FROM incident_timeline t
                                           WHERE t.incident_id = i.id AND t.kind = 'RECOVERED')))
                """, row -> row.getBoolean(1)).orElseThrow();
    }
}
