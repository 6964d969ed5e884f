package jp.resas.ops.ticket;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.sla.ClockStatus;
import jp.resas.ops.sla.SlaState;
import jp.resas.ops.sla.SlaStatus;

/**
 * Selects the open tickets of a queue. SLA states depend on the calendar in force, so due-soon and
 * breached are computed here rather than stored; the most urgent (least remaining time) come first.
 */
public final class ReadingQueues {

    private final Tickets tickets;
    private final SlaEvaluation sla;

    public ReadingQueues(Tickets tickets, SlaEvaluation sla) {
        this.tickets = tickets;
        this.sla = sla;
    }

    public List<QueueItem> queue(Queue queue, String user, Duration within) {
        return tickets.open().stream()
                .map(t -> new QueueItem(t, t.kind().slaType()
                        .map(type -> sla.now(type, t.priority(), t.slaTimeline()))))
                .filter(item -> belongs(item, queue, user, within))
                .sorted(Comparator.comparing(ReadingQueues::remaining))
                .toList();
    }

    private static boolean belongs(QueueItem item, Queue queue, String user, Duration within) {
        Ticket t = item.ticket();
        return switch (queue) {
            case MINE -> user.equals(t.assignee()) || user.equals(t.requester());
            case UNASSIGNED -> t.assignee() == null;
            case BREACHED -> item.sla().map(s -> s.overall() == SlaState.BREACHED).orElse(false);
            case DUE_SOON -> item.sla().filter(s -> s.overall() != SlaState.BREACHED)
                    .map(s -> running(s).anyMatch(c -> c.remaining().compareTo(within) <= 0)).orElse(false);
        };
    }

    private static java.util.stream.Stream<ClockStatus> running(SlaStatus s) {
        return java.util.stream.Stream.of(s.firstResponse(), s.resolution())
                .filter(c -> c.state() == SlaState.OK || c.state() == SlaState.WARNING);
    }

    private static Duration remaining(QueueItem item) {
        Optional<Duration> least = item.sla().flatMap(s -> java.util.stream.Stream.of(s.firstResponse(), s.resolution())
                .filter(c -> c.state() != SlaState.MET).map(ClockStatus::remaining).min(Comparator.naturalOrder()));
        return least.orElse(Duration.ofDays(36500));
    }
}
