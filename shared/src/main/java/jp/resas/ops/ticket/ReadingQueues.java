package jp.resas.ops.ticket;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads one page of a queue over every source of open work, tickets and incidents alike, most urgent
 * (earliest due time) first. Membership is decided in SQL on the stored due times: breached when the
 * due time has passed, due soon when it comes within the window; the SLA shown with each item is
 * evaluated with one calendar and one policy read for the whole page.
 */
public final class ReadingQueues {

    private final List<OpenWork> sources;
    private final SlaEvaluation sla;

    public ReadingQueues(List<OpenWork> sources, SlaEvaluation sla) {
        this.sources = List.copyOf(sources);
        this.sla = sla;
    }

    /** Computes the due times of open items that lack them (see {@link OpenWork#computeMissingDueTimes}). */
    public int computeMissingDueTimes() {
        SlaSnapshot now = sla.snapshot();
        return sources.stream().mapToInt(source -> source.computeMissingDueTimes(now)).sum();
    }

    /**
     * One batch of the explicit backfill: the due times of at most {@code limit} open items that lack them,
     * tickets and incidents alike, with one calendar and one policy read. Answers how many were computed.
     */
    public int computeMissingDueTimes(int limit) {
        SlaSnapshot now = sla.snapshot();
        int done = 0;
        for (OpenWork source : sources) {
            if (done < limit) {
                done += source.computeMissingDueTimes(now, limit - done);
            }
        }
        return done;
    }

    /** After a policy or calendar change (in its transaction): every open item's due times computed again. */
    public int recomputeDueTimes() {
        sources.forEach(OpenWork::forgetDueTimes);
        return computeMissingDueTimes();
    }

    /**
     * One page; the due times still missing (see {@link OpenWork#computeMissingDueTimes}) are computed first,
     * with the same calendar and policies the page is evaluated with.
     */
    public QueuePage queue(Queue queue, String user, Duration within, Optional<QueuePosition> after, int limit) {
        SlaSnapshot now = sla.snapshot();
        sources.forEach(source -> source.computeMissingDueTimes(now));
        return page(now, queue, user, within, after, limit);
    }

    /**
     * The first page of each of {@code queues} (a dashboard), read with one snapshot of the calendar and policies
     * and one computation of the missing due times for all of them, in the queues' order.
     */
    public java.util.Map<Queue, QueuePage> firstPages(List<Queue> queues, String user, Duration within, int limit) {
        SlaSnapshot now = sla.snapshot();
        sources.forEach(source -> source.computeMissingDueTimes(now));
        java.util.Map<Queue, QueuePage> pages = new java.util.LinkedHashMap<>();
        for (Queue queue : queues) {
            pages.put(queue, page(now, queue, user, within, Optional.empty(), limit));
        }
        return pages;
    }

    private QueuePage page(SlaSnapshot now, Queue queue, String user, Duration within, Optional<QueuePosition> after,
            int limit) {
        QueueFilter filter = new QueueFilter(queue, user, now.at(), now.dueSoonUntil(within));
        List<WorkItem> merged = new ArrayList<>();
        for (OpenWork source : sources) {
            merged.addAll(source.page(filter, after, limit + 1));
        }
        merged.sort(Comparator.comparing(WorkItem::position));
        boolean more = merged.size() > limit;
        List<WorkItem> page = more ? merged.subList(0, limit) : merged;
        return new QueuePage(page.stream()
                .map(w -> new QueueItem(w, w.slaType().map(type -> now.evaluate(type, w.priority(), w.timeline()))))
                .toList(), more ? Optional.of(page.get(page.size() - 1).position()) : Optional.empty());
    }
}
