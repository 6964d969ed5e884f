package jp.resas.ops.ticket.web;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.ticket.Queue;
import jp.resas.ops.ticket.infrastructure.QueueService;

/** Reads a queue request and shows each ticket or incident in it. */
@Singleton
class QueueEndpoints {

    private final QueueService queues;

    QueueEndpoints(QueueService queues) {
        this.queues = queues;
    }

    List<QueueItemView> queue(String queue, String withinMinutes, String user) {
        Queue which = Texts.oneOf("queue", queue.toUpperCase(Locale.ROOT).replace('-', '_'), Queue.class);
        Duration within = Duration.ofMinutes(withinMinutes == null ? 240 : minutes(withinMinutes));
        return queues.queue(which, user, within).stream()
                .map(item -> QueueItemView.of(item.item(), item.sla().orElse(null)))
                .toList();
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
