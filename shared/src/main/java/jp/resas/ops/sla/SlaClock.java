package jp.resas.ops.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.calendar.BusinessCalendar;

/**
 * Business time on one clock from {@code start} to {@code stop}, less the pauses. Overlapping
 * pauses (waiting on the requester and on approval at once) are merged so no time is discounted
 * twice.
 */
final class SlaClock {

    private record Span(Instant from, Instant until) {
    }

    private final BusinessCalendar calendar;
    private final Instant start;
    private final Instant stop;
    private final List<Span> stopped;
    private final boolean pausedAtStop;

    SlaClock(BusinessCalendar calendar, Instant start, Instant stop, List<Pause> pauses, boolean pausedAtStop) {
        this.calendar = calendar;
        this.start = start;
        this.stop = stop;
        this.stopped = merge(pauses, start, stop);
        this.pausedAtStop = pausedAtStop;
    }

    Duration elapsed() {
        Duration total = calendar.businessTimeBetween(start, stop);
        for (Span s : stopped) {
            total = total.minus(calendar.businessTimeBetween(s.from(), s.until()));
        }
        return total;
    }

    /**
     * When the clock shows {@code amount}: walking the running stretches between pauses. Past
     * {@code stop} no further pauses are known, so the clock is assumed to run on; unless it is
     * paused at {@code stop}, in which case an amount not yet reached has no date.
     */
    Optional<Instant> reaches(Duration amount) {
        Instant cursor = start;
        Duration remaining = amount;
        for (Span s : stopped) {
            Duration running = calendar.businessTimeBetween(cursor, s.from());
            if (running.compareTo(remaining) >= 0) {
                return Optional.of(calendar.addBusinessHours(cursor, remaining));
            }
            remaining = remaining.minus(running);
            cursor = s.until();
        }
        if (pausedAtStop && calendar.businessTimeBetween(cursor, stop).compareTo(remaining) < 0) {
            return Optional.empty();
        }
        return Optional.of(calendar.addBusinessHours(cursor, remaining));
    }

    /** Pauses clipped to [start, stop], sorted, overlapping ones joined. */
    private static List<Span> merge(List<Pause> pauses, Instant start, Instant stop) {
        if (pauses.isEmpty()) {
            return List.of();
        }
        List<Span> clipped = pauses.stream()
                .map(p -> new Span(max(p.from(), start), p.until() == null ? stop : min(p.until(), stop)))
                .filter(s -> s.from().isBefore(s.until()))
                .sorted(Comparator.comparing(Span::from))
                .toList();
        List<Span> merged = new ArrayList<>();
        for (Span s : clipped) {
            int last = merged.size() - 1;
            if (last >= 0 && !s.from().isAfter(merged.get(last).until())) {
                merged.set(last, new Span(merged.get(last).from(), max(merged.get(last).until(), s.until())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
