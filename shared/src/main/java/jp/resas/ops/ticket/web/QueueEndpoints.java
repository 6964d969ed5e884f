package jp.resas.ops.ticket.web;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.ticket.Queue;
import jp.resas.ops.ticket.QueuePage;
import jp.resas.ops.ticket.QueuePosition;
import jp.resas.ops.ticket.infrastructure.QueueService;

/** Reads a queue request and shows each ticket or incident in it, a keyset page at a time. */
@Singleton
class QueueEndpoints {

    /** The cursor's keys: the stored due time, the source (incidents, tickets) and the id. */
    static final Keyset ORDER = Keyset.ascending(Keyset.instant("due"), Keyset.number("source"),
            Keyset.number("id"));

    private final QueueService queues;

    QueueEndpoints(QueueService queues) {
        this.queues = queues;
    }

    ListPage<QueueItemView> queue(String queue, String withinMinutes, String user, String limit, String cursor) {
        Queue which = Texts.oneOf("queue", queue.toUpperCase(Locale.ROOT).replace('-', '_'), Queue.class);
        Duration within = Duration.ofMinutes(withinMinutes == null ? 240 : minutes(withinMinutes));
        Keyset.Request request = Keyset.request(limit, cursor);
        Optional<QueuePosition> after = ORDER.after(request).map(QueueEndpoints::position);
        QueuePage page = queues.queue(which, user, within, after, request.limit());
        return new ListPage<>(page.items().stream()
                .map(item -> QueueItemView.of(item.item(), item.sla().orElse(null))).toList(),
                page.next().map(p -> ORDER.cursor(List.of(p.due(), p.source(), p.id()))).orElse(null));
    }

    private static QueuePosition position(List<Object> keys) {
        long source = (Long) keys.get(1);
        if (source < 0 || source > Integer.MAX_VALUE) {
            throw new InvalidInputException("cursor", "cursor が正しくありません。前のページの nextCursor を指定してください。");
        }
        return new QueuePosition((Instant) keys.get(0), (int) source, (Long) keys.get(2));
    }

    private static long minutes(String value) {
        try {
            long n = Long.parseLong(value);
            if (n >= 1 && n <= 60L * 24 * 30) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("withinMinutes", "withinMinutes は 1 から 43200 の整数で指定してください。");
    }
}
