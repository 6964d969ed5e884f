package jp.resas.ops.ticket;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.resas.ops.sla.ClockStatus;
import jp.resas.ops.sla.SlaState;
import jp.resas.ops.sla.SlaStatus;

/**
 * Selects the open work of a queue, tickets and incidents alike. SLA states depend on the calendar
 * and policies in force, so due-soon and breached are computed here rather than stored; the most
 * urgent (least remaining time) come first.
 */
public final class ReadingQueues {

    private final List<OpenWork> sources;
    private final SlaEvaluation sla;

    public ReadingQueues(List<OpenWork> sources, SlaEvaluation sla) {
        this.sources = List.copyOf(sources);
        this.sla = sla;
    }

    public List<QueueItem> queue(Queue queue, String user, Duration within) {
        return sources.stream().flatMap(source -> source.open().stream())
                .map(w -> new QueueItem(w, w.slaType().map(type -> sla.now(type, w.priority(), w.timeline()))))
                .filter(item -> belongs(item, queue, user, within))
                .sorted(Comparator.comparing(ReadingQueues::remaining)
                        .thenComparing(item -> item.item().createdAt()))
                .toList();
    }

    private static boolean belongs(QueueItem item, Queue queue, String user, Duration within) {
        WorkItem w = item.item();
        return switch (queue) {
            case MINE -> user.equals(w.assignee()) || user.equals(w.requester());
            case UNASSIGNED -> w.assignee() == null;
            case BREACHED -> item.sla().map(s -> s.overall() == SlaState.BREACHED).orElse(false);
            case DUE_SOON -> item.sla().filter(s -> s.overall() != SlaState.BREACHED)
                    .map(s -> running(s).anyMatch(c -> c.remaining().compareTo(within) <= 0)).orElse(false);
        };
    }

    private static Stream<ClockStatus> running(SlaStatus s) {
        return Stream.of(s.firstResponse(), s.resolution())
                .filter(c -> c.state() == SlaState.OK || c.state() == SlaState.WARNING);
    }

    private static Duration remaining(QueueItem item) {
        Optional<Duration> least = item.sla().flatMap(s -> Stream.of(s.firstResponse(), s.resolution())
                .filter(c -> c.state() != SlaState.MET).map(ClockStatus::remaining).min(Comparator.naturalOrder()));
        return least.orElse(Duration.ofDays(36500));
    }
}
