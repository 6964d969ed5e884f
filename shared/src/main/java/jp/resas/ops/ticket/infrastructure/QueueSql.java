package jp.resas.ops.ticket.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.ticket.DueTimes;
import jp.resas.ops.ticket.QueueFilter;
import jp.resas.ops.ticket.QueuePosition;

/**
 * The SQL both sources of open work share: a queue's page in {@code (sla_queue_due_at, id)} order on the
 * table's partial indexes, and storing due times in batches.
 */
public final class QueueSql {

    /** Open items whose due times are computed in one statement. */
    public static final int BATCH = 1000;

    private QueueSql() {
    }

    /**
     * {@code SELECT <columns> FROM <table> WHERE <open> AND <the queue's filter> AND <after the position>
     * ORDER BY sla_queue_due_at, id LIMIT ?}; {@code requester} names who raised the item.
     */
    public static String page(String columns, String table, String open, String requester, int rank,
            QueueFilter filter, Optional<QueuePosition> after, int limit, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE ").append(open).append(" AND sla_queue_due_at IS NOT NULL");
        switch (filter.queue()) {
            case MINE -> {
                where.append(" AND (assignee = ? OR ").append(requester).append(" = ?)");
                params.add(filter.user());
                params.add(filter.user());
            }
            case UNASSIGNED -> where.append(" AND assignee IS NULL");
            case BREACHED -> {
                where.append(" AND sla_queue_due_at <= ?");
                params.add(filter.now());
            }
            case DUE_SOON -> {
                where.append(" AND sla_queue_due_at > ? AND sla_queue_due_at <= ?");
                params.add(filter.now());
                params.add(filter.dueSoonUntil());
            }
            default -> throw new IllegalArgumentException("unknown queue " + filter.queue());
        }
        after.ifPresent(position -> {
            if (rank > position.source()) {
                where.append(" AND sla_queue_due_at >= ?");
                params.add(position.due());
            } else if (rank < position.source()) {
                where.append(" AND sla_queue_due_at > ?");
                params.add(position.due());
            } else {
                where.append(" AND (sla_queue_due_at, id) > (?, ?)");
                params.add(position.due());
                params.add(position.id());
            }
        });
        params.add(limit);
        return "SELECT " + columns + " FROM " + table + where + " ORDER BY sla_queue_due_at, id LIMIT ?";
    }

    /** Stores each id's due times in one statement. */
    public static <T> void store(Sql sql, String table, List<T> items, Function<T, Long> id,
            Function<T, DueTimes> due) {
        if (items.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        List<String> response = new ArrayList<>();
        List<String> resolution = new ArrayList<>();
        List<String> queue = new ArrayList<>();
        for (T item : items) {
            DueTimes times = due.apply(item);
            ids.add(id.apply(item));
            response.add(text(times.response()));
            resolution.add(text(times.resolution()));
            queue.add(text(times.queue()));
        }
        sql.update("UPDATE " + table + " t SET sla_response_due_at = v.response, sla_resolution_due_at = v.resolution, "
                + "sla_queue_due_at = v.queue FROM (SELECT unnest(?::bigint[]) AS id, "
                + "unnest(?::timestamptz[]) AS response, unnest(?::timestamptz[]) AS resolution, "
                + "unnest(?::timestamptz[]) AS queue) v WHERE t.id = v.id",
                ids.toArray(Long[]::new), response.toArray(String[]::new), resolution.toArray(String[]::new),
                queue.toArray(String[]::new));
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
