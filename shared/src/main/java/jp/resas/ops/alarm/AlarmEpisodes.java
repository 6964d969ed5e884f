package jp.resas.ops.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The episodes of an auto-resolve alarm, from its ALARM and OK transitions ordered by their own time (never
 * by arrival): an episode starts with an ALARM while none is open, takes every later ALARM, and ends with
 * the next OK. One incident per episode, whatever order the transitions arrived in.
 */
public final class AlarmEpisodes {

    private AlarmEpisodes() {
    }

    /** One recorded ALARM or OK, with the incident it is attached to (null when none). */
    public record StateTransition(long id, AlarmState state, Instant at, Long incident) {
    }

    /** Transitions of one episode in time order; {@code closedAt} is the ending OK's time, or null while open. */
    public record Episode(List<StateTransition> transitions, Instant firstAlarm, Instant closedAt) {

        public int occurrences() {
            return (int) transitions.stream().filter(t -> t.state() == AlarmState.ALARM).count();
        }
    }

    public static List<Episode> of(List<StateTransition> transitions) {
        List<StateTransition> ordered = transitions.stream()
                .filter(t -> t.state() == AlarmState.ALARM || t.state() == AlarmState.OK)
                .sorted(Comparator.comparing(StateTransition::at).thenComparing(t -> t.state() == AlarmState.OK)
                        .thenComparingLong(StateTransition::id))
                .toList();
        List<Episode> episodes = new ArrayList<>();
        List<StateTransition> open = null;
        for (StateTransition transition : ordered) {
            if (transition.state() == AlarmState.ALARM) {
                if (open == null) {
                    open = new ArrayList<>();
                }
                open.add(transition);
            } else if (open != null) {
                open.add(transition);
                episodes.add(new Episode(List.copyOf(open), open.get(0).at(), transition.at()));
                open = null;
            }
        }
        if (open != null) {
            episodes.add(new Episode(List.copyOf(open), open.get(0).at(), null));
        }
        return episodes;
    }
}
